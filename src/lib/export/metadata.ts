// A downloaded table + what is known of it → the two files that describe its CSV (pure): a CSVW
// metadata document (W3C "CSV on the Web", `<file>.csv-metadata.json`, the name a CSVW processor
// looks for beside `<file>.csv`) for programs, here, and a read-me in the page's language for
// people (readme.ts, from the same facts and sentences). Both say the same: the source and its SHA-256, which schools and how many, the date of export,
// the link to the view (with `v=`), each column of the CSV with its definition and unit, the rank
// convention and the quartile method. Figures are written exactly (no rounding).
import type { Distribution } from '../analysis/types';
import type { DataFileMessages, QuartileFacts, ValueFacts } from '../i18n/data-messages';
import { neutralise } from './csv';
import type { ColumnKey, ExportTable } from './table';

export type DataWords = DataFileMessages['dataFiles'];

/** The names of the files of one download: the CSV described, its other formats, the two
 *  descriptions. */
export interface DataFiles {
  csv: string;
  csvExcel: string;
  json: string;
  metadata: string;
  readme: string;
}

/** What is known of a downloaded table besides its rows. */
export interface DataFacts {
  /** Every school of the table (in ranking order), or those the filter shows (as the table
   *  shows them). */
  whole: boolean;
  /** The page's title. */
  pageTitle: string;
  /** The ranking's title as its file gives it (the published one), or the reader's file's name. */
  sourceTitle: string;
  /** The reader's own table: its file's name; null for the published ranking. */
  own: string | null;
  /** The SHA-256 of the source table's text, in hex. */
  sha256: string;
  /** The address of the view, with the data's version (`v=`). */
  link: string;
  /** When the files were made. */
  created: Date;
  /** The page's language (BCP 47), the language of every text of the descriptions. */
  lang: string;
  /** The filter in words (the whole table's: « Toutes les écoles »). */
  filter: string;
  /** How many schools the whole table has. */
  total: number;
  /** The quartiles of the file's values (R-7, as the page's: analysis/distribution.ts, the
   *  explorer's `distribution` or `whole`); null when it has no value. */
  quartiles: Pick<Distribution, 'q1' | 'median' | 'q3' | 'count'> | null;
  value: ValueFacts;
  files: DataFiles;
}

/** The CSVW datatype of each column: whole numbers, numbers (a double's shortest form, which may
 *  have an exponent: not `decimal`), and text. */
export const DATATYPES: Readonly<Record<ColumnKey, 'integer' | 'number' | 'string'>> = {
  rank: 'integer',
  name: 'string',
  months: 'number',
  tieSize: 'integer',
  tieFirst: 'integer',
  tieLast: 'integer',
  denseRank: 'integer',
  fractionalRank: 'number',
  percentile: 'number',
  family: 'string',
  position: 'integer',
  id: 'string',
  current: 'string',
};

/** UN/CEFACT common codes of the units that have one (schema.org `unitCode`). */
const UNIT_CODES: Readonly<Partial<Record<ValueFacts['unit'], string>>> = {
  months: 'MON',
  weeks: 'WEE',
  percent: 'P1',
};

/** A number as the CSV writes it (its shortest exact form), with the language's decimal mark. */
export const exact = (value: number, mark: string): string =>
  Number.isFinite(value) ? String(value).replace('.', mark) : '';

/** The quartiles of the file's values, each exact; null for none. */
function quartiles(
  d: DataFacts['quartiles'],
  mark: string,
  count: (n: number) => string,
): QuartileFacts | null {
  if (d === null) return null;
  return {
    q1: exact(d.q1, mark),
    median: exact(d.median, mark),
    q3: exact(d.q3, mark),
    count: count(d.count),
  };
}

/** The notes both descriptions carry, in order. */
export function notes(
  table: ExportTable,
  facts: DataFacts,
  words: DataWords,
  count: (n: number) => string,
) {
  return [
    words.notes.rank(facts.value),
    words.notes.quartiles(quartiles(facts.quartiles, words.decimal, count)),
    words.notes.sha,
    words.notes.order(facts.whole),
    words.notes.formats(facts.files.csvExcel, facts.files.json),
    words.notes.formulas,
  ];
}

export const titleOf = (facts: DataFacts, words: DataWords): string =>
  (facts.whole ? words.titleWhole : words.titleShown)(facts.pageTitle);
export const holdsOf = (
  table: ExportTable,
  facts: DataFacts,
  words: DataWords,
  count: (n: number) => string,
): string => words.holds(facts.filter, count(table.rows.length), count(facts.total));
export const sourceOf = (facts: DataFacts, words: DataWords): string =>
  facts.own === null ? words.published : words.own(facts.own);

/**
 * The CSVW metadata of the CSV `facts.files.csv` (comma-separated, header row, UTF-8): Dublin
 * Core's title, description, source (with its SHA-256) and date of creation, the link to the view
 * (schema.org `url`), the dialect, one column per column of the CSV (its `titles` exactly the
 * CSV's header cell, formula-neutralised as the CSV writes it), `id` as the primary key, and the
 * notes as Web Annotations on the file. Every text is in the page's language (`@language`).
 */
export function csvwMetadata(
  table: ExportTable,
  facts: DataFacts,
  words: DataWords,
  count: (n: number) => string,
): Record<string, unknown> {
  const unit = words.unit(facts.value.unit);
  const code = UNIT_CODES[facts.value.unit];
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': facts.lang }],
    url: facts.files.csv,
    'dc:title': titleOf(facts, words),
    'dc:description': holdsOf(table, facts, words, count),
    'dc:source': {
      'dc:title': facts.sourceTitle,
      'dc:description': sourceOf(facts, words),
      'schema:sha256': facts.sha256,
    },
    'dc:created': { '@value': facts.created.toISOString(), '@type': 'xsd:dateTime' },
    'dc:language': facts.lang,
    'schema:url': facts.link,
    dialect: { encoding: 'utf-8', delimiter: ',', header: true, lineTerminators: ['\r\n'] },
    tableSchema: {
      columns: table.columns.map((c) => ({
        name: c.key,
        titles: neutralise(c.label),
        datatype: DATATYPES[c.key],
        'dc:description': words.columns[c.key](facts.value),
        ...(c.key === 'months' && unit !== '' ? { 'schema:unitText': unit } : {}),
        ...(c.key === 'months' && code !== undefined ? { 'schema:unitCode': code } : {}),
      })),
      primaryKey: 'id',
    },
    notes: notes(table, facts, words, count).map((body) => ({
      type: 'Annotation',
      target: facts.files.csv,
      body,
    })),
  };
}

/** The CSVW metadata as the file's text (JSON, two-space indent, a final line end). Its strings
 *  are kept as they are: a JSON file is not opened as a spreadsheet. */
export const metadataJson = (...args: Parameters<typeof csvwMetadata>): string =>
  `${JSON.stringify(csvwMetadata(...args), null, 2)}\n`;
