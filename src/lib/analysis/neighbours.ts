// A school + the ranking → the nearest school with more months and the nearest with fewer (pure).
import { roundTo } from './round';
import type { RankedSchool } from './types';

/** A neighbouring school, how many months apart, and how many schools share its value. */
export interface Neighbour {
  school: RankedSchool;
  /** Months between the two, always positive, rounded to 1/1000 (no 0.2000000002). */
  gap: number;
  /** Schools at the neighbour's value (1 when it is alone there). */
  tied: number;
}

export interface Neighbours {
  /** The nearest school with more months (the last of its tie group in ranked order); null at the top. */
  above: Neighbour | null;
  /** The nearest school with fewer months (the first of its tie group); null at the bottom. */
  below: Neighbour | null;
}

/**
 * The first school met going up the ranking from `school` with more months, and the first going
 * down with fewer: schools tied with it are skipped. `schools` is in ranked order (months down).
 */
export function neighbours(schools: readonly RankedSchool[], school: RankedSchool): Neighbours {
  let above: RankedSchool | null = null;
  let below: RankedSchool | null = null;
  const count = new Map<number, number>();
  for (const s of schools) {
    count.set(s.months, (count.get(s.months) ?? 0) + 1);
    // The lowest value above wins; among equals the later one (closer in ranked order).
    if (s.months > school.months && (above === null || s.months <= above.months)) above = s;
    // The highest value below wins; among equals the earlier one.
    if (s.months < school.months && (below === null || s.months > below.months)) below = s;
  }
  const make = (s: RankedSchool | null): Neighbour | null =>
    s === null
      ? null
      : {
          school: s,
          gap: roundTo(Math.abs(s.months - school.months), 3),
          tied: count.get(s.months) ?? 1,
        };
  return { above: make(above), below: make(below) };
}
