// English words: loading one's own table (components/load/): the control, the check panel, the
// report, the banner, and why a load gave no table.
import type { LoadMessages } from '../load-messages';
import { schoolsOf } from './words';

export const load: LoadMessages = {
  load: {
    open: 'Load a table',
    close: 'Close',
    heading: 'Explore your own table',
    intro:
      'A CSV, TSV or text file (a school name and a value on each line), or cells copied from a spreadsheet. Nothing is sent: the table stays in this browser.',
    file: 'Choose a file',
    paste: 'Or paste the table here',
    pasteHint: 'Copy the cells in your spreadsheet, then paste them here, or anywhere on the page.',
    readPasted: 'Read the pasted text',
    pastedName: 'Pasted table',
    drop: 'Drop the file here to explore it',
    severalFiles: (name, count) => `${count} files dropped: only the first, ${name}, is read.`,
    progress: 'Reading the table',
    phase: { read: 'Reading', parse: 'Parsing', rank: 'Ranking' },
    progressText: (phase, done, total) =>
      total === null ? `${phase}: ${done}` : `${phase}: ${done} of ${total}`,
    bytes: (n) => n,
    rows: (n) => `${n} lines`,
    cancel: 'Cancel',
    reading: (name) => `File: ${name}`,
    check: {
      heading: 'How the table was read',
      encoding: 'Encoding',
      separator: 'Separator',
      decimal: 'Decimal mark',
      headerRows: 'Header lines',
      name: 'Name column',
      value: 'Value column',
      rank: 'Printed rank column',
      noRank: 'None',
      column: (n) => `Column ${n}`,
      label: 'Name of the value',
      labelHint: 'As the charts will show it.',
      unit: 'Unit',
      direction: 'Ranking',
      detected: '(detected)',
      apply: 'Apply',
    },
    withBom: (encoding) => `${encoding} with BOM`,
    delimiters: { '\t': 'Tab', ';': 'Semicolon (;)', ',': 'Comma (,)' },
    decimals: { ',': 'Comma (8,5)', '.': 'Decimal point (8.5)' },
    units: {
      months: 'Months',
      weeks: 'Weeks',
      percent: 'Percentage (%)',
      count: 'Count',
      other: 'Other',
    },
    directions: {
      higher: 'Highest value first',
      lower: 'Lowest value first',
    },
    ask: {
      heading: 'Which column is the value to rank?',
      text: 'Several columns hold numbers and the header names none of them: choose the one that ranks the schools.',
      confirm: 'Explore with this column',
    },
    preview: {
      caption: (shown) => (shown === 1 ? 'The first line read' : `The first ${shown} lines read`),
    },
    report: {
      heading: 'Reading report',
      read: (schools, name, f) => `${schoolsOf(f.count(schools))} read from ${name}.`,
      skipped: (n) => `Lines left out: ${n}`,
      duplicates: (n) => `Duplicates: ${n}`,
      suspicious: (n) => `Values to check: ${n}`,
      ranks: (n) => `Printed ranks that disagree with the values: ${n}`,
      none: 'No problem: every line was read.',
      more: (n) => `… and ${n} more.`,
    },
    banner: {
      shown: (name, schools) => `You are exploring your table “${name}”: ${schoolsOf(schools)}.`,
      local: 'Nothing is sent: it stays in this browser.',
      back: 'Back to the published ranking',
      check: 'Check the reading',
    },
    backDone: 'The published ranking is shown again.',
    kept: 'The table shown before stays.',
    errors: {
      'too-large': (size, limit) =>
        `This file is ${size}, over the limit of ${limit}: it was not read.`,
      'too-many-rows': (rows, limit) =>
        `This file has ${rows} lines, over the limit of ${limit}: it was not read.`,
      'not-text': (format) =>
        `This file is ${format}, not a text table: save it as CSV (or tab-separated text) and load that file.`,
      empty: 'The file is empty: there is no table to read.',
      'no-table': 'No school could be read.',
      fetch: (url, status) =>
        status === null
          ? `The table ${url} could not be fetched (another site’s address, or the network).`
          : `The table ${url} could not be fetched (error ${status}).`,
      cancelled: 'Loading cancelled.',
      failed: (detail) => `Reading failed unexpectedly (${detail}).`,
    },
    formats: {
      png: 'a PNG image',
      jpeg: 'a JPEG image',
      gif: 'a GIF image',
      pdf: 'a PDF document',
      xlsx: 'an Excel workbook (.xlsx)',
      xls: 'an old Excel workbook (.xls)',
      zip: 'a ZIP archive',
      gzip: 'a gzip archive',
      binary: 'a binary file',
      markup: 'a web page (HTML) or XML',
      json: 'a JSON data file',
    },
    size: (value, unit) => `${value} ${unit}`,
  },
};
