// What the app asks of noms-actuels.csv once read (by parseCurrentNames in names.ts, at build time
// for the bundled file): a school's current name by its printed one, and the renamings of a
// ranking; kept apart from the reader so that the page's start bundle holds no CSV parser.
import { foldName } from './normalize';

/** A short note on how a school's name changed, in French and English, e.g. `ENST, puis Télécom
 *  ParisTech, Télécom Paris depuis 2019.` */
export interface NameNote {
  fr: string;
  en: string;
}

/** What a school of the ranking is called today, and how it got there. */
export interface CurrentName {
  /** The name today, e.g. `Télécom Paris`. */
  current: string;
  /** How it got there. The page's bundled names come without it (only the profile shows it: the
   *  notes load with it, `ExplorerInput.notes`). */
  note?: NameNote;
}

/** The current name of the school printed as `name` (case, accents and punctuation ignored), if it
 * changed. */
export function currentNameOf(
  byName: ReadonlyMap<string, CurrentName>,
  name: string,
): CurrentName | undefined {
  return byName.get(foldName(name));
}

/** Schools of a ranking known today by one name: `former` as printed, in the ranking's order. */
export interface Renaming {
  current: string;
  former: string[];
}

/**
 * The ranking's names (in its order) → the renamed ones, grouped by the name they go by today, in
 * the order their first school is ranked: `ENI Val-de-Loire` and `ENSI Bourges` under `INSA Centre
 * Val de Loire`. Schools that kept their name are left out.
 */
export function renamings(
  names: readonly string[],
  byName: ReadonlyMap<string, CurrentName>,
): Renaming[] {
  const groups = new Map<string, Renaming>();
  for (const name of names) {
    const renamed = currentNameOf(byName, name);
    if (renamed === undefined) continue;
    const group = groups.get(renamed.current);
    if (group) group.former.push(name);
    else groups.set(renamed.current, { current: renamed.current, former: [name] });
  }
  return [...groups.values()];
}
