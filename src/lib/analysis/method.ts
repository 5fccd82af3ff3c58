// The whole ranking → the figures the methodology page works its examples on: the first schools'
// ranks, the largest tie, what one month changes, the closest neighbours, where the quartiles sit.
import { WEEKS_PER_MONTH } from './weeks';
import type { Bin, Distribution, RankedSchool, Ranking, TieGroup } from './types';

/** Days in a month, for saying a gap in days: 7 × 52/12 (the CTI lines' conversion, weeks.ts). */
export const DAYS_PER_MONTH = 7 * WEEKS_PER_MONTH;

/** How many schools the head example shows the four kinds of rank for. */
export const HEAD_SIZE = 5;

/** The quartiles' positions among the values sorted ascending (R-7: (n − 1)·p + 1) and values. */
export interface Quantile {
  p: number;
  position: number;
  value: number;
}

export interface MethodFacts {
  total: number;
  /** The first HEAD_SIZE schools by place. */
  head: RankedSchool[];
  /** The largest tie group (the first, by place, of the largest) and its first school. */
  example: { group: TieGroup; school: RankedSchool } | null;
  /** The competition rank a school of the example would get with one month more, or less. */
  oneMonth: { months: number; rank: number; more: number; less: number } | null;
  /** Two schools next to each other whose months differ the least (the first such pair). */
  closest: { higher: RankedSchool; lower: RankedSchool; gap: number } | null;
  quartiles: Quantile[];
  /** The histogram's last bin, where the highest value sits in a bin of its own. */
  topBin: Bin | null;
  /** The first value that is not a whole month, and the bin it falls in. */
  fraction: { months: number; bin: Bin } | null;
  /** Printed ranks that disagree with the computed ones (or are missing). */
  rankProblems: number;
}

/** The first largest tie group (size 2 or more), in ranked order. */
function largestGroup(groups: readonly TieGroup[]): TieGroup | null {
  let best: TieGroup | null = null;
  for (const g of groups) if (g.size >= 2 && (best === null || g.size > best.size)) best = g;
  return best;
}

/** The competition rank of `school` were its months `months`: 1 + the others above it. */
export function rankWith(
  schools: readonly RankedSchool[],
  school: RankedSchool,
  months: number,
): number {
  let above = 0;
  for (const s of schools) if (s !== school && s.months > months) above += 1;
  return 1 + above;
}

/** Adjacent schools with different months, the gap rounded so that 8.8 − 8.7 equals 5.3 − 5.2. */
function closest(schools: readonly RankedSchool[]): MethodFacts['closest'] {
  let best: MethodFacts['closest'] = null;
  schools.forEach((lower, i) => {
    const higher = schools[i - 1];
    if (higher === undefined || higher.months === lower.months) return;
    const gap = Number((higher.months - lower.months).toPrecision(12));
    if (best === null || gap < best.gap) best = { higher, lower, gap };
  });
  return best;
}

/** The figures of the methodology page, from the whole ranking and its distribution. */
export function methodFacts(ranking: Ranking, distribution: Distribution): MethodFacts {
  const { schools, groups } = ranking;
  const n = schools.length;
  const group = largestGroup(groups);
  const school = group === null ? undefined : schools[group.first - 1];
  const example = group !== null && school !== undefined ? { group, school } : null;
  const oneMonth =
    example === null
      ? null
      : {
          months: example.group.months,
          rank: example.school.rank,
          more: rankWith(schools, example.school, example.group.months + 1),
          less: rankWith(schools, example.school, example.group.months - 1),
        };
  const quartiles = [
    { p: 0.25, value: distribution.q1 },
    { p: 0.5, value: distribution.median },
    { p: 0.75, value: distribution.q3 },
  ].map((q) => ({ ...q, position: (distribution.count - 1) * q.p + 1 }));
  const binOf = (v: number): Bin | undefined =>
    distribution.bins.find((b) => b.x0 <= v && v < b.x1);
  const fractional = schools.find((s) => !Number.isInteger(s.months));
  const fractionBin = fractional === undefined ? undefined : binOf(fractional.months);
  return {
    total: n,
    head: schools.slice(0, HEAD_SIZE),
    example,
    oneMonth,
    closest: closest(schools),
    quartiles,
    topBin: distribution.bins[distribution.bins.length - 1] ?? null,
    fraction:
      fractional === undefined || fractionBin === undefined
        ? null
        : { months: fractional.months, bin: fractionBin },
    rankProblems: ranking.problems.length,
  };
}
