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

/** The parts of a filter in words, in the order it is read: "recherche « mines »", "de 3 à 5 mois",
 *  "famille Mines"…; none when nothing is filtered. */
export function filterParts(filter: Filter, t: Messages, f: Format, names: FilterNames): string[] {
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
  return parts;
}

/** "Filtre : recherche « mines » ; de 3 à 5 mois" / "All schools" when nothing is filtered. */
export function describeFilter(filter: Filter, t: Messages, f: Format, names: FilterNames): string {
  const parts = filterParts(filter, t, f, names);
  return parts.length === 0 ? t.download.filter.all : t.download.filter.some(parts);
}
