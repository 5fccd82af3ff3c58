// Runs a measure as the page scrolls or resizes: at most once a frame, and once now (in the next
// frame). Returns what stops it. For the windowed views (see rowWindow in rows.ts).

export function onScrollFrame(measure: () => void, win: Window = window): () => void {
  let frame = 0;
  const run = (): void => {
    frame = 0;
    measure();
  };
  const later = (): void => {
    if (frame === 0) frame = win.requestAnimationFrame(run);
  };
  later();
  win.addEventListener('scroll', later, { passive: true });
  win.addEventListener('resize', later);
  return () => {
    win.cancelAnimationFrame(frame);
    win.removeEventListener('scroll', later);
    win.removeEventListener('resize', later);
  };
}
