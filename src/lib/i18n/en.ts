// English message catalogue: the same keys as the French one (the type makes a missing key an error).
import type { Problem, ProblemKind } from '../data/types';
import type { Messages } from './fr';

type ProblemText = (p: Problem) => string;

const q = (v: string | undefined): string => `“${v ?? ''}”`;

const problems: Record<ProblemKind, ProblemText> = {
  empty: () => 'The text is empty: there is no table to read.',
  binary: () =>
    'This file does not look like a text table (binary bytes): export it as CSV or tab-separated text.',
  'no-value-column': () => 'No column of numbers (the time spent abroad, in months) was found.',
  'no-name-column': () => 'No column of school names was found.',
  'no-rows': () => 'The table has only a header line and no school.',
  'missing-value': () => 'The number of months is missing: the school is left out.',
  'not-a-number': (p) => `${q(p.value)} is not a number of months: the school is left out.`,
  'empty-name': () => 'The school’s name is empty: the line is left out.',
  negative: (p) => `${q(p.value)} months is negative: the school is left out.`,
  implausible: (p) =>
    `${q(p.value)} months is more than any plausible study stay: value kept, please check it.`,
  duplicate: (p) => `This school is already on line ${p.expected ?? '?'}: both lines are kept.`,
  'bad-rank': (p) => `The rank ${q(p.value)} is not a whole number: it is ignored.`,
  'rank-mismatch': (p) =>
    `Printed rank ${p.value ?? '?'}, but the values give rank ${p.expected ?? '?'}.`,
  'rank-missing': (p) =>
    `No printed rank although the value differs from the line above: the values give rank ${p.expected ?? '?'}.`,
};

export const en: Messages = {
  lang: 'en',
  title: 'The most international French engineering schools',
  subtitle: 'Average time students spend abroad, in months: 144 schools ranked.',
  source:
    'Source: overall ranking “les plus ouvertes à l’international” (year of publication not stated).',
  loading: 'Loading the ranking…',
  switchLang: { label: 'Français', hint: 'Afficher en français', code: 'fr' },
  summary: {
    heading: 'In figures',
    schools: 'schools',
    median: 'median',
    mean: 'mean',
    range: 'range',
    rangeValue: (min: string, max: string) => `${min} to ${max}`,
  },
  ranking: {
    heading: 'Every school, in ranking order',
    axis: 'Average time abroad (months)',
    tieLabel: (rank: number, size: string, months: string) =>
      `=${rank} · ${size} schools · ${months}`,
    tieShort: (size: string) => `${size} tied`,
    keys: 'Ranking chart. Up and down arrows: move from school to school; Enter: compare; Escape: leave.',
    rowLabel: (name: string, months: string, rank: string) => `${name}: ${months}, ${rank}`,
    tipRank: (ordinal: string, tied: boolean) => (tied ? `joint ${ordinal}` : ordinal),
    tipSpan: (size: number, first: number, last: number) =>
      `${size} schools tied, positions ${first} to ${last}`,
    tipPercentile: (p: string, below: string, total: string) =>
      `percentile ${p} · ahead of ${below} of the ${total} schools`,
    alt: (n: number, top: string, bottom: string) =>
      `Dot chart: ${n} schools ranked from ${top} to ${bottom}.`,
  },
  histogram: {
    heading: 'How many schools for each length of stay',
    axisX: 'Average time abroad (months)',
    axisY: 'Number of schools',
    binRule: 'Each bar counts the schools from k months included to k + 1 months excluded.',
    bar: (count: string, from: string, to: string) =>
      `${count} school(s) from ${from} to less than ${to}`,
  },
  strip: {
    heading: 'Every school, one dot',
    alt: (n: number, median: string, q1: string, q3: string, mean: string) =>
      `Dot plot of ${n} schools: median ${median}, middle half from ${q1} to ${q3}, mean ${mean}.`,
    median: 'median',
    mean: 'mean',
    box: 'Box: from the 1st to the 3rd quartile (R-7 method), line: median, triangle: mean.',
    brush: 'Drag across the dots to keep only a range of months.',
    clear: 'Clear the range',
  },
  table: {
    heading: 'The table',
    caption: 'Full ranking, sortable by column',
    rank: 'Rank',
    school: 'School',
    months: 'Months abroad',
    family: 'Family',
    percentile: 'Percentile',
    compare: 'Compare',
    tie: 'tied',
    tieTitle: (size: number, first: number, last: number) =>
      `tied with ${size - 1} other school(s), positions ${first} to ${last}: click to show only them`,
    sortBy: (column: string) => `Sort by ${column}`,
  },
  filters: {
    heading: 'Filter',
    search: 'Find a school',
    searchHint: 'Accents and capitals do not matter: “st etienne”, “ponts”…',
    range: 'Months abroad',
    from: 'from',
    to: 'to',
    families: 'Families of schools',
    tiedWith: (name: string) => `Tied with ${name}`,
    clearTie: 'Remove',
    reset: 'Show all',
    count: (shown: string, total: string) => `${shown} of ${total} schools`,
    none: 'No school matches this filter.',
  },
  compare: {
    heading: 'Compare',
    empty: 'Pick up to 5 schools in the table to compare them.',
    full: 'Five schools at most: remove one to add another.',
    pick: (name: string) => `Compare ${name}`,
    remove: (name: string) => `Remove ${name} from the comparison`,
    removeColumn: 'Remove',
    rank: 'Rank',
    tie: 'Tie group',
    tieSpan: (size: number, first: number, last: number) =>
      size > 1 ? `${size} schools, positions ${first} to ${last}` : 'alone at this rank',
    percentile: 'Percentile',
    /** A value's label on a phone's comparison card. */
    cardLabel: (label: string) => `${label}: `,
    rankText: (ordinal: string, tied: boolean) => (tied ? `joint ${ordinal}` : ordinal),
    more: (higher: string, diff: string, lower: string, rankHigher: string, rankLower: string) =>
      `${higher} spends ${diff} more abroad than ${lower}: ${rankHigher} vs ${rankLower}.`,
    same: (a: string, b: string, months: string, rank: string) =>
      `${a} and ${b} are level: ${months}, both ${rank}.`,
  },
  problemsPanel: {
    heading: (n: number) => (n === 1 ? '1 problem in the table' : `${n} problems in the table`),
    line: (line: number) => (line === 0 ? 'File' : `Line ${line}`),
    more: (n: number) => `… and ${n} more problem(s) not shown.`,
    none: 'No school could be read.',
  },
  problems,
};
