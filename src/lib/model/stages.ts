// The explorer's pure steps that build lookups (no Svelte, no DOM): schools by id, the families the
// filter offers with their counts, a family's label, what a link may name.
import type { RankedSchool } from '../analysis/types';
import type { CurrentName, Renaming } from '../data/current-names';
import { foldName } from '../data/normalize';
import { FAMILIES } from '../data/family-list';
import { languageOf, type Lang } from '../i18n/registry';
import type { Known } from '../state/url';

/** Schools by id (ids are unique in a ranking). */
export function indexById(schools: readonly RankedSchool[]): ReadonlyMap<string, RankedSchool> {
  return new Map(schools.map((s) => [s.id, s]));
}

/** A school → its folded name (`foldName`), folded once per school and kept (the families, today's
 *  names and the search keys all look a school up by it). */
export function foldOnce(): (s: RankedSchool) => string {
  const memo = new WeakMap<RankedSchool, string>();
  return (s) => {
    let folded = memo.get(s);
    if (folded === undefined) {
      folded = foldName(s.name);
      memo.set(s, folded);
    }
    return folded;
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

/** What a link may name: the table's school ids and the known families. */
export function knownOf(ids: Iterable<string>): Known {
  return { ids: new Set(ids), families: new Set(FAMILIES.map((f) => f.id)) };
}

/** The ids of a list of schools, for membership tests. */
export function idSet(schools: readonly RankedSchool[]): ReadonlySet<string> {
  return new Set(schools.map((s) => s.id));
}
