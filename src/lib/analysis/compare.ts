// Picked schools → the gaps between neighbours in the ranking, in months and in ranks (pure).
import { roundTo } from './round';
import type { RankedSchool } from './types';

/** One step of a comparison: a school and the next one below it among the picked. */
export interface Gap {
  higher: RankedSchool;
  lower: RankedSchool;
  /** higher.months − lower.months, ≥ 0, rounded to the data's precision (no 4.499999). */
  months: number;
  /** lower.rank − higher.rank, ≥ 0 (0 when they are tied). */
  ranks: number;
}

/** Months differences rounded to 1/1000: the data have at most two decimals. */
const round = (v: number): number => roundTo(v, 3);

/** The picked schools in ranking order, each compared with the next: n − 1 gaps for n schools. */
export function gaps(picked: readonly RankedSchool[]): Gap[] {
  const ordered = [...picked].sort((a, b) => a.position - b.position);
  const out: Gap[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const higher = ordered[i - 1];
    const lower = ordered[i];
    if (!higher || !lower) continue;
    out.push({
      higher,
      lower,
      months: round(higher.months - lower.months),
      ranks: lower.rank - higher.rank,
    });
  }
  return out;
}
