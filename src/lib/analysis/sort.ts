// Ranked schools + a sort choice → the order the table shows them in (pure, stable).
import type { RankedSchool } from './types';

export type SortKey = 'rank' | 'name' | 'months' | 'family' | 'percentile';
export type SortDir = 'asc' | 'desc';
export interface Sort {
  key: SortKey;
  dir: SortDir;
}

/** The direction a column sorts in when first chosen: best rank, A→Z, most months. */
export const defaultDir: Record<SortKey, SortDir> = {
  rank: 'asc',
  name: 'asc',
  months: 'desc',
  family: 'asc',
  percentile: 'desc',
};

/** Every sort key, in the table's column order. */
export const SORT_KEYS: readonly SortKey[] = ['rank', 'name', 'months', 'family', 'percentile'];

// Made on the first sort by a name (an Intl collator is costly to create: it loads the locale's
// data), not when the page starts.
let made: Intl.Collator | undefined;
const collator = (): Intl.Collator =>
  (made ??= new Intl.Collator('fr', { sensitivity: 'base', numeric: true }));

type Compare = (a: RankedSchool, b: RankedSchool) => number;

const comparators = (family: (s: RankedSchool) => string): Record<SortKey, Compare> => ({
  rank: (a, b) => a.position - b.position,
  name: (a, b) => collator().compare(a.name, b.name) || a.position - b.position,
  // More months first when descending; within a tie, the ranking's own order.
  months: (a, b) => a.months - b.months || b.position - a.position,
  family: (a, b) => collator().compare(family(a), family(b)) || a.position - b.position,
  percentile: (a, b) => a.tie.percentile - b.tie.percentile || b.position - a.position,
});

/** A new array in the chosen order; the input is left as it is. `family` labels each school. */
export function sortSchools(
  schools: readonly RankedSchool[],
  sort: Sort,
  family: (s: RankedSchool) => string = () => '',
): RankedSchool[] {
  const cmp = comparators(family)[sort.key];
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...schools].sort((a, b) => sign * cmp(a, b));
}

/** The next sort after a click on a column: same column flips, another starts at its default. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key !== key) return { key, dir: defaultDir[key] };
  return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
}
