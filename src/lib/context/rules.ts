// The accreditation body's (CTI) mobility thresholds, in weeks → months on the ranking's scale, and
// how many schools of a list fall below each (pure, no DOM).
import { roundTo } from '../analysis/round';
import { weeksToMonths } from '../analysis/weeks';

/** The CTI's reference text on international mobility, « Mobilités internationales », in shared/seeds. */
export const CTI_SOURCE = '001_8e780615fe4fa5cb.txt';

/** Which CTI threshold: the apprentices' minimum, or the duration the CTI recommends. */
export type ThresholdId = 'minimum' | 'recommended';

/** One CTI threshold, as written in the source (weeks) and on the ranking's scale (months). */
export interface Threshold {
  id: ThresholdId;
  weeks: number;
  /** Exact months at 52/12 weeks a month. */
  months: number;
  /** Months rounded to one decimal, as labelled on the charts. */
  shown: number;
}

const threshold = (id: ThresholdId, weeks: number): Threshold => ({
  id,
  weeks,
  months: weeksToMonths(weeks),
  shown: roundTo(weeksToMonths(weeks), 1),
});

/**
 * CTI, « Mobilités internationales » (seed 001): apprentices' mobility lasts at least 9 weeks;
 * 12 weeks are recommended. Lowest first.
 */
export const CTI_THRESHOLDS: readonly Threshold[] = [
  threshold('minimum', 9),
  threshold('recommended', 12),
];

/** How many of the values are strictly below `months`. */
export function countBelow(values: readonly { months: number }[], months: number): number {
  let n = 0;
  for (const v of values) if (v.months < months) n += 1;
  return n;
}

/** Each threshold with how many of the given schools have a lower average. */
export function belowThresholds(
  schools: readonly { months: number }[],
  thresholds: readonly Threshold[] = CTI_THRESHOLDS,
): { threshold: Threshold; below: number }[] {
  return thresholds.map((t) => ({ threshold: t, below: countBelow(schools, t.months) }));
}

/** Where an average stands against the thresholds: under the minimum, between, or at least the
 * recommended duration. */
export type Standing = 'below-minimum' | 'below-recommended' | 'meets-recommended';

export function standing(
  months: number,
  thresholds: readonly Threshold[] = CTI_THRESHOLDS,
): Standing {
  const [minimum, recommended] = thresholds;
  if (minimum && months < minimum.months) return 'below-minimum';
  if (recommended && months < recommended.months) return 'below-recommended';
  return 'meets-recommended';
}
