// English words: the whole table's download, and what a CSV's metadata and read-me say of it
// (export/metadata.ts).
import type { DataFileMessages, ValueFacts } from '../data-messages';
import type { Unit } from '../../data/shapes';
import { schoolsOf } from './words';

const UNITS: Record<Unit, string> = {
  months: 'months',
  weeks: 'weeks',
  percent: '%',
  count: '',
  other: '',
};
/** Which values rank before another's, as a definition says it. */
const more = (v: ValueFacts): string => (v.higher ? 'higher' : 'lower');

export const dataFiles: DataFileMessages = {
  dataFiles: {
    whole: (total: string) => `Download the whole table (${schoolsOf(total)}), in ranking order:`,
    metadata: 'Metadata (CSVW, JSON)',
    readme: 'Read me (text)',
    fileWhole: 'full',
    fileReadme: 'README',
    titleShown: (title: string) => `${title}: schools shown`,
    titleWhole: (title: string) => `${title}: whole table`,
    holds: (filter: string, count: string, total: string) =>
      `${filter} · ${count} of ${schoolsOf(total)}`,
    published:
      'The ranking as published; publisher and year of publication not stated by the source, undated edition.',
    own: (name: string) =>
      `A table supplied by the reader (${name}), read in their browser, not the published ranking.`,
    unit: (unit: Unit) => UNITS[unit],
    decimal: '.',
    columns: {
      rank: (v: ValueFacts) =>
        `Competition rank (“1224”): 1 + the number of schools with a strictly ${more(v)} value; tied schools share the best rank and the next rank skips.`,
      name: (v: ValueFacts) =>
        v.own
          ? 'The school’s name as in the file.'
          : 'The school’s name as printed in the ranking (names of the time: ENST Paris is Télécom Paris today).',
      months: (v: ValueFacts) => {
        const unit = UNITS[v.unit];
        const column = v.header === '' ? '' : ` (column “${v.header}” of the source)`;
        return v.own
          ? `${v.name}${unit === '' ? '' : `, in ${unit}`}: the file’s value${column}, exact, decimal point; the ${v.higher ? 'highest' : 'lowest'} ranks first.`
          : `${v.name}: the average time the students spend abroad, in months${column}, the ranking’s exact value, decimal point.`;
      },
      tieSize: () => 'How many schools share this value, this one included (1: no tie).',
      tieFirst: () => 'First position of the tied group (equal to the rank).',
      tieLast: () => 'Last position of the tied group (first position + size − 1).',
      denseRank: (v: ValueFacts) =>
        `Dense rank (“1223”): 1 + the number of distinct values strictly ${more(v)}.`,
      fractionalRank: () =>
        'Fractional rank: the mean of the positions of the tied group (four schools at positions 1 to 4: 2.5).',
      percentile: () =>
        'Percentile rank, 0 to 100, over the whole table of n schools: 100 × (schools ranked below + (tied − 1) / 2) / (n − 1); 100 for a single school.',
      family: (v: ValueFacts) =>
        v.own
          ? 'Family of schools, from the name when the app knows it; “Other schools” otherwise.'
          : 'Family of schools, assigned by hand from the name; “Other schools” when it is not certain.',
      position: () =>
        'Position in ranking order, from 1 to the number of schools; among tied schools, the source file’s order.',
      id: () =>
        'The school’s id in the app: its name simplified, followed by -2, -3… for a repeated name; links name it.',
      current: (v: ValueFacts) =>
        v.own
          ? 'The school’s name today when the app knows it has changed (ENST Paris: Télécom Paris); empty otherwise.'
          : 'The school’s name today when it has changed since the ranking (ENST Paris: Télécom Paris), from the file of current names; empty when the name is unchanged.',
    },
    notes: {
      rank: (v: ValueFacts) =>
        `Rank convention: competition ranking (“1224”): tied schools share the best rank, and the next rank skips as many (four schools 1st, the next one 5th). Ranks are computed from the values${v.own ? '' : ' and agree with those printed in the ranking'}.`,
      quartiles: (q) =>
        `Quartiles: linear interpolation at rank (n − 1) × p of the sorted values (the R-7 method, Hyndman and Fan’s type 7, that of d3-array and of spreadsheets’ QUARTILE.INC), as the page shows them. ${q === null ? 'No value here.' : `Over the ${q.count} values of this file: first quartile ${q.q1}, median ${q.median}, third quartile ${q.q3}.`}`,
      sha: 'SHA-256: the fingerprint of the source table’s text as the app read it; links carry its first 12 digits (v=), to say which data a view was read from.',
      formats: (csvExcel: string, json: string) =>
        `The same table as CSV for French Excel (semicolons, decimal commas): ${csvExcel}; as JSON: ${json}.`,
      formulas:
        'In the CSV files, text that starts with =, +, -, @, a tab or a carriage return is preceded by an apostrophe, so that a spreadsheet does not run it as a formula; numbers are written as they are.',
      order: (whole: boolean) =>
        whole
          ? 'Rows in ranking order (column Position).'
          : 'Rows in the order of the page’s table at the time of export.',
    },
    field: (label: string, value: string) => `${label}: ${value}`,
    labels: {
      file: 'File',
      source: 'Data source',
      sha: 'SHA-256 of the source table',
      created: 'Exported (UTC, ISO 8601)',
      link: 'Link to this view (with the data version)',
      holds: 'Contents',
      columns: 'Columns',
      notes: 'Conventions and methods',
      integer: 'whole number',
      number: 'number',
      text: 'text',
    },
  },
};
