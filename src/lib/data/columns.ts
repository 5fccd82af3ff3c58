// First rows of a table → whether the first is a header, and which columns hold rank, name, months.
import { MAX_COLUMNS, namedColumns } from './header';
import { parseMonths, parseRank } from './number';
import type { Columns } from './types';

const MAX_SAMPLE_ROWS = 500;
const CELL_BUDGET = 50_000;

export interface Layout {
  /** The header cells, or null when the first row is data. */
  header: string[] | null;
  columns: Columns | null;
  problem: 'no-value-column' | 'no-name-column' | null;
}

/** Per column of a sample: non-empty cells, cells that are numbers, cells that are ranks. */
interface Profile {
  filled: number[];
  numbers: number[];
  ranks: number[];
}

function profile(rows: readonly (readonly string[])[]): Profile {
  let width = 0;
  for (const row of rows) width = Math.max(width, Math.min(row.length, MAX_COLUMNS));
  const zeros = (): number[] => new Array<number>(width).fill(0);
  const p: Profile = { filled: zeros(), numbers: zeros(), ranks: zeros() };
  for (const row of rows) {
    for (let c = 0; c < Math.min(row.length, MAX_COLUMNS); c++) {
      const cell = (row[c] ?? '').trim();
      if (cell === '') continue;
      p.filled[c] = (p.filled[c] ?? 0) + 1;
      if (parseMonths(cell) !== null) p.numbers[c] = (p.numbers[c] ?? 0) + 1;
      if (typeof parseRank(cell) === 'number') p.ranks[c] = (p.ranks[c] ?? 0) + 1;
    }
  }
  return p;
}

const mostly = (count: number | undefined, filled: number | undefined): boolean =>
  (filled ?? 0) > 0 && (count ?? 0) * 2 > (filled ?? 0);

/** Months: the right-most free column where most non-empty cells are numbers. */
function monthsByContent(p: Profile, taken: readonly (number | null)[]): number | null {
  for (let c = p.filled.length - 1; c >= 0; c--) {
    if (!taken.includes(c) && mostly(p.numbers[c], p.filled[c])) return c;
  }
  return null;
}

/** Rank: the left-most free column left of the months where most non-empty cells are ranks. */
function rankByContent(
  p: Profile,
  months: number,
  taken: readonly (number | null)[],
): number | null {
  for (let c = 0; c < months; c++)
    if (!taken.includes(c) && mostly(p.ranks[c], p.filled[c])) return c;
  return null;
}

/** Name: the free column with the most cells that are not numbers (left-most on a tie). */
function nameByContent(p: Profile, taken: readonly (number | null)[]): number | null {
  let best: number | null = null;
  let bestText = 0;
  for (let c = 0; c < p.filled.length; c++) {
    const text = (p.filled[c] ?? 0) - (p.numbers[c] ?? 0);
    if (!taken.includes(c) && text > bestText) {
      best = c;
      bestText = text;
    }
  }
  return best;
}

/** How many rows after the first to look at: fewer when rows are wide. */
function sampleSize(first: readonly string[], rest: readonly (readonly string[])[]): number {
  let width = Math.min(first.length, MAX_COLUMNS);
  for (let i = 0; i < rest.length && i < MAX_SAMPLE_ROWS; i++) {
    width = Math.max(width, Math.min(rest[i]?.length ?? 0, MAX_COLUMNS));
  }
  return Math.max(1, Math.min(MAX_SAMPLE_ROWS, Math.floor(CELL_BUDGET / width)));
}

const isNumber = (cells: readonly string[], c: number | null): boolean =>
  c !== null && parseMonths(cells[c] ?? '') !== null;

/**
 * The first row is a header when none of its value cells is a number: not the months column found
 * by keyword or by content, not the rank column; with no value column, when none of its cells is.
 * Then keywords name the columns and content fills the gaps; without a header, content alone.
 */
export function findLayout(
  firstRow: readonly string[],
  rest: readonly (readonly string[])[],
): Layout {
  const first = firstRow.slice(0, MAX_COLUMNS);
  const sample = rest.length > 0 ? rest.slice(0, sampleSize(first, rest)) : [first];
  const p = profile(sample);
  const named = namedColumns(first);
  const contentMonths = monthsByContent(p, []);
  const contentRank = contentMonths === null ? null : rankByContent(p, contentMonths, []);
  const rankCell = contentRank === null ? '' : (first[contentRank] ?? '');
  const isHeader =
    named.months === null && contentMonths === null
      ? first.every((cell) => parseMonths(cell) === null)
      : !isNumber(first, named.months) &&
        !isNumber(first, contentMonths) &&
        typeof parseRank(rankCell) !== 'number';
  const known = isHeader ? named : { rank: null, name: null, months: null };
  const months = known.months ?? monthsByContent(p, [known.rank, known.name]);
  if (months === null)
    return { header: isHeader ? first : null, columns: null, problem: 'no-value-column' };
  const rank = known.rank ?? rankByContent(p, months, [months, known.name]);
  const name = known.name ?? nameByContent(p, [months, rank]);
  const header = isHeader ? first : null;
  if (name === null) return { header, columns: null, problem: 'no-name-column' };
  return { header, columns: { rank, name, months }, problem: null };
}
