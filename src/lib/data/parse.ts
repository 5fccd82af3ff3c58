// Text of a ranking table → schools in source order + the problems found, by line. Never throws.
import { looksBinary } from './binary';
import { findLayout } from './columns';
import { eachRow } from './csv';
import { detectDelimiter } from './detect';
import { headerMatcher } from './header';
import { Identities } from './identity';
import { countLines, lineTextAt } from './lines';
import { cleanName } from './normalize';
import { readSchool, type Report, type RowState } from './rows';
import type { ParseMeta, ParseResult, Problem, ProblemKind, School } from './types';

/** Non-blank rows read for the layout guess (it looks at fewer when rows are wide). */
const LAYOUT_ROWS = 501;

/** A row of empty or whitespace-only cells (a blank line, or a line of separators). */
function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

function failed(kind: ProblemKind, meta: ParseMeta): ParseResult {
  return { schools: [], problems: [{ kind, severity: 'error', line: 0, raw: '' }], meta };
}

/** `parseTable` without its safety net: throws only on a bug (tests call it to find them). */
export function readTable(input: string): ParseResult {
  const bomless = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Only spaces, line ends and separators: nothing to read (and no row-by-row work to find out).
  const nothing = /^[\s;,]*$/.test(bomless);
  // One pass to LF line ends, so mixed LF/CRLF/CR files read as their editor shows them.
  const text = nothing || bomless.indexOf('\r') === -1 ? bomless : bomless.replace(/\r\n?/g, '\n');
  const meta: ParseMeta = { delimiter: '\t', header: null, columns: null, lines: countLines(text) };
  if (looksBinary(text)) return failed('binary', meta);
  meta.delimiter = detectDelimiter(text);
  if (nothing) return failed('empty', meta);

  // First pass: the first rows only, to find the header and the columns.
  const sample: string[][] = [];
  eachRow(text, meta.delimiter, (cells) => isBlank(cells) || sample.push(cells) < LAYOUT_ROWS);
  const first = sample[0];
  if (first === undefined) return failed('empty', meta);
  const { header, columns, problem } = findLayout(first, sample.slice(1));
  meta.header = header === null ? null : header.map((cell) => cleanName(cell.slice(0, 200)));
  meta.columns = columns;
  const isHeader = header === null ? () => false : headerMatcher(header);
  const skip = header === null ? 0 : 1;
  if (columns === null) {
    const hasData = sample.some((cells, i) => i >= skip && !isHeader(cells));
    return failed(hasData ? (problem ?? 'no-value-column') : 'no-rows', meta);
  }

  // Second pass: every row, read as it comes.
  const schools: School[] = [];
  const problems: Problem[] = [];
  // At most one school a line: the id table is sized once.
  const state: RowState = { columns, isHeader, identities: new Identities(meta.lines) };
  let line = 0;
  let lineStart = 0;
  const report: Report = (kind, severity, value, expected) => {
    const found: Problem = { kind, severity, line, raw: lineTextAt(text, lineStart) };
    if (value !== undefined) found.value = value.slice(0, 200);
    if (expected !== undefined) found.expected = expected;
    problems.push(found);
  };
  let seen = 0;
  eachRow(text, meta.delimiter, (cells, rowLine, rowLineStart) => {
    if (isBlank(cells) || seen++ < skip) return;
    line = rowLine;
    lineStart = rowLineStart;
    const school = readSchool(cells, line, state, report);
    if (school !== null) schools.push(school);
  });
  if (schools.length === 0 && problems.length === 0) return failed('no-rows', meta);
  problems.sort((a, b) => a.line - b.line);
  return { schools, problems, meta };
}

/**
 * Reads a ranking table (tab, `;` or `,` separated; header or not; decimal comma or point).
 * Rows that cannot be used become problems; the printed ranks are read, never computed here.
 */
export function parseTable(text: string): ParseResult {
  try {
    return readTable(typeof text === 'string' ? text : '');
  } catch {
    // Unreachable by design; should a bug slip through, the caller still gets a result.
    const meta: ParseMeta = { delimiter: '\t', header: null, columns: null, lines: 0 };
    return failed('no-value-column', meta);
  }
}
