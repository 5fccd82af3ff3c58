// The shapes of reading a table's text, from the person's choices to what was read and what the
// value measures. Types only, in the pure core so that the parser needs nothing above it;
// src/lib/load/types.ts gives them to the page and the worker with the shapes of loading.
import type { Delimiter } from './detect';
import type { Columns } from './types';

/** What the value column counts: the unit decides how a value is written and which references
 *  apply (the CTI's mobility rules are durations: months and weeks only). */
export type Unit = 'months' | 'weeks' | 'percent' | 'count' | 'other';

/** Which end of the values ranks first. */
export type Direction = 'higher' | 'lower';

/** What the value column measures, as read from its header and as the person may edit it. */
export interface Measure {
  /** The value's name, as the header gives it or as the person wrote it ('' for the unit's own
   *  word from the catalogue: "Mois à l’étranger" for months). Text: never markup. */
  label: string;
  unit: Unit;
  /** 'higher': the largest value ranks first (the published ranking); 'lower': the smallest. */
  direction: Direction;
}

/** The text encodings the reader recognises. UTF-8 and UTF-16 may carry a BOM; a text that is not
 *  valid UTF-8 is read as Windows-1252 (what French Excel saves as "CSV"). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The decimal mark of the value column. */
export type DecimalMark = ',' | '.';

/** The reading choices a person can change; each one left out is detected. */
export interface ReadOptions {
  encoding?: Encoding;
  delimiter?: Delimiter;
  decimal?: DecimalMark;
  /** Rows above the data that are headers (0 to 5). */
  headerRows?: number;
  /** Which column is the name, the value (`months`) and the printed rank (null: none). */
  columns?: Columns;
  /** The value's unit as the person set it: the parser's limit for 'implausible' and its
   *  problems' words follow it (left out: guessed from the value's header). */
  unit?: Unit;
}

/** How a text was read, detected or chosen: everything the check panel shows and lets change. */
export interface Reading {
  delimiter: Delimiter;
  decimal: DecimalMark;
  headerRows: number;
  /** The header's cells, '' where a column has no name; when several rows head the table, each
   *  column's filled cells joined by a space (a title line above the header left out); null when
   *  there is no header. Text: never markup. */
  header: string[] | null;
  /** Columns in the widest of the first rows (at most the parser's limit). */
  width: number;
  /** The columns used; null when no value column could be found. */
  columns: Columns | null;
  /** The columns where most cells are numbers, left to right: the value column's candidates. */
  numeric: number[];
  /** Several columns could be the value and the header names none of them: the person chooses
   *  (the page waits: `<html data-load="ask">`), `columns.months` being the best guess. */
  ambiguous: boolean;
  /** The value's measure guessed from its header cell (label, unit; direction 'higher' unless
   *  the header says otherwise). */
  measure: Measure;
  /** The first rows after the header as cells (at most 8 rows, cells cut to 80 characters). */
  preview: string[][];
}
