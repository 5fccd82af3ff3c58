// Numbers → histogram bins of a fixed width, aligned on multiples of the width.
import type { Bin } from './types';

/** The most bins one histogram may have; past it `histogram` throws rather than run out of memory. */
export const MAX_BINS = 100_000;

/**
 * k·w without the noise of binary floating point: 3 × 0.1 is 0.30000000000000004, this gives
 * 0.3. Whole widths need no rounding (k·w is exact up to 2^53).
 */
function edge(k: number, width: number): number {
  const x = k * width;
  return Number.isInteger(width) ? x : Number(x.toPrecision(15));
}

/**
 * The k of the bin [edge(k), edge(k + 1)) that holds v: floor(v / w), off by one at most from
 * rounding, so one corrective step (not a loop: past 2^53, k + 1 may equal k).
 */
function binOf(v: number, width: number): number {
  const k = Math.floor(v / width);
  if (edge(k + 1, width) <= v) return k + 1;
  if (edge(k, width) > v) return k - 1;
  return k;
}

/**
 * Counts the finite values in bins of `width` months: [k·w, (k+1)·w), every bin half-open.
 *
 * The top edge rule: bins run from the one holding the minimum, floor(min / w)·w, up to and
 * including the one holding the maximum, so the maximum sits inside a half-open bin like every
 * other value rather than being folded into a closed last bin (12 falls in [12, 13), not [11, 12]).
 * Empty bins in between are kept, so the bins tile the range. No finite value → no bins.
 *
 * Edges are k·w rounded to 15 significant digits, so 0.1-wide bins have the edges 0.3, 0.4 that
 * a person expects and 0.3 falls in [0.3, 0.4). A counting loop rather than d3's `bin`: `bin`
 * would need the same edges passed as thresholds, keep every value in its bin only to be
 * counted, and give x0/x1 as optional; here one pass looks each value's bin up in the edges.
 *
 * Throws a RangeError when the width is not a positive finite number, or when the range would
 * need more than MAX_BINS bins.
 */
export function histogram(values: ArrayLike<number>, width = 1): Bin[] {
  if (!(width > 0) || !Number.isFinite(width)) {
    throw new RangeError(`histogram: the bin width must be a positive number, not ${width}`);
  }
  // The extremes of the finite values, in one pass and without copying them.
  let lo: number | undefined;
  let hi: number | undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? NaN;
    if (!Number.isFinite(v)) continue;
    if (lo === undefined || v < lo) lo = v;
    if (hi === undefined || v > hi) hi = v;
  }
  if (lo === undefined || hi === undefined) return [];
  const first = binOf(lo, width);
  const size = binOf(hi, width) - first + 1;
  if (!(size <= MAX_BINS)) {
    throw new RangeError(`histogram: ${size} bins of width ${width} is more than ${MAX_BINS}`);
  }
  const edges = Array.from({ length: size + 1 }, (_, i) => edge(first + i, width));
  const counts = new Array<number>(size).fill(0);
  for (let k = 0; k < values.length; k++) {
    const v = values[k] ?? NaN;
    if (!Number.isFinite(v)) continue;
    // Start from the division's guess, then step to the bin whose edges hold v.
    let i = Math.min(size - 1, Math.max(0, Math.floor(v / width) - first));
    while (i < size - 1 && (edges[i + 1] ?? Infinity) <= v) i += 1;
    while (i > 0 && (edges[i] ?? -Infinity) > v) i -= 1;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ x0: edges[i] ?? NaN, x1: edges[i + 1] ?? NaN, count }));
}
