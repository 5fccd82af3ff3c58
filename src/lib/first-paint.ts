// When the app may start on a prerendered page: once the page's first paint is on screen (its paint
// timing entry), so that the app's code is not fetched while that paint waits for the network; at
// the latest some time after the first frame, for a browser without paint timing or a page that
// paints nothing (its entry never comes). Imported by the page's script (src/boot.ts).

/** How long after the first frame the app waits, at most, for the paint to be reported. */
export const WAIT_MS = 500;

/** What the wait needs from the browser: given apart so that tests drive it. */
export interface PaintClock {
  /** Runs `run` before the next frame (requestAnimationFrame). */
  frame(run: () => void): void;
  /** Runs `run` in a task `ms` later (setTimeout). */
  later(run: () => void, ms: number): void;
  /** Calls `run` once the first paint is reported; returns how to stop listening. */
  painted(run: () => void): () => void;
}

/**
 * Calls `start` once, in a task of its own: when the first paint is reported, or `wait` ms after
 * the first frame, whichever comes first.
 */
export function afterFirstPaint(start: () => void, clock: PaintClock, wait = WAIT_MS): void {
  let started = false;
  const go = (): void => {
    if (started) return;
    started = true;
    stop();
    start();
  };
  const stop = clock.painted(() => clock.later(go, 0));
  clock.frame(() => clock.later(go, wait));
}

/** The browser's clock: requestAnimationFrame, setTimeout and a `paint` PerformanceObserver (a
 *  browser without paint timing ignores it, with a warning at most). */
export const browserClock: PaintClock = {
  frame: (run) => requestAnimationFrame(run),
  later: (run, ms) => setTimeout(run, ms),
  painted(run) {
    // The first entry reported: 'first-paint', or with it 'first-contentful-paint' (the same frame
    // on a prerendered page, whose first paint has text).
    const observer = new PerformanceObserver(() => run());
    observer.observe({ type: 'paint', buffered: true });
    return () => observer.disconnect();
  },
};
