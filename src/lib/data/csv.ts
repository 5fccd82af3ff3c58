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

/**
 * `eachRow` for a plain text (see `isPlainText`): what papaparse gives, without its per-row
 * result objects. The next separator is looked for once, not once per line, so a text with few
 * separators is still read in one pass.
 */
function eachPlainRow(text: string, delimiter: Delimiter, visit: RowVisitor): void {
  let nextDelimiter = text.indexOf(delimiter);
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) {
      const cells: string[] = [];
      let cell = start;
      while (nextDelimiter !== -1 && nextDelimiter < end) {
        cells.push(text.slice(cell, nextDelimiter));
        cell = nextDelimiter + 1;
        nextDelimiter = text.indexOf(delimiter, cell);
      }
      cells.push(text.slice(cell, end));
      if (visit(cells, line, start) === false) return;
    }
    start = end + 1;
  }
}

/**
 * Streams the rows of `text` to `visit`, skipping empty lines (a row of one empty cell), so a large
 * table is never held twice. Quoted fields may hold separators, quotes (`""`) and line ends. Line
 * ends: LF when the text has no CR, else the kind papaparse guesses (CRLF or CR). A text without
 * quoted fields is cut by hand, the same way papaparse would, at a fraction of the cost.
 */
export function eachRow(text: string, delimiter: Delimiter, visit: RowVisitor): void {
  if (isPlainText(text, delimiter)) {
    eachPlainRow(text, delimiter, visit);
    return;
  }
  // papaparse drops a leading BOM, so its offsets are one short of ours when there is one.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = new LineCursor(text);
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: text.indexOf('\r') === -1 ? '\n' : undefined,
    header: false,
    step: (result, parser) => {
      const line = lines.lineAt(rowStart);
      // papaparse's cursor is where the next row starts.
      rowStart = result.meta.cursor + shift;
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '') return;
      if (visit(cells, line, lines.start) === false) parser.abort();
    },
  });
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
