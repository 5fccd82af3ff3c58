// The width the charts' frames last measured. Every chart's frame is as wide as the page's column,
// so a chart built after another starts at that width, not at a default it would be drawn at once
// and then again at the measured one. A frame measures itself when the browser lays it out
// (ChartFrame.svelte's ResizeObserver), never by reading a size while building, which would make
// the browser lay the page out inside the build's task.

/** The width a chart starts at before any frame has been measured (the prerendered one's). */
export const DEFAULT_WIDTH = 640;

let last = DEFAULT_WIDTH;

/** The width a chart built now should start at: the last measured, else `DEFAULT_WIDTH`. */
export function frameWidth(): number {
  return last;
}

/** Records a frame's measured width (ignored unless positive: a hidden frame measures 0). */
export function measuredFrame(width: number): void {
  if (width > 0) last = width;
}
