// The dot plot of a very large table, aggregated (pure, no DOM): where one mark per school cannot
// be read (at 100,000 schools a value's stack is hundreds of dots deep, each under a pixel), the
// schools are counted in columns COLUMN_PX wide across the months axis and each column is drawn as a
// bar as tall as its count, with the part inside the filter drawn over it from the bottom. Every
// school still has a place (its column, and its level in it in the given order), so a pointer or a
// key finds a school and a picked one is drawn on top, as a dot, where it stands.

/** Above this many schools the dot plot draws density columns rather than a mark per school. */
export const DENSITY_MIN = 10_000;
/** Width of a density column, in pixels. */
export const COLUMN_PX = 2;

/** The dot plot's frame the columns are drawn in (from stripLayout). */
export interface DensityFrame {
  /** Months → pixels. */
  x: (months: number) => number;
  /** Left end of the months axis. */
  left: number;
  /** y of the columns' foot, and the most height a column takes. */
  bottom: number;
  height: number;
}

export interface Density {
  /** Left x of each column, its count of schools (columns with none included). */
  left: Float64Array;
  count: Int32Array;
  /** Height of one school in a column: the tallest column takes the whole height. */
  step: number;
  /** Each school's column and its level in it (0 at the foot), in the order given. */
  column: Int32Array;
  level: Int32Array;
  /** The schools by column, then level (indices into the order given), and where each column
   *  starts in it: the school at level l of column c is byColumn[start[c] + l]. */
  byColumn: Int32Array;
  start: Int32Array;
  bottom: number;
}

/** Schools' values, in order → their columns and places in a frame (counting sort: O(n)). */
export function densityLayout(values: readonly number[], frame: DensityFrame): Density {
  const n = values.length;
  const column = new Int32Array(n);
  let columns = 1;
  // Equal values in a row (ranked values come so) share a column: the scale is asked once a run.
  let last = NaN;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] ?? 0;
    if (v !== last) {
      last = v;
      c = Math.max(0, Math.floor((frame.x(v) - frame.left) / COLUMN_PX));
    }
    column[i] = c;
    if (c + 1 > columns) columns = c + 1;
  }
  const count = new Int32Array(columns);
  const level = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = column[i] ?? 0;
    level[i] = count[c] ?? 0;
    count[c] = (count[c] ?? 0) + 1;
  }
  const start = new Int32Array(columns + 1);
  let tallest = 0;
  for (let c = 0; c < columns; c++) {
    const k = count[c] ?? 0;
    start[c + 1] = (start[c] ?? 0) + k;
    if (k > tallest) tallest = k;
  }
  const byColumn = new Int32Array(n);
  for (let i = 0; i < n; i++) byColumn[(start[column[i] ?? 0] ?? 0) + (level[i] ?? 0)] = i;
  const left = Float64Array.from({ length: columns }, (_, c) => frame.left + c * COLUMN_PX);
  const step = tallest > 0 ? frame.height / tallest : 0;
  return { left, count, step, column, level, byColumn, start, bottom: frame.bottom };
}

/** Where school i is drawn when it stands alone (picked, hovered): its column's middle, at the
 *  middle of its level. */
export function densityPoint(d: Density, i: number): { x: number; y: number } | undefined {
  const c = d.column[i];
  if (c === undefined) return undefined;
  return {
    x: (d.left[c] ?? 0) + COLUMN_PX / 2,
    y: d.bottom - ((d.level[i] ?? 0) + 0.5) * d.step,
  };
}

const tenth = (v: number): number => Math.round(v * 10) / 10;

/** Columns' counts → one SVG path of their bars, each from the foot up count × step. */
export function barsPath(d: Density, counts: ArrayLike<number>): string {
  let path = '';
  for (let c = 0; c < counts.length; c++) {
    const k = counts[c] ?? 0;
    if (k === 0) continue;
    const h = Math.max(1, tenth(k * d.step));
    path += `M${tenth(d.left[c] ?? 0)},${tenth(d.bottom)}h${COLUMN_PX}v${-h}h${-COLUMN_PX}z`;
  }
  return path;
}

/** How many schools of each column `inside(i)` keeps (the filter's part of each bar). */
export function insideCounts(d: Density, inside: (i: number) => boolean): Int32Array {
  const counts = new Int32Array(d.count.length);
  for (let i = 0; i < d.column.length; i++) {
    if (inside(i)) counts[d.column[i] ?? 0] = (counts[d.column[i] ?? 0] ?? 0) + 1;
  }
  return counts;
}

/**
 * The school under (px, py): in the column under the pointer, or the nearest column holding
 * schools within `reach` pixels, the one at the pointer's height (the top one above its bar, the
 * foot one under it). Null when no column holds a school that close.
 */
export function densityAt(d: Density, px: number, py: number, reach = 10): number | null {
  const at = Math.floor((px - (d.left[0] ?? 0)) / COLUMN_PX);
  const span = Math.ceil(reach / COLUMN_PX);
  for (let k = 0; k <= span; k++) {
    for (const c of k === 0 ? [at] : [at - k, at + k]) {
      const n = d.count[c] ?? 0;
      if (n === 0) continue;
      const level = Math.min(n - 1, Math.max(0, Math.floor((d.bottom - py) / (d.step || 1))));
      return d.byColumn[(d.start[c] ?? 0) + level] ?? null;
    }
  }
  return null;
}
