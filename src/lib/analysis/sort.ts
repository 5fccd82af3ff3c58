// Ranked schools + a sort choice → the order the table shows them in (pure, stable).
import type { RankedSchool } from './types';

export type SortKey = 'rank' | 'name' | 'months';
export type SortDir = 'asc' | 'desc';
export interface Sort {
  key: SortKey;
  dir: SortDir;
}

/** The direction a column sorts in when first chosen: best rank, A→Z, most months. */
export const defaultDir: Record<SortKey, SortDir> = { rank: 'asc', name: 'asc', months: 'desc' };

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

const compare: Record<SortKey, (a: RankedSchool, b: RankedSchool) => number> = {
  rank: (a, b) => a.position - b.position,
  name: (a, b) => collator.compare(a.name, b.name) || a.position - b.position,
  // More months first when descending; within a tie, the ranking's own order.
  months: (a, b) => a.months - b.months || b.position - a.position,
};

/** A new array in the chosen order; the input is left as it is. */
export function sortSchools(schools: readonly RankedSchool[], sort: Sort): RankedSchool[] {
  const cmp = compare[sort.key];
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...schools].sort((a, b) => sign * cmp(a, b));
}

/** The next sort after a click on a column: same column flips, another starts at its default. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key !== key) return { key, dir: defaultDir[key] };
  return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
}
