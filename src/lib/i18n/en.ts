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
  download: {
    chart: (title: string) => `Download the chart “${title}”`,
    label: 'Download:',
    svg: 'SVG image',
    png: 'PNG image',
    table: 'Download the schools shown, in the table’s order:',
    csv: 'CSV (commas)',
    csvExcel: 'CSV for French Excel (;)',
    json: 'JSON data',
    working: (file: string) => `Preparing ${file}…`,
    saved: (file: string) => `Downloaded: ${file}`,
    failed: (file: string) => `Could not prepare ${file}.`,
    subtitle: (filter: string, count: string) => `${filter} · ${count}`,
    link: (url: string) => `Link: ${url}`,
    filter: {
      all: 'All schools',
      some: (parts: string[]) => `Filter: ${parts.join('; ')}`,
      query: (q: string) => `search “${q}”`,
      between: (from: string, to: string) => `${from} to ${to}`,
      atLeast: (months: string) => `at least ${months}`,
      atMost: (months: string) => `at most ${months}`,
      families: (labels: string[]) =>
        `${labels.length === 1 ? 'family' : 'families'}: ${labels.join(', ')}`,
      tiedWith: (name: string) => `tied with ${name}`,
    },
    legend: {
      dot: 'Dot: the average time a school’s students spend abroad, in months',
      band: 'Shaded band: tied schools (same months, same rank)',
      bar: 'Bar: number of schools from k months included to k + 1 months excluded',
      stripDot: 'Dot: one school, at its number of months',
      stripOut: 'Pale dot: a school outside the filter',
      picked: (name: string) => `${name} (picked for comparison)`,
    },
    files: {
      base: 'schools-abroad',
      ranking: 'ranking',
      histogram: 'histogram',
      strip: 'dot-plot',
      table: 'table',
      semicolon: 'semicolon',
    },
    columns: {
      rank: 'Rank',
      name: 'School',
      months: 'Months abroad',
      tieSize: 'Tied (number of schools)',
      tieFirst: 'Tie (first position)',
      tieLast: 'Tie (last position)',
      denseRank: 'Dense rank',
      fractionalRank: 'Fractional rank',
      percentile: 'Percentile',
      family: 'Family',
      position: 'Position',
      id: 'Id',
    },
  },
  share: {
    heading: 'Share this view',
    copyLink: 'Copy the link',
    linkCopied: 'Link copied to the clipboard.',
    linkField: 'Link to this view',
    manual: 'Could not copy automatically: the text is selected, copy it (Ctrl+C or ⌘+C).',
    embedHeading: 'Embed in another page',
    embedKind: 'View to embed',
    kinds: {
      ranking: 'Ranking (chart)',
      distribution: 'Distribution (histogram and dots)',
      table: 'Table',
      school: 'One school (the first picked)',
      compare: 'Comparison (picked schools)',
    },
    copyEmbed: 'Copy the embed code',
    embedCopied: 'Embed code copied to the clipboard.',
    embedField: 'Embed code',
    embedHint:
      'A frame (iframe) and a small script (embed.js) that gives it the height of its content. This view’s filter, picked schools, language and theme come along.',
    needsPick: 'Pick at least one school in the table first.',
  },
  embed: {
    titles: {
      ranking: 'Average time abroad, school by school',
      distribution: 'Average time abroad: the distribution',
      table: 'The ranking as a table',
      school: 'One school in the ranking',
      compare: 'Schools compared',
    },
    frameTitle: (title: string) => `${title} (the most international French engineering schools)`,
    fullApp: 'Open in the full explorer',
    newTab: '(new tab)',
    noSchool: 'No school picked.',
    card: {
      months: 'Average time abroad',
      rank: 'Rank',
      tie: 'Tie group',
      percentile: 'Percentile',
      ahead: (p: string, below: string, total: string) =>
        `${p}, ahead of ${below} of the ${total} schools`,
    },
  },
  problemsPanel: {
    heading: (n: number) => (n === 1 ? '1 problem in the table' : `${n} problems in the table`),
    line: (line: number) => (line === 0 ? 'File' : `Line ${line}`),
    more: (n: number) => `… and ${n} more problem(s) not shown.`,
    none: 'No school could be read.',
  },
  problems,
};
