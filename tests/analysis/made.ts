// Small tables made from values alone, for hand-worked cases and property tests: one school per
// value, in source order, ids s0, s1 …, no printed rank.
import { rankSchools } from '../../src/lib/analysis/rank';
import type { RankedSchool } from '../../src/lib/analysis/types';
import type { Direction } from '../../src/lib/data/shapes';
import type { School } from '../../src/lib/data/types';

/** Names S0, S1 … by default; `letters` names them A, B, C … */
export function schoolsOf(values: readonly number[], names: 'S' | 'letters' = 'S'): School[] {
  return values.map((months, i) => ({
    id: `s${i}`,
    name: names === 'S' ? `S${i}` : String.fromCharCode(65 + i),
    months,
    printedRank: null,
    line: i + 1,
  }));
}

/** The same, ranked (more first unless `direction` says less). */
export const rankedOf = (
  values: readonly number[],
  direction?: Direction,
  names?: 'S' | 'letters',
): readonly RankedSchool[] => rankSchools(schoolsOf(values, names), direction).schools;
