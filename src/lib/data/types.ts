// The shapes that flow out of parsing: text of a table → schools + problems. No DOM, no Svelte.
import type { Reading, Unit } from './shapes';

/** One school as read from a ranking table. */
export interface School {
  /** Stable id, unique within one table: a slug of the name, suffixed `-2`, `-3`… for repeats. */
  id: string;
  /** The name as written in the file, trimmed, inner runs of spaces collapsed. */
  name: string;
  /** The value ranked (the published ranking's average time abroad, in months; in a person's own
   *  table, whatever its value column measures: see Measure), as a number. */
  months: number;
  /** The rank printed on this row, or null where the cell is empty (the row is tied with the one above). */
  printedRank: number | null;
  /** 1-based line of the source text where the row starts. */
  line: number;
}

/**
 * A school as the parser makes it: a School with room, left undefined, for the three fields a
 * ranking gives it (analysis/types.ts RankedSchool: `position`, `rank`, `tie`). The first ranking
 * of a parse fills that room in place rather than copying every school (on 100,000 schools the
 * copies were a third of what parse + ranks + distribution allocated, and their garbage collection
 * a good part of the time); a later ranking copies, so a ranking's schools never change under it.
 * JSON, `toEqual` and the School type do not see a field left undefined.
 */
export interface ParsedSchool extends School {
  position: undefined;
  rank: undefined;
  tie: undefined;
}

/** What went wrong with one line (or, for line 0, with the whole text). */
export type ProblemKind =
  /** The text is empty or only blank lines. */
  | 'empty'
  /** The text looks like binary data (NUL or control bytes), not a table. */
  | 'binary'
  /** No column of numbers could be found: the table cannot be read. */
  | 'no-value-column'
  /** No column of names could be found. */
  | 'no-name-column'
  /** Only a header, no data row. */
  | 'no-rows'
  /** The value cell is empty. The row is skipped. */
  | 'missing-value'
  /** The value cell is not a number (e.g. `n.c.`, `NaN`, `12abc`). The row is skipped. */
  | 'not-a-number'
  /** The name cell is empty. The row is skipped. */
  | 'empty-name'
  /** A negative value. The row is skipped. */
  | 'negative'
  /** More than the unit allows (`expected`: over 60 months, 260 weeks, 100 %). The row is kept. */
  | 'implausible'
  /** A name over 200 characters, cut to 200 (`…` last). The row is kept. */
  | 'long-name'
  /** A line without the table's separator (`value`: the separator), in a table of several columns:
   *  it cannot be cut into cells (written with another separator?). The row is skipped. */
  | 'no-separator'
  /** A quote opens a cell on this line and is never closed (or is followed by text): from this
   *  line on, quotes are read as plain text so that no row is swallowed. The rows are kept. */
  | 'unbalanced-quote'
  /** The same school (name compared without case or accents) appears again. The row is kept. */
  | 'duplicate'
  /** The rank cell holds something that is not a whole number. The rank is ignored; the row is kept. */
  | 'bad-rank'
  /** The printed rank differs from the rank computed from the values. */
  | 'rank-mismatch'
  /** No rank printed, but the value differs from the row above, so the row cannot be tied with it. */
  | 'rank-missing';

export type Severity = 'error' | 'warning';

export interface Problem {
  kind: ProblemKind;
  /** 'error': the row (or the file) could not be used; 'warning': the row is kept. */
  severity: Severity;
  /** 1-based line number in the source text; 0 when the problem concerns the whole text. */
  line: number;
  /** The raw text of that line, cut to 200 characters ('' for line 0). */
  raw: string;
  /** The offending cell or value, as text, when there is one (e.g. `n.c.`, `-3`, the printed rank). */
  value?: string;
  /** For rank problems: the rank computed from the values; for duplicates: the line of the first
   *  occurrence; for 'implausible' in another unit than months: the unit's limit. */
  expected?: number;
  /** For a value's problems, the unit of the value when it is not months (the words change). */
  unit?: Exclude<Unit, 'months'>;
}

/** Which column holds what (0-based indexes into a row). */
export interface Columns {
  rank: number | null;
  name: number;
  months: number;
}

/** How the text was read (see Reading: delimiter, decimal mark, header rows, columns, measure,
 *  preview…), and how many lines it has. */
export interface ParseMeta extends Reading {
  /** Number of lines in the text. */
  lines: number;
}

export interface ParseResult {
  schools: School[];
  problems: Problem[];
  meta: ParseMeta;
}
