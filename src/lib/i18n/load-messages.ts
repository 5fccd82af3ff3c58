// The shape of the words for loading a person's own table (components/load/): the control, the
// check panel, the report, the banner and a message per reason a load gave no table. Part of
// `LaterMessages` (messages.ts): the controls load after the first screen, with those words.
// Counts, sizes, names and addresses come in as arguments, already formatted where they are numbers.
import type { Delimiter } from '../data/detect';
import type { Format } from './format';
import type { DecimalMark, Direction, LoadError, LoadProgress, Unit } from '../load/types';

/** A known file format that is not a text table (LoadError 'not-text'). */
export type NotTextFormat = Extract<LoadError, { kind: 'not-text' }>['format'];

export interface LoadMessages {
  load: {
    /** The button that opens the panel. */
    open: string;
    close: string;
    heading: string;
    /** Under the heading: what the page takes, and that nothing leaves the browser. */
    intro: string;
    /** The file input's label. */
    file: string;
    /** The paste box's label and hint. */
    paste: string;
    pasteHint: string;
    /** Reads the text pasted in the box. */
    readPasted: string;
    /** The name a pasted table is given. */
    pastedName: string;
    /** The overlay shown while a file is dragged over the page. */
    drop: string;
    /** Several files dropped: the first is read (its name, how many were dropped). */
    severalFiles: (name: string, count: string) => string;
    /** The progress bar's label, and what it reads for each phase. */
    progress: string;
    phase: Record<LoadProgress['phase'], string>;
    /** Its text: an amount already formatted ("1,2 Mo", "35 000 lignes"), of a total or not. */
    progressText: (phase: string, done: string, total: string | null) => string;
    bytes: (n: string) => string;
    rows: (n: string) => string;
    cancel: string;
    /** The file that is being read, or was. */
    reading: (name: string) => string;
    check: {
      heading: string;
      encoding: string;
      separator: string;
      decimal: string;
      headerRows: string;
      name: string;
      value: string;
      rank: string;
      /** The rank column's choice of none. */
      noRank: string;
      /** A column without a header name: "Colonne 3" (1-based). */
      column: (n: number) => string;
      label: string;
      labelHint: string;
      unit: string;
      direction: string;
      /** Next to a choice equal to what was detected. */
      detected: string;
      apply: string;
    };
    /** "UTF-8 avec BOM" (an encoding's name is the same in every language: ENCODING_NAMES). */
    withBom: (encoding: string) => string;
    delimiters: Record<Delimiter, string>;
    decimals: Record<DecimalMark, string>;
    units: Record<Unit, string>;
    directions: Record<Direction, string>;
    /** Several numeric columns and no header naming one: the page asks. */
    ask: {
      heading: string;
      text: string;
      confirm: string;
    };
    preview: {
      caption: (shown: number) => string;
    };
    report: {
      heading: string;
      /** "144 écoles lues dans x.csv.", "1 école lue dans x.csv." */
      read: (schools: number, name: string, f: Format) => string;
      skipped: (n: string) => string;
      duplicates: (n: string) => string;
      suspicious: (n: string) => string;
      ranks: (n: string) => string;
      none: string;
      /** More items in one list than it shows. */
      more: (n: string) => string;
    };
    banner: {
      shown: (name: string, schools: string) => string;
      local: string;
      back: string;
      check: string;
    };
    /** The published ranking is shown again. */
    backDone: string;
    /** After any error: the table shown before stays. */
    kept: string;
    errors: {
      'too-large': (size: string, limit: string) => string;
      'too-many-rows': (rows: string, limit: string) => string;
      'not-text': (format: string) => string;
      empty: string;
      /** The parser's own reason follows. */
      'no-table': string;
      fetch: (url: string, status: string | null) => string;
      cancelled: string;
      failed: (detail: string) => string;
    };
    formats: Record<NotTextFormat, string>;
    /** A size in bytes, already formatted to one decimal: "3,5 Mo". */
    size: (value: string, unit: 'B' | 'KB' | 'MB' | 'GB') => string;
  };
}
