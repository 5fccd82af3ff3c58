// Ranked schools + what a person filtered on → the schools every view shows (pure, order kept).
import type { RankedSchool } from './types';
import { foldName } from '../data/normalize';
import { foldedKey, matches, queryWords, searchKey } from './search';

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
  /** INSEE codes of the regions to keep; empty for every school, wherever it is. A school whose
   *  place is not verified (`region` gives '') passes no region. */
  regions: readonly string[];
}

export const emptyFilter: Filter = {
  query: '',
  range: null,
  families: [],
  tiedWith: null,
  regions: [],
};

/** What filtering needs to know of each school, computed once per dataset. */
export interface FilterIndex {
  /** Search key of each school id (see `searchKey`). */
  keys: ReadonlyMap<string, string>;
  /** Family id of each school id. */
  family: (school: RankedSchool) => string;
  /** INSEE code of each school's region, '' where not known (the places load on first use);
   *  none for a table whose places are not known at all: the region filter is then ignored. */
  region?: (school: RankedSchool) => string;
}

/**
 * The search keys and each school's family, worked out once per dataset (a family on first asking), so filtering and sorting
 * by family never fold a name again. `extraNames` adds other names a school is known by; `fold`
 * gives a school's folded name (`foldName`), which a caller that folds names already may share.
 * Each part is built on its first use, not before: showing a table of 100,000 schools folds no
 * name until a search is typed or the families are counted.
 */
export function filterIndex(
  schools: readonly RankedSchool[],
  family: (school: RankedSchool) => string,
  extraNames: (school: RankedSchool) => readonly string[] = () => [],
  fold: (school: RankedSchool) => string = (s) => foldName(s.name),
): FilterIndex {
  const families = new Map<string, string>();
  return {
    keys: new LazyMap(function* () {
      const keys = new Map<string, string>();
      for (const s of schools) {
        const extra = extraNames(s);
        const own = foldedKey(fold(s));
        keys.set(s.id, extra.length === 0 ? own : [own, searchKey(...extra)].join(' | '));
        if (keys.size % 4096 === 0) yield;
      }
      return keys;
    }),
    family(s) {
      let id = families.get(s.id);
      if (id === undefined) families.set(s.id, (id = family(s)));
      return id;
    },
  };
}

/** A map built by `build`'s steps the first time anything is read of it (handed around unread, it
 *  costs nothing: the comparison's search box holds the keys from the start, and reads them when
 *  typed in), or a step at a time beforehand (`step`: a large table's, in idle time). */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  readonly #steps: Iterator<void, ReadonlyMap<K, V>>;
  #map: ReadonlyMap<K, V> | undefined;
  constructor(build: () => Iterator<void, ReadonlyMap<K, V>>) {
    this.#steps = build();
  }
  /** Builds one more step of the map; true once it is built. */
  step(): boolean {
    const step = this.#map ? null : this.#steps.next();
    if (step?.done) this.#map = step.value;
    return !!this.#map;
  }
  get #built(): ReadonlyMap<K, V> {
    while (!this.step());
    return this.#map as ReadonlyMap<K, V>;
  }
  get size(): number {
    return this.#built.size;
  }
  get(key: K): V | undefined {
    return this.#built.get(key);
  }
  has(key: K): boolean {
    return this.#built.has(key);
  }
  forEach(each: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    this.#built.forEach((value, key) => each(value, key, this));
  }
  entries(): MapIterator<[K, V]> {
    return this.#built.entries();
  }
  keys(): MapIterator<K> {
    return this.#built.keys();
  }
  values(): MapIterator<V> {
    return this.#built.values();
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.#built[Symbol.iterator]();
  }
}

/** True when nothing is filtered. */
export function isEmptyFilter(f: Filter): boolean {
  return (
    f.query.trim() === '' &&
    f.range === null &&
    f.families.length === 0 &&
    f.tiedWith === null &&
    f.regions.length === 0
  );
}

/** The schools that pass every part of the filter, in their given order. */
export function filterSchools(
  schools: readonly RankedSchool[],
  filter: Filter,
  index: FilterIndex,
): RankedSchool[] {
  // Nothing filtered: every school, and nothing of the index read (it is built on first use).
  if (isEmptyFilter(filter)) return schools.slice();
  const query = queryWords(filter.query);
  const families = new Set(filter.families);
  const regions = new Set(filter.regions);
  const anchor =
    filter.tiedWith === null ? undefined : schools.find((s) => s.id === filter.tiedWith);
  const [lo, hi] = filter.range ?? [-Infinity, Infinity];
  return schools.filter(
    (s) =>
      s.months >= lo &&
      s.months <= hi &&
      (anchor === undefined || s.months === anchor.months) &&
      (families.size === 0 || families.has(index.family(s))) &&
      (regions.size === 0 || !index.region || regions.has(index.region(s))) &&
      (query.length === 0 || matches(index.keys.get(s.id) ?? '', query)),
  );
}
