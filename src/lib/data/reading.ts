// The first rows of a table (+ the person's choices) → how to read it: header rows, columns, the
// value's candidates, its decimal mark, its measure, a preview. Whatever is chosen is kept as is.
import type { DecimalMark, Measure, ReadOptions, Unit } from './shapes';
import { columnsFrom, findLayout, mostly, profile, profileAfter, type Layout } from './columns';
import type { Delimiter } from './detect';
import { MAX_COLUMNS, namedColumns } from './header';
import { cut, guessMeasure, unitOf } from './measure';
import { stripInvisible } from './normalize';
import { parseRank, parseValue } from './number';
import type { Columns, ParseMeta } from './types';

/** Header rows a person may choose, and the most the detection finds. */
export const MAX_HEADER_ROWS = 5;
/** Rows and characters a cell of the preview shows. */
const PREVIEW_ROWS = 8;
const PREVIEW_CHARS = 80;

/** What `findReading` gives: the reading (less the delimiter and lines), and why it has no
 *  columns when it has none. */
export type Found = Omit<ParseMeta, 'delimiter' | 'lines'> & {
  /** Every header row, top to bottom, as read (a row repeating any of them is skipped). */
  headerCells: string[][];
  problem: Layout['problem'];
};

const filledCells = (cells: readonly string[]): number =>
  cells.reduce((n, cell) => (cell.trim() === '' ? n : n + 1), 0);

/**
 * How many rows head the table, found without being told: title rows (one filled cell, above a
 * header, in a table of several columns), the header (see findLayout), then a sub-header line
 * (no name, text in the value cell: `;;(en mois)`). Only the common cases: a data row whose name
 * is empty and value text, just below the header, would be taken for a sub-header.
 */
function headerRowsOf(sample: readonly string[][], width: number): number {
  let titles = 0;
  while (
    width > 1 &&
    titles < MAX_HEADER_ROWS - 1 &&
    titles + 1 < sample.length &&
    filledCells(sample[titles] ?? []) <= 1
  )
    titles++;
  const first = sample[titles] ?? [];
  const layout = findLayout(first, sample.slice(titles + 1));
  if (layout.header === null) return titles;
  const rows = titles + 1;
  const next = sample[rows];
  const columns = layout.columns;
  if (next === undefined || columns === null || rows >= MAX_HEADER_ROWS) return rows;
  const value = (next[columns.months] ?? '').trim();
  const sub =
    (next[columns.name] ?? '').trim() === '' &&
    value !== '' &&
    parseValue(value) === null &&
    (columns.rank === null || typeof parseRank(next[columns.rank] ?? '') !== 'number');
  return sub ? rows + 1 : rows;
}

/** The header's cells as keywords (and the person) see them: per column, the filled cells of the
 *  header rows, top to bottom, joined by a space; a title (one filled cell, above a row of
 *  several) names no column and is left out. With one header row, its cells. */
function headerWords(rows: readonly string[][]): string[] {
  const used = rows.filter(
    (cells, i) => filledCells(cells) > 1 || !rows.slice(i + 1).some((r) => filledCells(r) > 1),
  );
  if (used.length === 1) return (used[0] ?? []).slice(0, MAX_COLUMNS);
  const width = Math.min(Math.max(0, ...used.map((r) => r.length)), MAX_COLUMNS);
  return Array.from({ length: width }, (_, c) =>
    used
      .map((cells) => (cells[c] ?? '').trim())
      .filter((cell) => cell !== '')
      .join(' '),
  );
}

/**
 * The decimal mark of the value column: the mark its numbers use most; when none has one (whole
 * numbers only), a point in a comma-separated table, else a comma (a French table: the seed's).
 */
