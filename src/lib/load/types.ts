// The shapes a person's own table goes through, from the bytes they hand the page to the explorer:
// what was read and how (encoding, separator, decimal mark, header, columns), what the value
// measures, and the messages between the page and the worker that reads it. Types only: no code,
// so that the page, the worker and the build share them without sharing a module's weight.
import type { Delimiter } from '../data/detect';
import type { Columns, ParseResult } from '../data/types';
import type { Dataset } from '../ranked';

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

/** The published ranking's measure: months abroad, more is better, the catalogue's words. */
export const PUBLISHED_MEASURE: Measure = { label: '', unit: 'months', direction: 'higher' };

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
}

/** How a text was read, detected or chosen: everything the check panel shows and lets change. */
export interface Reading {
  delimiter: Delimiter;
  decimal: DecimalMark;
  headerRows: number;
  /** The header's cells (its last row when several), '' where a column has no name; null when
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

/** Where a table comes from. */
export type LoadSource =
  /** A file picked or dropped. */
  | { kind: 'file'; file: Blob; name: string }
  /** Text pasted, or a text read before and read again with other choices. */
  | { kind: 'text'; text: string; name: string }
  /** A same-origin address (`?data=`), fetched by the worker. */
  | { kind: 'url'; url: string; name: string };

/** Why a load gave no table. Each is worded for a person in both languages by the page. */
export type LoadError =
  /** Over the size limit: refused before a byte was read. */
  | { kind: 'too-large'; bytes: number; limit: number }
  /** More lines than the row limit: refused once decoded, before it is parsed. */
  | { kind: 'too-many-rows'; rows: number; limit: number }
  /** Not a text table: a known binary format (an image, a spreadsheet, a PDF, an archive), or
   *  binary data. */
  | {
      kind: 'not-text';
      format: 'png' | 'jpeg' | 'gif' | 'pdf' | 'xlsx' | 'xls' | 'zip' | 'gzip' | 'binary';
    }
  /** Nothing in it: no byte, or only spaces and separators. */
  | { kind: 'empty' }
  /** Read, but no school could be taken from it: the parser's whole-text problem says why. */
  | { kind: 'no-table'; problem: ParseResult['problems'][number] }
  /** The address could not be fetched (another origin, not found, network). */
  | { kind: 'fetch'; url: string; status: number | null }
  /** The person cancelled. The table shown before stays. */
  | { kind: 'cancelled' }
  /** A failure nobody foresaw, caught: the page says so and keeps the table it had. */
  | { kind: 'failed'; detail: string };

/** A table read: its text, how it was read, and its dataset (ranks and distribution included). */
export interface LoadResult {
  name: string;
  /** The decoded text (kept to read it again with other choices, and to save it). */
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** The size of what was read, in bytes. */
  bytes: number;
  reading: Reading;
  /** The measure used: the options' one when given, else the reading's guess. */
  measure: Measure;
  parsed: ParseResult;
  dataset: Dataset;
}

/** How far a load has got, for the progress bar. */
export interface LoadProgress {
  phase: 'read' | 'parse' | 'rank';
  /** Bytes read (read) or rows parsed (parse); `total` is its end, or null when unknown. */
  done: number;
  total: number | null;
}
