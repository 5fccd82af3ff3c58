// Where a long list stands in the viewport → the rows to draw of it (pure, no DOM).

/**
 * Up to this many schools, the ranking chart and the table keep a row mounted for every school of
 * the ranking and a filter hides rows rather than removing them (nothing is built or laid out
 * again); above it, they draw only the rows near the viewport (see rowWindow).
 */
export const KEEP_MOUNTED_MAX = 1000;

/** Rows of a windowed ranking always drawn, from its top: what a download or a print holds. */
export const EXPORT_ROWS = 100;

/** Rows a growing list draws at first (windowing/growing.svelte.ts), and in the prerendered HTML:
 *  more than the ranking chart shows in a desktop's first screen (at 1280×800 it starts about
 *  670 px down, 16 px a row; on a phone it is below the first screen). */
export const FIRST_ROWS = 16;
/** Rows a growing list adds at each step after that. */
export const ROWS_PER_TASK = 20;
/** A task of a growing list takes steps while it has spent less than this, in ms: enough for the
 *  whole ranking in two or three tasks on a desktop, not one long task on a slow phone. */
export const GROW_SLICE_MS = 10;

/**
 * The rows [start, end) to draw of a list too long to draw whole: those in the viewport, and
 * `overscan` more on each side so that a scroll shows drawn rows before the next measure.
 * `top` is the list's top relative to the viewport's (negative once scrolled past), `first` the
 * offset of row 0 in the list.
 */
export function rowWindow(
  top: number,
  viewport: number,
  first: number,
  rowHeight: number,
  rows: number,
  overscan = 20,
): [number, number] {
  const clamp = (i: number): number => (Number.isFinite(i) ? Math.min(rows, Math.max(0, i)) : 0);
  const start = clamp(Math.floor((-top - first) / rowHeight) - overscan);
  const end = clamp(Math.ceil((viewport - top - first) / rowHeight) + overscan);
  return [start, Math.max(start, end)];
}

/**
 * The rows a windowed list draws, as runs [start, end) in order: its first `head` rows and the
 * window, one run where they meet or overlap (no row twice).
 */
export function windowRows(
  head: number,
  window: readonly [number, number],
): (readonly [number, number])[] {
  const [start, end] = window;
  if (start <= head) return [[0, Math.max(head, end)]];
  return [
    [0, head],
    [start, end],
  ];
}
