// A school + the whole table → its value set against reference points: the median of every school,
// the median of its family, and the CTI thresholds on the value's scale (pure, no DOM).
import { quantileSorted } from 'd3-array';
import { roundTo } from './round';
import type { RankedSchool } from './types';

/** One reference point and how far the school's value is from it. */
export interface Reference {
  /** The reference value, on the table's scale. */
  value: number;
  /** The school's value − the reference, rounded to 1/1000 (no 1.4999999); 0 when equal. */
  gap: number;
}

/** A median, with how many schools it was taken over. */
export interface MedianReference extends Reference {
  count: number;
}

/** What a threshold needs to be a reference point: where it falls on the value's scale (the CTI's
 *  thresholds, context/rules.ts `Threshold`, are one). */
export interface ThresholdLike {
  months: number;
}

/** A threshold as a reference point. */
export interface ThresholdReference<T extends ThresholdLike = ThresholdLike> extends Reference {
  threshold: T;
}

export interface References<F extends string, T extends ThresholdLike = ThresholdLike> {
  /** The median of every school of the table (not of the view a filter shows). */
  all: MedianReference;
  /** The median of the school's family, itself included; null when the school has no family
   *  (`none`) or is the only one of it: a median of one is the school itself. */
  family: (MedianReference & { id: F }) | null;
  /** The thresholds given, lowest first ([] for a value that is not a duration). */
  thresholds: ThresholdReference<T>[];
}

/** Gaps rounded to 1/1000: the data have at most two decimals, a median of two at most three. */
const gapOf = (value: number, reference: number): number => roundTo(value - reference, 3) + 0;

/** The median of some values by d3-array's rule, the R-7 quantile at p = 0.5 (interpolated at
 *  (n − 1)·p): the middle value, or the mean of the two middle values when n is even; NaN for none.
 *  d3's `quantileSorted` over the values sorted (a typed array sorts numerically, NaN last, and
 *  they are left out): what d3's `median` computes, without the selection algorithm it carries
 *  (that would join the page's first script, which holds d3-array's other functions). */
function medianOf(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  let n = sorted.length;
  while (n > 0 && Number.isNaN(sorted[n - 1])) n -= 1;
  return quantileSorted(sorted.subarray(0, n) as unknown as number[], 0.5) ?? Number.NaN;
}

/**
 * `school`'s value against the median of `schools` (the whole table), the median of the schools
 * of its family (`familyOf`; `none` is the id of "no family", left without a median), and the
 * `thresholds` (ctiThresholds of the table's measure: none unless the value is a duration).
 */
export function referencesOf<F extends string, T extends ThresholdLike>(
  school: RankedSchool,
  schools: readonly RankedSchool[],
  familyOf: (s: RankedSchool) => F,
  thresholds: readonly T[],
  none?: F,
): References<F, T> {
  const values = schools.map((s) => s.months);
  const id = familyOf(school);
  const kin = id === none ? [] : schools.filter((s) => familyOf(s) === id).map((s) => s.months);
  const m = medianOf(values);
  const k = medianOf(kin);
  return {
    all: { value: m, gap: gapOf(school.months, m), count: values.length },
    family:
      kin.length < 2 ? null : { id, value: k, gap: gapOf(school.months, k), count: kin.length },
    thresholds: thresholds.map((threshold) => ({
      threshold,
      value: threshold.months,
      gap: gapOf(school.months, threshold.months),
    })),
  };
}
