// A filter (search, months range, families, regions, tied-with) → the same filter in words, in the page's
// language, for the images and files that leave the page (pure).
import type { Filter } from '../analysis/filter';
import type { Format } from '../i18n/format';
import type { Messages } from '../i18n/messages';

/** How to name what a filter refers to by id. */
export interface FilterNames {
  /** The label of a family id in the page's language. */
  family: (id: string) => string;
  /** The name of a school id, or undefined for an id the table does not have. */
  school: (id: string) => string | undefined;
  /** The name of a region by its INSEE code (the code itself until the places load). */
  region?: (code: string) => string;
}

/** "Filtre : recherche « mines » ; de 3 à 5 mois" / "All schools" when nothing is filtered. */
export function describeFilter(filter: Filter, t: Messages, f: Format, names: FilterNames): string {
  const w = t.download.filter;
  const parts: string[] = [];
  const query = filter.query.trim();
  if (query !== '') parts.push(w.query(query));
  if (filter.range) {
    const [lo, hi] = filter.range;
    const from = Number.isFinite(lo);
    const to = Number.isFinite(hi);
    if (from && to) parts.push(w.between(f.number(lo), f.value(hi)));
    else if (from) parts.push(w.atLeast(f.value(lo)));
    else if (to) parts.push(w.atMost(f.value(hi)));
  }
  if (filter.families.length > 0) parts.push(w.families(filter.families.map(names.family)));
  if (filter.regions.length > 0) {
    parts.push(t.places.inRegions(filter.regions.map((c) => names.region?.(c) ?? c)));
  }
  const tied = filter.tiedWith === null ? undefined : names.school(filter.tiedWith);
  if (tied !== undefined) parts.push(w.tiedWith(tied));
  return parts.length === 0 ? w.all : w.some(parts);
}
