// Ranked schools + what a person filtered on → the schools every view shows (pure, order kept).
import type { RankedSchool } from './types';
import { matches, queryWords, searchKey } from './search';

/** What a person can filter on. Everything optional: an empty filter lets every school through. */
export interface Filter {
  /** Typed search text. */
  query: string;
  /** Months range, both ends included; null for no range. */
  range: readonly [number, number] | null;
  /** Family ids to keep; empty for every family. */
  families: readonly string[];
  /** Id of a school: keep only the schools tied with it (itself included); null for none. */
  tiedWith: string | null;
}

export const emptyFilter: Filter = { query: '', range: null, families: [], tiedWith: null };

/** What filtering needs to know of each school, computed once per dataset. */
export interface FilterIndex {
  /** Search key of each school id (see `searchKey`). */
  keys: ReadonlyMap<string, string>;
  /** Family id of each school id. */
  family: (school: RankedSchool) => string;
}

/**
 * Builds the search keys and looks up each school's family once per dataset, so filtering and
 * sorting by family never fold a name again. `extraNames` adds other names a school is known by.
 */
export function filterIndex(
  schools: readonly RankedSchool[],
  family: (school: RankedSchool) => string,
  extraNames: (school: RankedSchool) => readonly string[] = () => [],
): FilterIndex {
  const keys = new Map<string, string>();
  const families = new Map<string, string>();
  for (const s of schools) {
    keys.set(s.id, searchKey(s.name, ...extraNames(s)));
    families.set(s.id, family(s));
  }
  return { keys, family: (s) => families.get(s.id) ?? family(s) };
}

/** True when nothing is filtered. */
export function isEmptyFilter(f: Filter): boolean {
  return (
    f.query.trim() === '' && f.range === null && f.families.length === 0 && f.tiedWith === null
  );
}

/** The schools that pass every part of the filter, in their given order. */
export function filterSchools(
  schools: readonly RankedSchool[],
  filter: Filter,
  index: FilterIndex,
): RankedSchool[] {
  const query = queryWords(filter.query);
  const families = new Set(filter.families);
  const anchor =
    filter.tiedWith === null ? undefined : schools.find((s) => s.id === filter.tiedWith);
  const [lo, hi] = filter.range ?? [-Infinity, Infinity];
  return schools.filter(
    (s) =>
      s.months >= lo &&
      s.months <= hi &&
      (anchor === undefined || s.months === anchor.months) &&
      (families.size === 0 || families.has(index.family(s))) &&
      (query.length === 0 || matches(index.keys.get(s.id) ?? '', query)),
  );
}
