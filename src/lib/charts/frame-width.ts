// The width of the page's column, as the charts' frames that span it last measured it (the
// ranking's, the histogram's, the dot plot's: ChartFrame's `column`). A chart built after another
// starts at that width, not at a default it would be drawn at once and then again at the measured
// one. A frame measures itself when the browser lays it out (ChartFrame.svelte's ResizeObserver),
// never by reading a size while building, which would make the browser lay the page out inside the
// build's task. A frame off screen is not laid out (content-visibility): it keeps the width it
// started at until it comes near.
// The first chart built on a prerendered page (the ranking) starts at its prerendered frame's width,
// read once before anything is built over it: the page has been laid out for its first paint and
// nothing has changed it since, so the read costs no layout, and the chart is not drawn once at
// DEFAULT_WIDTH and again at its own.

/** The width a chart starts at before any frame has been measured (the prerendered one's). */
export const DEFAULT_WIDTH = 640;

let last: number | undefined;

/** A frame the build prerendered (ChartFrame's box), laid out already: its width, else 0. */
function prerenderedWidth(): number {
  if (typeof document === 'undefined') return 0;
  return document.querySelector<HTMLElement>('.chart[data-column]')?.clientWidth ?? 0;
}

/** The width a chart built now should start at: the column's last measured, else the prerendered
 *  frame's, else `DEFAULT_WIDTH` (a narrower chart caps it). */
export function frameWidth(): number {
  last ??= prerenderedWidth() || DEFAULT_WIDTH;
  return last;
}

/** Records the column's width as a frame that spans it measured it (ignored unless positive: a
 *  hidden frame measures 0). */
export function measuredFrame(width: number): void {
  if (width > 0) last = width;
}
