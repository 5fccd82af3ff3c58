// Months of the schools → summary figures (centre, spread, quartiles), counts per value and bins.
import { quantileSorted } from 'd3-array';
import { histogram, MAX_BINS } from './histogram';
import type { Distribution } from './types';

export { histogram } from './histogram';

/** Values to describe: numbers in an array, or a typed array (see `valuesOf`). */
export type Values = ArrayLike<number>;

/** The schools' values in a typed array, in their order: what `describe` reads without boxing
 *  each (an array `map` of 100,000 values allocated twice their size). */
export function valuesOf(schools: readonly { months: number }[]): Float64Array {
  const values = new Float64Array(schools.length);
  for (let i = 0; i < schools.length; i++) values[i] = schools[i]?.months ?? NaN;
  return values;
}

/**
 * d3-array's `mean` of finite values: the same sum in the same order (so the same figure to the
 * last bit), read by index: d3's `for…of` over a typed array made a boxed number of each value
 * (1.5 MB on 100,000 values, collected in the same task). Two functions each giving a number:
 * one giving both in an object was deoptimized after its loop on every table (`--trace-deopt`).
 */
function meanOf(finite: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < finite.length; i++) sum += finite[i] ?? NaN;
  return sum / finite.length;
}

/** d3-array's `deviation` of finite values, by index as `meanOf`: Welford's update, as d3's
 *  `variance`; 0 below two values (d3 gives undefined). */
function deviationOf(finite: Float64Array): number {
  let count = 0;
  let running = 0;
  let squares = 0;
  for (let i = 0; i < finite.length; i++) {
    const value = finite[i] ?? NaN;
    const delta = value - running;
    running += delta / ++count;
    squares += delta * (value - running);
  }
  return count > 1 ? Math.sqrt(squares / (count - 1)) : 0;
}

/** d3's quantileSorted, on a typed array: it reads only `length` and indexes, though its types
 * ask for an Array. */
function quantileOf(sorted: Float64Array, p: number): number | undefined {
  return quantileSorted(sorted as unknown as number[], p);
}

/** True when `a` may come just before `b` in a typed array's sort (-0 before 0). */
function inOrder(a: number, b: number): boolean {
  return a < b || (a === b && (a !== 0 || 1 / a <= 1 / b));
}

/**
 * The finite values, sorted ascending as a Float64Array sorts them: one sort serves quartiles,
 * extremes and counts. Values already in order, either way (ranked schools are), are copied, not
 * sorted.
 */
function sortedFinite(values: Values): Float64Array {
  const typed = new Float64Array(values.length);
  let n = 0;
  let ascending = true;
  let descending = true;
  // An indexed loop and plain ifs: the iterator and `&&=` version allocated 6 MB on 100,000 values.
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? NaN;
    if (!Number.isFinite(v)) continue;
    if (n > 0) {
      const last = typed[n - 1] ?? v;
      if (ascending && !inOrder(last, v)) ascending = false;
      if (descending && !inOrder(v, last)) descending = false;
    }
    typed[n++] = v;
  }
  const finite = typed.subarray(0, n);
  if (ascending) return finite;
  return descending ? finite.reverse() : finite.sort();
}

/** How many values share each distinct value, values descending (from values sorted ascending). */
function countsPerValue(ascending: Float64Array): { months: number; count: number }[] {
  const counts: { months: number; count: number }[] = [];
  let last: { months: number; count: number } | undefined;
  for (let i = ascending.length - 1; i >= 0; i--) {
    const value = ascending[i] ?? NaN;
    if (last !== undefined && last.months === value) last.count += 1;
    // + 0 turns -0 into 0: the same value, without a minus sign on show.
    else counts.push((last = { months: value + 0, count: 1 }));
  }
  return counts;
}

/**
 * The bin width for `describe`: one month, unless the values span so far (absurd data) that
 * one-month bins would pass MAX_BINS; then the smallest power of ten that keeps under it.
 */
function binWidth(lo: number, hi: number): number {
  const span = hi - lo;
  if (span <= MAX_BINS - 2) return 1;
  return 10 ** Math.min(308, Math.ceil(Math.log10(span / (MAX_BINS - 2))));
}

/**
 * Summary of the finite values, or null when there is none. Deviation is the sample one
 * (n − 1), 0 for a single value; quartiles interpolate at (n − 1)·p (R-7, d3's quantile).
 * Bins are one month wide (see `histogram` for the top edge rule). Never throws.
 */
export function describe(values: Values): Distribution | null {
  // One sort, then d3's quantileSorted (the same R-7 as quantile, without re-selecting each time).
  const finite = sortedFinite(values);
  const lo = finite[0];
  const hi = finite[finite.length - 1];
  if (lo === undefined || hi === undefined) return null;
  const q1 = quantileOf(finite, 0.25) ?? lo;
  const q3 = quantileOf(finite, 0.75) ?? hi;
  return {
    count: finite.length,
    min: lo,
    max: hi,
    // Clamped: rounding can push the mean of [0.1, 0.1, 0.1] to 0.10000000000000002.
    mean: Math.min(hi, Math.max(lo, meanOf(finite))),
    median: quantileOf(finite, 0.5) ?? lo,
    deviation: deviationOf(finite),
    q1,
    q3,
    iqr: q3 - q1,
    counts: countsPerValue(finite),
    bins: histogram(finite, binWidth(lo, hi)),
  };
}

/** Share (0–1) of the finite values that are ≥ x; 0 for no finite value (not NaN: nobody). NaN
 *  and ±Infinity are left out, as from every figure. */
export function shareAtLeast(values: readonly number[], x: number): number {
  let finite = 0;
  let count = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    finite += 1;
    if (v >= x) count += 1;
  }
  return finite === 0 ? 0 : count / finite;
}

/** How many finite values are strictly below x. */
export function countBelow(values: readonly number[], x: number): number {
  let count = 0;
  for (const v of values) if (Number.isFinite(v) && v < x) count += 1;
  return count;
}
