// The width of the page's column, as the charts' frames that span it last measured it (the
// ranking's, the histogram's, the dot plot's: ChartFrame's `column`). A chart built after another
// starts at that width, not at a default it would be drawn at once and then again at the measured
// one. A frame measures itself when the browser lays it out (ChartFrame.svelte's ResizeObserver),
// never by reading a size while building, which would make the browser lay the page out inside the
// build's task. A frame off screen is not laid out (content-visibility): it keeps the width it
// started at until it comes near.
// On a prerendered page the first chart (the ranking) starts at its prerendered frame's width, read
// by the entry point before it hydrates anything (`prerenderedFrame`, main.ts): the page has been
// laid out for its first paint and nothing has changed it since, so the read costs no layout (read
// later, inside an island's task, it cost a layout of 11 ms on a phone), and the chart is not drawn
// once at DEFAULT_WIDTH and again at its own.

/** The width a chart starts at before any frame has been measured. */
export const DEFAULT_WIDTH = 640;

/** The width the build draws the page's charts at (src/prerender.ts): the page's column at its
 *  widest (app.css: the body at most 60rem, less 1rem of padding each side), a desktop's from 960
 *  px. There the prerendered ranking is the one the page draws: its hydration rewrites none of its
 *  marks, and it does not widen under the reader's eyes. A narrower screen's is drawn again at its
 *  width when hydrated (a phone's is below its first screen). */
export const PRERENDER_WIDTH = 928;

let last = DEFAULT_WIDTH;

/** The width a chart built now should start at: the column's last measured, else `DEFAULT_WIDTH`
 *  (a narrower chart caps it). */
export function frameWidth(): number {
  return last;
}

/** Records the width of the column frame the build prerendered under `root` (ChartFrame's box, a
 *  `data-column` one), if there is one laid out. Call it before anything is built over the page. */
export function prerenderedFrame(root: ParentNode): void {
  const frame = root.querySelector<HTMLElement>('.chart[data-column]');
  if (frame) measuredFrame(frame.clientWidth);
}

/** Records the column's width as a frame that spans it measured it (ignored unless positive: a
 *  hidden frame measures 0). */
export function measuredFrame(width: number): void {
  if (width > 0) last = width;
}
