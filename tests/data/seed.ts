// The published ranking as text, and helpers that rewrite it the ways people save tables.
import { readFileSync } from 'node:fs';

export const SEED = readFileSync(
  new URL('../../data/classement-ecoles-ingenieurs-international.txt', import.meta.url),
  'utf8',
);

/** The seed's lines split into cells (a blank line gives no cells). */
export const SEED_ROWS: string[][] = SEED.split('\n').map((line) =>
  line === '' ? [] : line.split('\t'),
);

const isHeader = (cells: readonly string[]): boolean => cells[0] === 'Rang';

/** One CSV field, quoted when it holds the separator, a quote or a line end. */
export function csvField(cell: string, separator: string): string {
  const quote = cell.includes(separator) || /["\r\n]/.test(cell);
  return quote ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows written back as CSV text. */
export function toCsv(rows: readonly string[][], separator: string, newline = '\n'): string {
  return rows
    .map((cells) => cells.map((c) => csvField(c, separator)).join(separator))
    .join(newline);
}

/** The seed's rows with each data row's cells rewritten by `f` (header and blank rows kept). */
export function mapDataRows(f: (cells: string[], index: number) => string[]): string[][] {
  let index = 0;
  return SEED_ROWS.map((cells) =>
    cells.length === 0 || isHeader(cells) ? cells : f(cells, index++),
  );
}

/** The seed's rows without the two header lines. */
export const SEED_ROWS_WITHOUT_HEADER = SEED_ROWS.filter((cells) => !isHeader(cells));
