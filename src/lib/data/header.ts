// Header cells → the columns their words name (rank, name, months), without case or accents.
import { foldName } from './normalize';

/** Excel's widest sheet; cells beyond it are never looked at. */
export const MAX_COLUMNS = 16384;

export interface NamedColumns {
  rank: number | null;
  name: number | null;
  months: number | null;
}

const RANK_WORDS = ['rang', 'rank', 'ranking', 'position', 'pos', 'place'];
const RANK_SIGNS = ['#', 'n°', 'nº'];
const MONTHS_WORDS = ['mois', 'month', 'temps', 'duree', 'time'];
const NAME_WORDS = ['ecole', 'school', 'nom', 'name', 'etablissement', 'institution'];
/** "Classement" names the seed's school column, but some tables' rank column: a weak hint. */
const NAME_WEAK_WORDS = ['classement'];

/** A keyword of 5+ letters may be part of a word (`écoles`, `months`); a shorter one, a whole word. */
function mentions(folded: string, words: readonly string[], keywords: readonly string[]): boolean {
  return keywords.some((k) => (k.length >= 5 ? folded.includes(k) : words.includes(k)));
}

/**
 * Columns named by header keywords. Months are picked first, then the rank, then the name (a strong
 * name word beats `classement`); each takes the left-most cell still free.
 */
export function namedColumns(cells: readonly string[]): NamedColumns {
  // A label is short: 200 characters are plenty to find its words.
  const folded = cells.map((c) => foldName(c.slice(0, 200)));
  const words = folded.map((f) => f.split(' '));
  const pick = (test: (i: number) => boolean, taken: (number | null)[]): number | null => {
    for (let i = 0; i < cells.length; i++) if (!taken.includes(i) && test(i)) return i;
    return null;
  };
  const at = (i: number): [string, string[]] => [folded[i] ?? '', words[i] ?? []];
  const months = pick((i) => mentions(...at(i), MONTHS_WORDS), []);
  const rank = pick(
    (i) =>
      RANK_SIGNS.includes((cells[i] ?? '').trim().toLowerCase()) || mentions(...at(i), RANK_WORDS),
    [months],
  );
  const name =
    pick((i) => mentions(...at(i), NAME_WORDS), [months, rank]) ??
    pick((i) => mentions(...at(i), NAME_WEAK_WORDS), [months, rank]);
  return { rank, name, months };
}

/** A header row that a table may repeat (a page break), and its cells folded once first asked. */
export interface PageHeader {
  cells: readonly string[];
  folded: string[] | null;
}

/** The header rows `cells` of a table, as `repeatsHeader` compares rows with them. */
export function pageHeaders(rows: readonly (readonly string[])[]): PageHeader[] {
  return rows.map((cells) => ({ cells, folded: null }));
}

/**
 * Whether `cells` repeat one of the `headers` (a page break): the same cells once folded, trailing
 * empty cells aside. A header is folded at the first question, and a row is folded only until a
 * cell differs, so good rows, rarely asked, cost little. A function of data, not a closure made
 * per table: the parser calls it from its hottest function, whose optimized code V8 threw away
 * with each table's closure (a fifth of the parse).
 */
export function repeatsHeader(cells: readonly string[], headers: readonly PageHeader[]): boolean {
  for (const header of headers) if (repeats(cells, header)) return true;
  return false;
}

function repeats(cells: readonly string[], header: PageHeader): boolean {
  const folded = (header.folded ??= header.cells.slice(0, MAX_COLUMNS).map((c) => foldName(c)));
  const width = Math.min(Math.max(cells.length, folded.length), MAX_COLUMNS);
  for (let i = 0; i < width; i++) {
    const cell = cells[i] ?? '';
    // A cell written exactly as the header's folds the same: no need to fold it (a header
    // repeated on every page break is most often an exact copy).
    if (cell === header.cells[i] || foldName(cell) === (folded[i] ?? '')) continue;
    return false;
  }
  return true;
}

/** `repeatsHeader` for one header, as a test of rows. */
export function headerMatcher(header: readonly string[]): (cells: readonly string[]) => boolean {
  const headers = pageHeaders([header]);
  return (cells) => repeatsHeader(cells, headers);
}