function decimalOf(rows: readonly string[][], column: number, delimiter: Delimiter): DecimalMark {
  let commas = 0;
  let points = 0;
  for (const cells of rows) {
    const cell = cells[column] ?? '';
    if (parseValue(cell) === null) continue;
    if (cell.includes(',')) commas++;
    else if (cell.includes('.')) points++;
  }
  if (commas !== points) return commas > points ? ',' : '.';
  return delimiter === ',' ? '.' : ',';
}

/** Columns where most filled cells of `rows` are numbers, left to right. */
function numericColumns(rows: readonly string[][], width: number): number[] {
  const p = profile(rows.length > 0 ? rows : [[]]);
  const numeric: number[] = [];
  for (let c = 0; c < width; c++) if (mostly(p.numbers[c], p.filled[c])) numeric.push(c);
  return numeric;
}

/** How many value cells `unitInCells` reads. */
const UNIT_CELLS = 20;

/**
 * The unit the value cells write beside their numbers (« 8 mois », « 45 % »), when those of the
 * first rows that name one all name the same; 'other' when none does or they disagree.
 */
function unitInCells(rows: readonly string[][], column: number): Unit {
  let found: Unit = 'other';
  for (const cells of rows.slice(0, UNIT_CELLS)) {
    const unit = unitOf(cells[column] ?? '');
    if (unit === 'other') continue;
    if (found !== 'other' && unit !== found) return 'other';
    found = unit;
  }
  return found;
}

/** The measure guessed from the value's header cell (or, when its words name no unit, from the
 *  value cells'), in the unit chosen if one was. */
function measureOf(cell: string | null, options: ReadOptions, cells: () => Unit): Measure {
  const guess = guessMeasure(cell);
  if (options.unit !== undefined) return { ...guess, unit: options.unit };
  return guess.unit === 'other' ? { ...guess, unit: cells() } : guess;
}

/**
 * How to read a table from its first non-blank rows (`sample`) and the person's choices: each
 * choice given is kept (header rows cut to 0–5 and to the sample), the rest detected.
 */
export function findReading(
  sample: readonly string[][],
  delimiter: Delimiter,
  options: ReadOptions,
): Found {
  let width = 0;
  for (const cells of sample) width = Math.max(width, Math.min(cells.length, MAX_COLUMNS));
  const chosen = options.headerRows;
  const headerRows =
    chosen === undefined
      ? headerRowsOf(sample, width)
      : Math.min(Math.max(0, Math.floor(chosen) || 0), MAX_HEADER_ROWS, sample.length);
  const headerCells = sample.slice(0, headerRows).map((cells) => cells.slice(0, MAX_COLUMNS));
  const data = sample.slice(headerRows);
  const words = headerRows === 0 ? null : headerWords(headerCells);
  const header = words;
  const named = words === null ? { rank: null, name: null, months: null } : namedColumns(words);
  let columns: Columns | null;
  let problem: Layout['problem'] = null;
  if (options.columns !== undefined) columns = options.columns;
  else {
    // As findLayout profiles: the rows after the header, or after the first row when none.
    const p =
      header === null ? profileAfter(data[0] ?? [], data.slice(1)) : profileAfter(header, data);
    ({ columns, problem } = columnsFrom(named, p));
  }
  const numeric = numericColumns(data.slice(0, 500), width);
  const candidates = numeric.filter((c) => c !== columns?.rank && c !== columns?.name);
  return {
    decimal:
      options.decimal ?? (columns === null ? ',' : decimalOf(data, columns.months, delimiter)),
    headerRows,
    header,
    headerCells,
    width,
    columns,
    numeric,
    ambiguous: options.columns === undefined && named.months === null && candidates.length > 1,
    measure: measureOf(
      columns === null || words === null ? null : (words[columns.months] ?? ''),
      options,
      () => (columns === null ? 'other' : unitInCells(data, columns.months)),
    ),
    preview: data
      .slice(0, PREVIEW_ROWS)
      .map((cells) => cells.slice(0, width).map((c) => cut(stripInvisible(c), PREVIEW_CHARS))),
    problem,
  };
}
