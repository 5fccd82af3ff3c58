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
    tipRank: (ordinal: string, tied: boolean) => (tied ? `${ordinal}, tied` : ordinal),
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
    rankText: (ordinal: string, tied: boolean) => (tied ? `${ordinal}, tied` : ordinal),
    more: (higher: string, diff: string, lower: string, rankHigher: string, rankLower: string) =>
      `${higher} spends ${diff} more abroad than ${lower}: ${rankHigher} vs ${rankLower}.`,
    same: (a: string, b: string, months: string, rank: string) =>
      `${a} and ${b} are level: ${months}, both ${rank}.`,
  },
  rules: {
    heading: 'What the rules say',
    intro:
      'The Commission des titres d’ingénieur (CTI), the body that accredits engineering schools, frames time abroad like this:',
    compulsory:
      'A stay abroad is compulsory during the engineering cycle; in five-year schools, part of it may take place in the preparatory years if the school supervises it. International students are exempt.',
    immersion:
      'The stay is individual and immersive: online courses, projects with foreign students and other activities “at home” do not replace it.',
    apprentices: (minimum: number, recommended: number) =>
      `Apprentices: at least ${minimum} weeks abroad (study, work or research); the CTI recommends ${recommended}. For other students, this text sets no length.`,
    recognition:
      'Study abroad: a learning agreement is signed before leaving; the ECTS credits earned there are recognised automatically on return, with no extra exam.',
    gapYear:
      'A gap year remains the student’s choice: the school must neither impose it nor push towards it for the stay abroad.',
    doubleDegree:
      'A double degree often adds one or two semesters; it appears in the diploma supplement, not in the title of the degree.',
    soft: 'Travel time by train, bus, car sharing or bike (“soft mobility”) may count towards the stay, as the school’s regulations say.',
    ask: 'Questions to ask a school (the CTI asks them too): are credits recognised automatically? Does the stay lengthen the course? What happens to those who cannot go?',
    average:
      'The ranking gives each school an average over all its students, while the CTI’s minimums apply to every student: an average above a threshold does not prove that everyone reaches it.',
    dates:
      'The CTI text cites a 2023 law and a 2024 decree; the ranking is undated and uses old school names (ENST Paris, SUPELEC): these rules may not have applied yet.',
    source: (file: string) =>
      `Source: CTI (Commission des titres d’ingénieur), R&O reference framework, “Mobilités internationales” (document ${file}).`,
    more: 'The text’s other points',
    toggle: 'CTI thresholds on the charts',
    conversion: (perMonth: string, a: string, am: string, b: string, bm: string) =>
      `Thresholds: ${a} weeks (apprentices’ minimum) and ${b} weeks (recommended), dotted. Conversion: 1 month = 52/12 ≈ ${perMonth} weeks, so ${a} weeks ≈ ${am} months and ${b} weeks ≈ ${bm} months, rounded to one decimal on the charts.`,
    below: (weeks: number, months: string, n: string, total: string) =>
      `Under ${weeks} weeks (≈ ${months}): ${n} of the ${total} schools shown`,
    line: (weeks: number, months: string) => `${weeks} wk ≈ ${months}`,
    alt: (a: string, b: string) => `CTI thresholds, dotted: ${a} and ${b}.`,
  },
  names: {
    now: (name: string) => `Today: ${name}`,
  },
  profile: {
    open: (name: string) => `See the profile of ${name}`,
    dialog: (name: string) => `Profile of ${name}`,
    close: 'Close the profile',
    months: 'Average time abroad',
    rank: 'Rank',
    percentile: 'Percentile',
    percentileText: (p: string, below: string, total: string) =>
      `${p}: ahead of ${below} of the ${total} schools`,
    family: 'Family',
    above: 'Just above',
    below: 'Just below',
    more: (months: string, gap: string) => `${months}, ${gap} more`,
    fewer: (months: string, gap: string) => `${months}, ${gap} fewer`,
    tied: (others: number) =>
      others === 1 ? 'tied with 1 other school' : `tied with ${others} other schools`,
    top: 'none: top of the ranking',
    bottom: 'none: bottom of the ranking',
    ctiHeading: 'Against the CTI thresholds',
    belowMinimum: (months: string, weeks: number, approx: string) =>
      `${months} on average: less than the apprentices’ minimum of ${weeks} weeks (≈ ${approx}).`,
    belowRecommended: (months: string, weeks: number, approx: string) =>
      `${months} on average: more than the apprentices’ minimum, less than the ${weeks} weeks recommended (≈ ${approx}).`,
    meetsRecommended: (months: string, weeks: number, approx: string) =>
      `${months} on average: at least the ${weeks} weeks the CTI recommends (≈ ${approx}).`,
    perStudent:
      'This is an average over all the school’s students: it does not say that each of them spent that long abroad.',
    sourcedHeading: 'What the school says about itself',
    gapAverage: (own: string, ranking: string, gap: string) =>
      `The school states ${own} on average; the ranking gives it ${ranking}: a gap of ${gap}.`,
    sameAverage: (own: string) => `The school states ${own} on average, as the ranking does.`,
    gapMinimum: (weeks: number, own: string, ranking: string, gap: string, above: boolean) =>
      `The school requires at least ${weeks} weeks abroad (≈ ${own}); the ranking gives it ${ranking} on average, ${gap} ${above ? 'more' : 'less'} than that minimum.`,
    conversion: '1 month = 52/12 weeks.',
    quote: 'Text of the source',
    source: (title: string, file: string) => `Source: ${title} (document ${file}).`,
    dates:
      'These are the figures the school publishes today; the ranking is undated: they may not cover the same years.',
  },
  problemsPanel: {
    heading: (n: number) => (n === 1 ? '1 problem in the table' : `${n} problems in the table`),
    line: (line: number) => (line === 0 ? 'File' : `Line ${line}`),
    more: (n: number) => `… and ${n} more problem(s) not shown.`,
    none: 'No school could be read.',
  },
  problems,
};
