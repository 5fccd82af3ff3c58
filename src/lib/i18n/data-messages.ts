// The shape of the words of the data downloads' descriptions (issue 15, part 7): the whole table's
// download group, and what a CSV's metadata (CSVW JSON) and read-me (text) say of it: its source,
// its columns with their definitions and units, the rank convention, the quartile method. Part of
// `LaterMessages` (messages.ts); each language's words are `<code>/data-files.ts`. Names, counts
// and figures come in as arguments, already formatted: never written here.
import type { Unit } from '../data/shapes';
import type { ColumnKey } from '../export/table';

/** What a column's definition needs of the value the table ranks. */
export interface ValueFacts {
  /** Its name as the page shows it (the column's header in the download). */
  name: string;
  /** The value column's header as the source file gives it ('' for none). */
  header: string;
  unit: Unit;
  /** Whether the largest value ranks first (the published ranking), else the smallest. */
  higher: boolean;
  /** A table the reader brought, not the published ranking. */
  own: boolean;
}

/** The quartiles of the values of a file, already formatted at full precision. */
export interface QuartileFacts {
  q1: string;
  median: string;
  q3: string;
  /** How many values they are taken over, formatted. */
  count: string;
}

export interface DataFileMessages {
  dataFiles: {
    /** The whole table's download group: how many schools (formatted), in the ranking's order. */
    whole: (total: string) => string;
    /** The buttons of the two files that describe a CSV. */
    metadata: string;
    readme: string;
    /** Words of the files' names: the whole table's (slugged), the read-me's (kept as written,
     *  ASCII letters only: `…-tableau.LISEZMOI.txt`). */
    fileWhole: string;
    fileReadme: string;
    /** A file's title (`dc:title`): the page's title and which schools it holds. */
    titleShown: (title: string) => string;
    titleWhole: (title: string) => string;
    /** Which schools it holds (`dc:description`): the filter in words, how many of how many. */
    holds: (filter: string, count: string, total: string) => string;
    /** The published ranking as a source: what the source says, and does not, of itself. */
    published: string;
    /** A reader's own table as a source: its file's name. */
    own: (name: string) => string;
    /** The unit's word as a read-me and a column's unit give it ('' for none). */
    unit: (unit: Unit) => string;
    /** The decimal mark of the figures written in the descriptions' sentences. */
    decimal: string;
    /** Each column's definition, for the value the table ranks. */
    columns: Record<ColumnKey, (v: ValueFacts) => string>;
    /** The notes every description carries. */
    notes: {
      /** The rank convention (competition ranking, « 1224 »). */
      rank: (v: ValueFacts) => string;
      /** The quartile method, and the quartiles of the file's values; null for no value. */
      quartiles: (q: QuartileFacts | null) => string;
      /** What the SHA-256 is of, and what links carry of it. */
      sha: string;
      /** The same table in other formats: the files' names. */
      formats: (csvExcel: string, json: string) => string;
      /** Text cells a spreadsheet would run as a formula. */
      formulas: string;
      /** The order of the rows: the table's (shown) or the ranking's (whole). */
      order: (whole: boolean) => string;
    };
    /** A read-me line: a label and its value (« Fichier : … », "File: …"). */
    field: (label: string, value: string) => string;
    /** The read-me's labels, one per line or section. */
    labels: {
      file: string;
      source: string;
      sha: string;
      created: string;
      link: string;
      holds: string;
      columns: string;
      notes: string;
      /** How a column's type is said: a whole number, a number, text. */
      integer: string;
      number: string;
      text: string;
    };
  };
}
