// The explorer's pure steps that build lookups (no Svelte, no DOM): schools by id, the families the
// filter offers with their counts, a family's label, what a link may name.
import type { RankedSchool } from '../analysis/types';
import type { CurrentName, Renaming } from '../data/current-names';
import { foldName } from '../data/normalize';
import { FAMILIES } from '../data/family-list';
import { languageOf, type Lang } from '../i18n/registry';
import type { Known } from '../state/url';
import type { Membership } from '../state/schema';

/** Schools by id (ids are unique in a ranking). */
export function indexById(schools: readonly RankedSchool[]): ReadonlyMap<string, RankedSchool> {
  return new Map(schools.map((s) => [s.id, s]));
}

/** A school of `schools` → its folded name (`foldName`), folded once per school and kept by its
 *  place in the ranking (the families, today's names and the search keys all look a school up by
 *  it); a school of another table is folded each time. Kept in an array: a WeakMap of 100,000
 *  schools cost more than the folding. */
export function foldOnce(schools: readonly RankedSchool[]): (s: RankedSchool) => string {
  const memo = new Array<string | undefined>(schools.length);
  return (s) => {
    if (s.key !== undefined) return s.key;
    const at = s.position - 1;
    if (schools[at] !== s) return foldName(s.name);
    return (memo[at] ??= foldName(s.name));
  };
}

/** The ranking's renamed schools grouped by today's name, in the order their first school is
 *  ranked (data/current-names.ts `renamings`, each name looked up by `currentName`). */
export function renamingsOf(
  schools: readonly RankedSchool[],
  currentName: (s: RankedSchool) => CurrentName | undefined,
): Renaming[] {
  const groups = new Map<string, Renaming>();
  for (const s of schools) {
    const renamed = currentName(s);
    if (renamed === undefined) continue;
    const group = groups.get(renamed.current);
    if (group) group.former.push(s.name);
    else groups.set(renamed.current, { current: renamed.current, former: [s.name] });
  }
  return [...groups.values()];
}

/** Family id → how many schools of the list belong to it. */
export function familyCounts(
  schools: readonly RankedSchool[],
  familyOf: (s: RankedSchool) => string,
): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const s of schools) {
    const id = familyOf(s);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Family id → its label in a language (the families file's French or English, see the registry). */
export function familyLabels(lang: Lang): ReadonlyMap<string, string> {
  const data = languageOf(lang).data;
  return new Map(FAMILIES.map((fam) => [fam.id, fam[data]]));
}

/** A family the filter offers: its id, its label in the page's language, how many schools. */
export interface FamilyOption {
  id: string;
  label: string;
  count: number;
}

/** The families that have schools, in the families file's order; none when fewer than two have
 *  any (a filter with one choice filters nothing). */
export function familyOptions(counts: ReadonlyMap<string, number>, lang: Lang): FamilyOption[] {
  const data = languageOf(lang).data;
  const options = FAMILIES.map((fam) => ({
    id: fam.id,
    label: fam[data],
    count: counts.get(fam.id) ?? 0,
  })).filter((fam) => fam.count > 0);
  return options.length > 1 ? options : [];
}

/** Every family's id. */
const FAMILY_IDS: ReadonlySet<string> = new Set(FAMILIES.map((f) => f.id));

/** What a link may name: the table's school ids (whatever answers for them) and the families. */
export function knownOf(ids: Membership): Known {
  return { ids, families: FAMILY_IDS };
}

/** The tables up to this many schools are looked up by id through a Map (`indexById`); a longer
 *  one is scanned for its few lookups (picks, a link's ids, the school hovered): hashing 100,000
 *  ids read from a file took 0.1 to 0.4 s in one task, the page showing the table waiting. */
export const INDEXED_SCHOOLS = 20_000;

/** A lookup of schools by id: a Map up to INDEXED_SCHOOLS schools, a scan above. */
export function schoolLookup(
  schools: readonly RankedSchool[],
): (id: string) => RankedSchool | undefined {
  if (schools.length > INDEXED_SCHOOLS) return (id) => schools.find((s) => s.id === id);
  const byId = indexById(schools);
  return (id) => byId.get(id);
}

/** The ids of a list of schools, for membership tests. */
export function idSet(schools: readonly RankedSchool[]): ReadonlySet<string> {
  return new Set(schools.map((s) => s.id));
}
