// The shapes a person's own table goes through, from the bytes they hand the page to the explorer:
// what was read and how (encoding, separator, decimal mark, header, columns), what the value
// measures, and the messages between the page and the worker that reads it. Types only: no code,
// so that the page, the worker and the build share them without sharing a module's weight.
import type { Encoding, Measure, Reading } from '../data/shapes';
import type { ParseResult } from '../data/types';
import type { Dataset } from '../ranked';

export type {
  DecimalMark,
  Direction,
  Encoding,
  Measure,
  ReadOptions,
  Reading,
  Unit,
} from '../data/shapes';

/** The published ranking's measure: months abroad, more is better, the catalogue's words. */
export const PUBLISHED_MEASURE: Measure = { label: '', unit: 'months', direction: 'higher' };

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
  /** Not a text table: a known binary format (an image, a spreadsheet, a PDF, an archive),
   *  binary data, or text of another kind (a web page or XML, JSON data). */
  | {
      kind: 'not-text';
      format:
        | 'png'
        | 'jpeg'
        | 'gif'
        | 'pdf'
        | 'xlsx'
        | 'xls'
        | 'zip'
        | 'gzip'
        | 'binary'
        | 'markup'
        | 'json';
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
  /** The SHA-256 of `text` (links and embeds carry it: embed/version.ts), worked out where the
   *  table was read: in the worker, the page's thread hashes no 3.5 MB text. */
  sha256?: string;
}

/** How far a load has got, for the progress bar. */
export interface LoadProgress {
  phase: 'read' | 'parse' | 'rank';
  /** Bytes read (read) or rows parsed (parse); `total` is its end, or null when unknown. */
  done: number;
  total: number | null;
}
