// Text of a ranking table → schools in source order + the problems found, by line. Never throws.
import type { ReadOptions } from './shapes';
import { looksBinary } from './binary';
import { eachRow } from './csv';
import { detectDelimiter } from './detect';
import { pageHeaders, repeatsHeader } from './header';
import { IdNotes } from './id-notes';
import { countLines, lineTextAt } from './lines';
import { emptyMeta } from './meta';
import { cleanName } from './normalize';
import { findReading } from './reading';
import { readSchool, rowState, type Report } from './rows';
import type { ParseMeta, ParseResult, Problem, ProblemKind, School } from './types';

/** Non-blank rows read for the layout guess (it looks at fewer when rows are wide). */
const LAYOUT_ROWS = 501;
/** `progress` is told the rows read every this many rows. */
export const PROGRESS_ROWS = 10_000;

/** Told how many rows have been read, about every PROGRESS_ROWS rows. */
export type Progress = (rowsDone: number) => void;

/** A row of empty or whitespace-only cells (a blank line, or a line of separators). A cell that
 *  starts with a visible ASCII character settles it without trimming (300,000 trims on 100,000 rows). */
function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) {
    const first = cell.charCodeAt(0);
    if ((first > 32 && first < 127) || cell.trim() !== '') return false;
  }
  return true;
}

function failed(kind: ProblemKind, meta: ParseMeta): ParseResult {
  return { schools: [], problems: [{ kind, severity: 'error', line: 0, raw: '' }], meta };
}

/** `parseTable` without its safety net: throws only on a bug (tests call it to find them). */
export function readTable(
  input: string,
  options: ReadOptions = {},
  progress?: Progress,
): ParseResult {
  const bomless = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Only spaces, line ends and separators: nothing to read (and no row-by-row work to find out).
  const nothing = /^[\s;,]*$/.test(bomless);
  // One pass to LF line ends, so mixed LF/CRLF/CR files read as their editor shows them.
  const text = nothing || bomless.indexOf('\r') === -1 ? bomless : bomless.replace(/\r\n?/g, '\n');
  const meta = emptyMeta(countLines(text));
  if (options.delimiter !== undefined) meta.delimiter = options.delimiter;
  if (looksBinary(text)) return failed('binary', meta);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  meta.delimiter = delimiter;
  if (nothing) return failed('empty', meta);

  // Problems found while cutting rows (quotes), and those of the rows themselves.
  const problems: Problem[] = [];
  let line = 0;
  let lineStart = 0;
  const report: Report = (kind, severity, value, expected, unit) => {
    const found: Problem = { kind, severity, line, raw: lineTextAt(text, lineStart) };
    if (value !== undefined) found.value = value.slice(0, 200);
    if (expected !== undefined) found.expected = expected;
    if (unit !== undefined) found.unit = unit;
    problems.push(found);
  };
  let quoteLine = 0;
  const onQuote = (at: number, atStart: number): void => {
    // The layout pass meets the same quote: only the full pass reports it.
    if (at <= quoteLine) return;
    quoteLine = at;
    line = at;
    lineStart = atStart;
    report('unbalanced-quote', 'warning');
  };

  // First pass: the first rows only, to find the header and the columns.
  const sample: string[][] = [];
  eachRow(text, delimiter, (cells) => isBlank(cells) || sample.push(cells) < LAYOUT_ROWS);
  if (sample.length === 0) return failed('empty', meta);
  const { headerCells, problem, ...reading } = findReading(sample, delimiter, options);
  Object.assign(meta, reading);
  const { header, columns, headerRows } = reading;
  meta.header = header === null ? null : header.map((cell) => cleanName(cell.slice(0, 200)));
  // The rows that repeat one of the header rows (a page break) are skipped.
  const headers = pageHeaders(headerCells.filter((cells) => !isBlank(cells)));
  if (columns === null) {
    const hasData = sample.some((cells, i) => i >= headerRows && !repeatsHeader(cells, headers));
    return failed(hasData ? (problem ?? 'no-value-column') : 'no-rows', meta);
  }

  // Second pass: every row, read as it comes (and let go: readSchool keeps no cell array).
  // At most one school a line: sized once, cut to the count at the end (pushing would copy the
  // growing list a dozen times on 100,000 rows).
  const schools = new Array<School>(meta.lines);
  let count = 0;
  const state = rowState({
    columns,
    headers,
    // At most one school a line: the slugs' notes are sized once.
    ids: new IdNotes(meta.lines),
    decimal: options.decimal,
    unit: reading.measure.unit,
    delimiter,
    wide: reading.width > 1,
  });
  let seen = 0;
  eachRow(
    text,
    delimiter,
    (cells, rowLine, rowLineStart) => {
      if (isBlank(cells) || seen++ < headerRows) return;
      if (progress !== undefined && seen % PROGRESS_ROWS === 0) progress(seen);
      line = rowLine;
      lineStart = rowLineStart;
      const school = readSchool(cells, line, state, report, lineStart);
      if (school !== null) schools[count++] = school;
    },
    onQuote,
    true,
  );
  schools.length = count;
  // Ids once every slug is known; a repeat is reported on its own line, after that line's other
  // problems as when it was found row by row (the sort below keeps their order).
  state.ids.settle(schools, (index, firstLine) => {
    const school = schools[index];
    if (school === undefined) return;
    line = school.line;
    lineStart = state.ids.markOf(index);
    report('duplicate', 'warning', school.name, firstLine);
  });
  if (schools.length === 0 && problems.every((p) => p.kind === 'unbalanced-quote'))
    return failed('no-rows', meta);
  problems.sort((a, b) => a.line - b.line);
  return { schools, problems, meta };
}

/**
 * Reads a ranking table (tab, `;` or `,` separated; header rows or not; decimal comma or point).
 * Each choice in `options` is kept (but `encoding`: the text is decoded already), the rest
 * detected; `progress` is told the rows read about every 10,000 rows. Rows that cannot be used
 * become problems; the printed ranks are read, never computed here.
 */
export function parseTable(text: string, options?: ReadOptions, progress?: Progress): ParseResult {
  try {
    return readTable(typeof text === 'string' ? text : '', options ?? {}, progress);
  } catch {
    // Unreachable by design; should a bug slip through, the caller still gets a result.
    return failed('no-value-column', emptyMeta(0));
  }
}
