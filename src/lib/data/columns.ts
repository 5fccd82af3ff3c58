// First rows of a table → whether the first is a header, and which columns hold rank, name, months.
import { MAX_COLUMNS, namedColumns, type NamedColumns } from './header';
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

/** Per column of a sample: non-empty cells, cells that are numbers, cells that are ranks, how
 *  often a rank is below the rank above it (a column of ranks runs upwards), and the first rank
 *  (0: none); and how many rows were looked at. */
export interface Profile {
  filled: number[];
  numbers: number[];
  ranks: number[];
  drops: number[];
  first: number[];
  rows: number;
}

export function profile(rows: readonly (readonly string[])[]): Profile {
  let width = 0;
  for (const row of rows) width = Math.max(width, Math.min(row.length, MAX_COLUMNS));
  const zeros = (): number[] => new Array<number>(width).fill(0);
  const p: Profile = {
    filled: zeros(),
    numbers: zeros(),
    ranks: zeros(),
    drops: zeros(),
    first: zeros(),
    rows: rows.length,
  };
  const last = zeros();
  for (const row of rows) {
    for (let c = 0; c < Math.min(row.length, MAX_COLUMNS); c++) {
      const cell = (row[c] ?? '').trim();
      if (cell === '') continue;
      p.filled[c] = (p.filled[c] ?? 0) + 1;
      if (parseMonths(cell) !== null) p.numbers[c] = (p.numbers[c] ?? 0) + 1;
      const rank = parseRank(cell);
      if (typeof rank !== 'number') continue;
      p.ranks[c] = (p.ranks[c] ?? 0) + 1;
      if (rank < (last[c] ?? 0)) p.drops[c] = (p.drops[c] ?? 0) + 1;
      if (p.first[c] === 0) p.first[c] = rank;
      last[c] = rank;
    }
  }
  return p;
}

export const mostly = (count: number | undefined, filled: number | undefined): boolean =>
  (filled ?? 0) > 0 && (count ?? 0) * 2 > (filled ?? 0);

/** Months: the right-most free column where most non-empty cells are numbers. */
function monthsByContent(p: Profile, taken: readonly (number | null)[]): number | null {
  for (let c = p.filled.length - 1; c >= 0; c--) {
    if (!taken.includes(c) && mostly(p.numbers[c], p.filled[c])) return c;
  }
  return null;
}

/** Ranks as a ranking prints them: from the top (the first no larger than the rows looked at,
 *  plus the first row, which a header-less profile leaves out) and upwards (at most one in 20 below the rank above it). A count or a year is not: `120, 340`,
 *  `2020, 2021, 2020`. */
const ascending = (p: Profile, c: number): boolean =>
  (p.first[c] ?? 0) <= p.rows + 1 && 20 * (p.drops[c] ?? 0) <= (p.ranks[c] ?? 0);

/** Rank: the left-most free column left of the months where most non-empty cells are ranks, and
 *  run upwards. */
function rankByContent(
  p: Profile,
  months: number,
  taken: readonly (number | null)[],
): number | null {
  for (let c = 0; c < months; c++)
    if (!taken.includes(c) && mostly(p.ranks[c], p.filled[c]) && ascending(p, c)) return c;
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
export function sampleSize(first: readonly string[], rest: readonly (readonly string[])[]): number {
  let width = Math.min(first.length, MAX_COLUMNS);
  for (let i = 0; i < rest.length && i < MAX_SAMPLE_ROWS; i++) {
    width = Math.max(width, Math.min(rest[i]?.length ?? 0, MAX_COLUMNS));
  }
  return Math.max(1, Math.min(MAX_SAMPLE_ROWS, Math.floor(CELL_BUDGET / width)));
}

const isNumber = (cells: readonly string[], c: number | null): boolean =>
  c !== null && parseMonths(cells[c] ?? '') !== null;

/** The columns that keywords leave unnamed, filled by content (see findLayout). */
export function columnsFrom(
  named: NamedColumns,
  p: Profile,
): { columns: Columns | null; problem: Layout['problem'] } {
  const months = named.months ?? monthsByContent(p, [named.rank, named.name]);
  if (months === null) return { columns: null, problem: 'no-value-column' };
  const rank = named.rank ?? rankByContent(p, months, [months, named.name]);
  const name = named.name ?? nameByContent(p, [months, rank]);
  if (name === null) return { columns: null, problem: 'no-name-column' };
  return { columns: { rank, name, months }, problem: null };
}

/**
 * Whether `first` is a header, judged against the profile of the rows after it: none of its value
 * cells is a number: not the months column found by keyword or by content, not the rank column;
 * with no value column, when none of its cells is.
 */
export function isHeaderRow(first: readonly string[], p: Profile): boolean {
  const named = namedColumns(first);
  const contentMonths = monthsByContent(p, []);
  const contentRank = contentMonths === null ? null : rankByContent(p, contentMonths, []);
  const rankCell = contentRank === null ? '' : (first[contentRank] ?? '');
  return named.months === null && contentMonths === null
    ? first.every((cell) => parseMonths(cell) === null)
    : !isNumber(first, named.months) &&
        !isNumber(first, contentMonths) &&
        typeof parseRank(rankCell) !== 'number';
}

/** The profile of the rows after the first (of the first itself when alone), fewer when wide. */
export function profileAfter(
  first: readonly string[],
  rest: readonly (readonly string[])[],
): Profile {
  return profile(rest.length > 0 ? rest.slice(0, sampleSize(first, rest)) : [first]);
}

/**
 * The first row is a header when `isHeaderRow` says so. Then keywords name the columns and content
 * fills the gaps; without a header, content alone.
 */
export function findLayout(
  firstRow: readonly string[],
  rest: readonly (readonly string[])[],
): Layout {
  const first = firstRow.slice(0, MAX_COLUMNS);
  const p = profileAfter(first, rest);
  const header = isHeaderRow(first, p) ? first : null;
  const named = header === null ? { rank: null, name: null, months: null } : namedColumns(first);
  return { header, ...columnsFrom(named, p) };
}
