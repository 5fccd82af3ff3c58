// Picked schools → what one sentence comparing them states: the schools by place, and the gap
// between the first and the last of them (pure, numbers only: the words are each language's
// `sentence.compare`).
import { roundTo } from './round';
import type { RankedSchool } from './types';

export interface Comparison {
  /** The schools by place in the ranking (a tie keeps the source's order). */
  schools: RankedSchool[];
  /** The values' gap between the first and the last, ≥ 0, rounded to 1/1000 (the data have at
   *  most two decimals: no 4.499999). The widest gap among them, the ranking being ordered. */
  gap: number;
}

/** The comparison of the picked schools; null for none. */
export function comparison(picked: readonly RankedSchool[]): Comparison | null {
  const schools = [...picked].sort((a, b) => a.position - b.position);
  const first = schools[0];
  const last = schools[schools.length - 1];
  if (first === undefined || last === undefined) return null;
  return { schools, gap: roundTo(Math.abs(first.months - last.months), 3) };
}
