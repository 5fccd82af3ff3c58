// Text + separator → rows of cells, each with the 1-based line it starts on (papaparse reads CSV).
import Papa from 'papaparse';
import { LineCursor } from './lines';
import type { Delimiter } from './detect';

export interface CsvRow {
  /** The cells as papaparse reads them: quotes removed, `""` unescaped, nothing trimmed. */
  cells: string[];
  /** 1-based line of the text where the row starts (quoted cells may span lines). */
  line: number;
}

/** Called for each row with its line and that line's start offset; returning false stops. */
export type RowVisitor = (cells: string[], line: number, lineStart: number) => boolean | undefined;

/**
 * True when papaparse would read `text` as plain lines cut at every separator: LF line ends only,
 * no BOM, and no field that opens with a quote (a quote anywhere else is plain text to papaparse,
 * like the quotes in the seed's header).
 */
export function isPlainText(text: string, delimiter: Delimiter): boolean {
  if (text.indexOf('\r') !== -1 || text.charCodeAt(0) === 0xfeff) return false;
  // Each quote, found by a single-character search (fast), is looked at with what comes before it.
  for (let q = text.indexOf('"'); q !== -1; q = text.indexOf('"', q + 1)) {
    const before = q === 0 ? '\n' : text[q - 1];
    if (before === '\n' || before === delimiter) return false;
  }
  return true;
}

/** Below this length V8 copies a slice (above, it points into the text); equal short cells are
 *  then worth sharing. */
const SHORT_CELL = 13;

/**
 * The text of the cell from `start` to `end`; `above`, the cell of the row above in the same
 * column (lent arrays only), when it is short and written the same: a ranked table's ties repeat
 * their value row after row, and each would otherwise be a new copy of the same few characters.
 */
function cellText(text: string, start: number, end: number, above: string | undefined): string {
  return above !== undefined &&
    above.length === end - start &&
    end - start < SHORT_CELL &&
    text.startsWith(above, start)
    ? above
    : text.slice(start, end);
}

/**
 * `eachRow` for a plain text (see `isPlainText`), from offset `from` (the start of line `line`):
 * what papaparse gives, without its per-row result objects. The next separator is looked for once,
 * not once per line, so a text with few separators is still read in one pass. Returns false when
 * `visit` stopped it. `lent`: one array, refilled for every row (see `eachRow`).
 */
function eachPlainRow(
  text: string,
  delimiter: Delimiter,
  visit: RowVisitor,
  from = 0,
  firstLine = 1,
  lent = false,
): boolean {
  let nextDelimiter = text.indexOf(delimiter, from);
  let line = firstLine;
  const shared: string[] = [];
  for (let start = from; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) {
      const cells = lent ? shared : [];
      // Cells written by index over the last row's: no new array, and no shrinking and regrowing
      // of its store as `length = 0` would do.
      let n = 0;
      let cell = start;
      while (nextDelimiter !== -1 && nextDelimiter < end) {
        cells[n] = cellText(text, cell, nextDelimiter, cells[n]);
        n++;
        cell = nextDelimiter + 1;
        nextDelimiter = text.indexOf(delimiter, cell);
      }
      cells[n] = cellText(text, cell, end, cells[n]);
      n++;
      if (cells.length !== n) cells.length = n;
      if (visit(cells, line, start) === false) return false;
    }
    start = end + 1;
  }
  return true;
}

/** Told the line (and its start) where a quote opens a cell that is never closed properly. */
export type QuoteReport = (line: number, lineStart: number) => void;

/**
 * Streams the rows of `text` to `visit`, skipping empty lines (a row of one empty cell), so a large
 * table is never held twice. Quoted fields may hold separators, quotes (`""`) and line ends. Line
 * ends: LF when the text has no CR, else the kind papaparse guesses (CRLF or CR). A text without
 * quoted fields is cut by hand, the same way papaparse would, at a fraction of the cost.
 *
 * A quote that opens a cell and is never closed (or is closed in the middle of a cell) would make
 * papaparse swallow every following line into one cell: from the row where it happens, the rest of
 * the text is read with quotes as plain text instead (cut at LF line ends: the parser's text has
 * no other), and `onQuote` is told that row's line.
 *
 * `lent`: `visit` only reads the cells while it runs and keeps none of its arrays, so the plain
 * cutter may hand it the same array each time, refilled (a 100,000-row table then makes one array
 * instead of 100,000, a third of what the parse would allocate).
 */
export function eachRow(
  text: string,
  delimiter: Delimiter,
  visit: RowVisitor,
  onQuote?: QuoteReport,
  lent = false,
): void {
  if (isPlainText(text, delimiter)) {
    eachPlainRow(text, delimiter, visit, 0, 1, lent);
    return;
  }
  // papaparse drops a leading BOM, so its offsets are one short of ours when there is one.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = new LineCursor(text);
  let rowStart = shift;
  /** Where the rest is read as plain text, after a quote gone wrong (-1: nowhere). */
  let plainFrom = -1;
  let plainLine = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: text.indexOf('\r') === -1 ? '\n' : undefined,
    header: false,
    step: (result, parser) => {
      const line = lines.lineAt(rowStart);
      if (result.errors.some((e) => e.type === 'Quotes')) {
        plainFrom = lines.start;
        plainLine = line;
        onQuote?.(line, lines.start);
        parser.abort();
        return;
      }
      // papaparse's cursor is where the next row starts.
      rowStart = result.meta.cursor + shift;
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '') return;
      if (visit(cells, line, lines.start) === false) parser.abort();
    },
  });
  if (plainFrom !== -1) eachPlainRow(text, delimiter, visit, plainFrom, plainLine, lent);
}

/** All the rows of `text` at once (see `eachRow`). */
export function readRows(text: string, delimiter: Delimiter): CsvRow[] {
  const rows: CsvRow[] = [];
  eachRow(text, delimiter, (cells, line) => {
    rows.push({ cells, line });
    return true;
  });
  return rows;
}
