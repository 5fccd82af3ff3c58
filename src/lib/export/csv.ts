// A typed table → CSV text for spreadsheets (pure): UTF-8 with a BOM so Excel reads accents right,
// `,` with decimal points, or `;` with decimal commas for French Excel; text that a spreadsheet
// would run as a formula neutralised as OWASP recommends; numbers left as numbers.
import Papa from 'papaparse';
import type { Cell, ExportTable } from './table';

export type Dialect = 'comma' | 'semicolon';

/** The byte order mark: Excel reads the file as UTF-8 only when it starts with one. */
export const BOM = '\uFEFF';

/** First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA = /^[=+\-@\t\r]/;
/** A cell this module neutralised: a quote, then a formula character. */
const NEUTRALISED = /^'[=+\-@\t\r]/;

/**
 * Text a spreadsheet would run as a formula → the same text after a single quote; papaparse then
 * quotes the cell. Papaparse's own `escapeFormulae` is not used: its default pattern
 * `/^[=+\-@\t\r].*$/` lets a value through when a line break follows the first character
 * (`.` does not cross lines), and it would neutralise a negative number written with a decimal
 * comma (`-1,5`), which is text to it. Here only text columns are neutralised.
 */
export function neutralise(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** A number at full precision (shortest form that reads back the same), with `,` if asked. */
function number(value: number, dialect: Dialect): string {
  if (!Number.isFinite(value)) return '';
  const s = String(value);
  return dialect === 'semicolon' ? s.replace('.', ',') : s;
}

function cell(value: Cell, type: 'number' | 'text', dialect: Dialect): string {
  if (value === null) return '';
  if (type === 'number' && typeof value === 'number') return number(value, dialect);
  return neutralise(String(value));
}

/** The table as CSV: BOM, header row of labels, CRLF line ends. */
export function toCsv(table: ExportTable, dialect: Dialect): string {
  const fields = table.columns.map((c) => neutralise(c.label));
  const data = table.rows.map((row) => table.columns.map((c) => cell(row[c.key], c.type, dialect)));
  const csv = Papa.unparse(
    { fields, data },
    {
      delimiter: dialect === 'semicolon' ? ';' : ',',
      newline: '\r\n',
      escapeFormulae: false,
      quotes: (value: unknown) => typeof value === 'string' && NEUTRALISED.test(value),
    },
  );
  return `${BOM}${csv}\r\n`;
}
