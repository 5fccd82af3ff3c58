// Text of familles.csv → each school's family, keyed by folded name, plus the problems by line.
import Papa from 'papaparse';
import { LineCursor } from './lines';
import { foldName } from './normalize';
import { isFamilyId, type FamilyId } from './family-list';

export { FAMILIES, familyOf, isFamilyId, type Family, type FamilyId } from './family-list';

/** What `parseFamilies` gives: families by folded name, and what went wrong, by line. */
export interface FamilyTable {
  /** Family of each school, keyed by `foldName` of its name. */
  byName: Map<string, FamilyId>;
  /** One message per unusable row, e.g. `line 4: unknown family "mine" for Mines Paris`. */
  problems: string[];
}

type Row = Record<string, unknown>;

const LINE_END = /\r\n?|\n/g;

/** Line ends inside a row's cells (quoted cells may span lines); extra cells come as an array. */
function lineEnds(cells: readonly unknown[]): number {
  let n = 0;
  for (const cell of cells) {
    if (typeof cell === 'string') n += cell.match(LINE_END)?.length ?? 0;
    else if (Array.isArray(cell)) n += lineEnds(cell);
  }
  return n;
}

const cell = (row: Row, column: string): string => {
  const value = row[column];
  return typeof value === 'string' ? value.trim() : '';
};

/**
 * Reads familles.csv (`ecole,famille,note`, header first). A row with no name, an unknown family
 * or a name already seen (compared folded) is left out and reported with its line; never throws.
 */
export function parseFamilies(csv: string): FamilyTable {
  const byName = new Map<string, FamilyId>();
  const problems: string[] = [];
  // papaparse drops a leading BOM, so its offsets are one short of ours when there is one.
  const shift = csv.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = new LineCursor(csv);
  Papa.parse<Row>(csv, {
    header: true,
    skipEmptyLines: true,
    newline: csv.indexOf('\r') === -1 ? '\n' : undefined,
    step: ({ data, meta }) => {
      // papaparse's cursor is just past the row's line end: the row starts that many lines up.
      const line = lines.lineAt(meta.cursor + shift - 1) - lineEnds(Object.values(data));
      const name = cell(data, 'ecole');
      const family = cell(data, 'famille');
      const key = foldName(name);
      if (name === '') problems.push(`line ${line}: no school name`);
      else if (!isFamilyId(family)) {
        problems.push(`line ${line}: unknown family "${family}" for ${name}`);
      } else if (byName.has(key)) problems.push(`line ${line}: ${name} is listed twice`);
      else byName.set(key, family);
    },
  });
  return { byName, problems };
}
