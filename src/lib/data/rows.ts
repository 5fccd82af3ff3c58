// One data row's cells → a school, or the problem that stops it, plus the warnings it deserves.
import type { DecimalMark, Unit } from './shapes';
import { repeatsHeader, type PageHeader } from './header';
import { IdNotes } from './id-notes';
import { cut } from './measure';
import { nameKey, readNameKey, type NameKeyOut } from './normalize';
import { parseRank, parseValue } from './number';
import type { Columns, ParsedSchool, Problem, ProblemKind, Severity } from './types';

/** Above this many months a stay abroad is not believable (five years). */
export const MAX_MONTHS = 60;

/** The largest believable value of each unit (none for a count or another unit): five years of
 *  months or weeks, a whole. */
export const LIMITS: Readonly<Partial<Record<Unit, number>>> = {
  months: MAX_MONTHS,
  weeks: 260,
  percent: 100,
};

/** Names are cut to this many characters (the last being `…`). */
export const MAX_NAME = 200;

export type Report = (
  kind: ProblemKind,
  severity: Severity,
  value?: string,
  expected?: number,
  unit?: Problem['unit'],
) => void;

/** What rows share while a table is read. */
export interface RowState {
  columns: Columns;
  /** The header rows: a row that repeats one (a page break) is skipped without a word. */
  headers: readonly PageHeader[];
  /** Each school's slug, for its id (given once the table is read: see IdNotes). */
  ids: IdNotes;
  /** The decimal mark chosen by the person; undefined: either mark (detected). */
  decimal?: DecimalMark;
  /** The value's unit (for the limit of 'implausible' and the problems' words). */
  unit: Unit;
  /** The separator, and whether the table has several columns (a line without it is then a
   *  'no-separator' problem). */
  delimiter: string;
  wide: boolean;
  /** The last value cell read and its value (ties repeat a value row after row: it is read once);
   *  undefined before the first row. Set from the start, so that the object keeps one shape: see
   *  `rowState` and `keptRowState`. */
  lastCell: string | undefined;
  lastValue: number | null | undefined;
}

/** What a table's RowState starts from: all but the last value cell read. */
export type TableState = Omit<RowState, 'lastCell' | 'lastValue'>;

/**
 * The RowState for a table, every field set here and none added later: V8 gives an object that
 * gains a field a new shape (hidden class), one that dies with the parse's last object of it.
 */
export function rowState(table: TableState): RowState {
  const { columns, headers, ids, decimal, unit, delimiter, wide } = table;
  return {
    columns,
    headers,
    ids,
    decimal,
    unit,
    delimiter,
    wide,
    lastCell: undefined,
    lastValue: undefined,
  };
}

/**
 * One RowState kept for the module's life, never read. V8 lets a shape go once every object of it
 * has died, and with it the optimized code of every function that read such objects: without it,
 * each parse after the first (the last one's state collected) ran readSchool unoptimized again
 * for thousands of rows, a fifth of the parse (see IdNotes.shapeKeeper).
 */
export const keptRowState: RowState = rowState({
  columns: { rank: null, name: 0, months: 1 },
  headers: [],
  ids: IdNotes.shapeKeeper,
  decimal: undefined,
  unit: 'months',
  delimiter: '\t',
  wide: true,
});

/** Each row's name and slug key, written over by the next row's (see readNameKey). */
const named: NameKeyOut = { name: '', slug: '', hash: 0, folded: null };

/** The name cut to MAX_NAME characters, `…` last. */
const shortened = (name: string): string => `${cut(name, MAX_NAME - 1)}…`;

/**
 * Reads one row; reports problems through `report`; null when the row cannot be used. Only a row
 * that fails (no name, no number) is compared with the header, so good rows cost no folding.
 * The school's id is its slug until `state.ids` settles them (repeats reported then); `lineStart`
 * is noted with it, for that report.
 */
export function readSchool(
  cells: readonly string[],
  line: number,
  state: RowState,
  report: Report,
  lineStart = 0,
): ParsedSchool | null {
  const { columns, unit } = state;
  // The clean name and its slug in one pass (see nameKey).
  readNameKey(cells[columns.name] ?? '', named);
  let name = named.name;
  let key: { slug: string; hash: number; folded: string | null } = named;
  const cell = (cells[columns.months] ?? '').trim();
  // The same text gives the same value (the decimal mark is the table's, for every row).
  const value =
    cell === state.lastCell && state.lastValue !== undefined
      ? state.lastValue
      : parseValue(cell, state.decimal);
  state.lastCell = cell;
  state.lastValue = value;
  if ((name === '' || value === null) && repeatsHeader(cells, state.headers)) return null;
  const other = unit === 'months' ? undefined : unit;
  if (cells.length === 1 && state.wide && value === null) {
    report('no-separator', 'error', state.delimiter);
    return null;
  }
  if (name === '') {
    report('empty-name', 'error');
    return null;
  }
  if (cell === '') {
    report('missing-value', 'error', undefined, undefined, other);
    return null;
  }
  if (value === null) {
    report('not-a-number', 'error', cell, undefined, other);
    return null;
  }
  if (value < 0) {
    report('negative', 'error', cell, undefined, other);
    return null;
  }
  const limit = LIMITS[unit];
  if (limit !== undefined && value > limit)
    report('implausible', 'warning', cell, other === undefined ? undefined : limit, other);
  if (name.length > MAX_NAME) {
    name = shortened(name);
    key = nameKey(name).key;
    report('long-name', 'warning', name);
  }
  let printedRank: number | null = null;
  if (columns.rank !== null) {
    const rankCell = cells[columns.rank] ?? '';
    const rank = parseRank(rankCell);
    if (rank === undefined) report('bad-rank', 'warning', rankCell.trim());
    else printedRank = rank;
  }
  state.ids.note(key.hash, key.folded, lineStart);
  // Room for the ranks (see ParsedSchool), so the first ranking fills rather than copies.
  return {
    id: key.slug,
    name,
    months: value,
    printedRank,
    line,
    position: undefined,
    rank: undefined,
    tie: undefined,
  };
}
