// English words: the problems found in the table: the panel, and the words for each kind.
import type { ProblemMessages } from '../messages';

/** A value as quoted in a sentence. */
const q = (v: string | undefined): string => `“${v ?? ''}”`;

const problems: ProblemMessages['problems'] = {
  empty: () => 'The text is empty: there is no table to read.',
  binary: () =>
    'This file does not look like a text table (binary bytes): export it as CSV or tab-separated text.',
  'no-value-column': () => 'No column of numbers (the time spent abroad, in months) was found.',
  'no-name-column': () => 'No column of school names was found.',
  'no-rows': () => 'The table has only a header line and no school.',
  'missing-value': (p) =>
    `The ${p.unit ? 'value' : 'number of months'} is missing: the school is left out.`,
  'not-a-number': (p) =>
    `${q(p.value)} is not a number${p.unit === undefined ? ' of months' : ''}: the school is left out.`,
  'empty-name': () => 'The school’s name is empty: the line is left out.',
  negative: (p) =>
    `${q(p.value)}${p.unit === undefined ? ' months' : ''} is negative: the school is left out.`,
  implausible: (p) =>
    `${q(p.value)}${p.unit ? ` is over ${p.expected ?? '?'}` : ' months is more than any plausible study stay'}: value kept, please check it.`,
  duplicate: (p) => `This school is already on line ${p.expected ?? '?'}: both lines are kept.`,
  'bad-rank': (p) => `The rank ${q(p.value)} is not a whole number: it is ignored.`,
  'rank-mismatch': (p) =>
    `Printed rank ${p.value ?? '?'}, but the values give rank ${p.expected ?? '?'}.`,
  'rank-missing': (p) =>
    `No printed rank although the value differs from the line above: the values give rank ${p.expected ?? '?'}.`,
  'long-name': () => 'Name over 200 characters, cut.',
  'no-separator': (p) =>
    `No ${p.value === '\t' ? 'tab' : q(p.value)} separator: the line is left out.`,
  'unbalanced-quote': () => 'Quote not closed: from here on, quotes are read as text.',
};

export const problemWords: ProblemMessages = {
  problemsPanel: {
    heading: (count, n) => (n === 1 ? '1 problem in the table' : `${count} problems in the table`),
    line: (line: number) => (line === 0 ? 'File' : `Line ${line}`),
    /** English sets no space before a colon: « Line 7: ». */
    separator: ': ',
    next: (count, n) => (n === 1 ? 'Show the next problem' : `Show the next ${count} problems`),
    more: (count, n) =>
      n === 1 ? '… and 1 more problem not shown.' : `… and ${count} more problems not shown.`,
    none: 'No school could be read.',
  },
  problems,
};
