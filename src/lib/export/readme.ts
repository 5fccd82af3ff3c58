// A downloaded table + what is known of it → its read-me (pure): the same facts and sentences as its
// CSVW metadata (metadata.ts), as plain text in the page's language, a line each.
import { neutralise } from './csv';
import {
  DATATYPES,
  holdsOf,
  notes,
  sourceOf,
  titleOf,
  type DataFacts,
  type DataWords,
} from './metadata';
import type { ExportTable } from './table';

/** A line a spreadsheet that opens the text would not run as a formula: one that starts with a
 *  formula's character gets a quote first, as the CSV's cells do (csv.ts `neutralise`). */
export const safeLine = (line: string): string => neutralise(line);

/**
 * The read-me: the title, then a line per fact (file, contents, source, SHA-256, date, link), the
 * columns (header, key, type and unit, definition) and the notes, CRLF line ends. Names a person
 * typed or loaded (a filter's search, a file's name) may start a line: no line starts with a
 * formula's character (`safeLine`).
 */
export function readme(
  table: ExportTable,
  facts: DataFacts,
  words: DataWords,
  count: (n: number) => string,
): string {
  const { labels, field } = words;
  const unit = words.unit(facts.value.unit);
  const type = { integer: labels.integer, number: labels.number, string: labels.text };
  const lines = [
    titleOf(facts, words),
    '',
    field(labels.file, facts.files.csv),
    field(labels.holds, holdsOf(table, facts, words, count)),
    field(labels.source, `${facts.sourceTitle} (${sourceOf(facts, words)})`),
    field(labels.sha, facts.sha256),
    field(labels.created, facts.created.toISOString()),
    field(labels.link, facts.link),
    '',
    labels.columns,
    ...table.columns.map((c) => {
      const kind = [c.key, type[DATATYPES[c.key]], ...(c.key === 'months' && unit ? [unit] : [])];
      return `  ${field(`${neutralise(c.label)} (${kind.join(', ')})`, words.columns[c.key](facts.value))}`;
    }),
    '',
    labels.notes,
    ...notes(table, facts, words, count).map((n) => `  ${n}`),
  ];
  return `${lines
    .flatMap((l) => l.split(/\r\n|\r|\n/))
    .map(safeLine)
    .join('\r\n')}\r\n`;
}
