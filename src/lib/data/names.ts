// Text of noms-actuels.csv → the current name of each renamed school of the ranking, keyed by
// folded name, plus the problems by line (pure; papaparse reads the CSV through readRows).
import { readRows } from './csv';
import { foldName } from './normalize';

/** What a school of the ranking is called today, and how it got there, in French and English. */
export interface CurrentName {
  /** The name today, e.g. `Télécom Paris`. */
  current: string;
  /** A short note on the change, e.g. `ENST, puis Télécom ParisTech, Télécom Paris depuis 2019.` */
  note: { fr: string; en: string };
}

/** What `parseCurrentNames` gives: current names by folded ranking name, and what went wrong. */
export interface NameTable {
  /** Keyed by `foldName` of the name as printed in the ranking. */
  byName: Map<string, CurrentName>;
  /** One message per unusable row, e.g. `line 4: no current name for ENST Paris`. */
  problems: string[];
}

const COLUMNS = ['ecole', 'nom_actuel', 'note', 'note_en'] as const;

/**
 * Reads noms-actuels.csv (`ecole,nom_actuel,note,note_en`, header first, columns in any order). A
 * row without a name or a current name, or a name already seen (compared folded), is left out and
 * reported with its line; a missing column is reported once. Never throws.
 */
export function parseCurrentNames(csv: string): NameTable {
  const byName = new Map<string, CurrentName>();
  const problems: string[] = [];
  const [header, ...rows] = readRows(csv, ',');
  if (!header) return { byName, problems };
  const at = COLUMNS.map((c) => header.cells.findIndex((h) => h.trim() === c));
  const missing = COLUMNS.filter((_, i) => at[i] === -1);
  if (missing.length > 0) {
    problems.push(`line ${header.line}: missing column(s) ${missing.join(', ')}`);
    return { byName, problems };
  }
  const [name, current, note, noteEn] = at.map((i) => (cells: string[]) => cells[i]?.trim() ?? '');
  for (const { cells, line } of rows) {
    const school = name?.(cells) ?? '';
    const now = current?.(cells) ?? '';
    const key = foldName(school);
    if (school === '') problems.push(`line ${line}: no school name`);
    else if (now === '') problems.push(`line ${line}: no current name for ${school}`);
    else if (byName.has(key)) problems.push(`line ${line}: ${school} is listed twice`);
    else
      byName.set(key, {
        current: now,
        note: { fr: note?.(cells) ?? '', en: noteEn?.(cells) ?? '' },
      });
  }
  return { byName, problems };
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
