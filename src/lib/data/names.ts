// Text of noms-actuels.csv → the current name of each renamed school of the ranking, keyed by
// folded name, plus the problems by line (pure; papaparse reads the CSV through readRows).
import { readRows } from './csv';
import { foldName } from './normalize';
import type { CurrentName } from './current-names';

export {
  currentNameOf,
  renamings,
  type CurrentName,
  type NameNote,
  type Renaming,
} from './current-names';

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
