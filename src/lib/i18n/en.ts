// English message catalogue: the same keys as the French one (the type makes a missing key an error).
import type { Problem, ProblemKind } from '../data/types';
import type { Messages } from './fr';
import type { AtLeast, End, LargestTie, Shared, SpanEnds } from '../analysis/insights';
import type { RankedSchool } from '../analysis/types';
import type { Format } from './format';

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

/** "1 school", "144 schools". */
const enSchools = (n: number, f: Format): string =>
  n === 1 ? '1 school' : `${f.count(n)} schools`;
/** "1 other school", "31 other schools". */
const enOthers = (n: number, f: Format): string =>
  n === 1 ? '1 other school' : `${f.count(n)} other schools`;
/** The months a group of schools spans: "from 12 to 10 months", or "all at 12 months". */
const enSpan = (e: End, f: Format): string =>
  e.from === e.to ? `all at ${f.months(e.to)}` : `from ${f.number(e.from)} to ${f.months(e.to)}`;
/** What a cut through a tie leaves out, or the end of the sentence. */
const enCut = (e: End, size: number, where: string, f: Format): string =>
  e.tiedBeyond === 0
    ? '.'
    : `; ${e.tiedBeyond === 1 ? '1 more school' : `${f.count(e.tiedBeyond)} more schools`} at ${f.months(e.cut)}, tied with the ${f.ordinal(size)}${where}, ${e.tiedBeyond === 1 ? 'is' : 'are'} left out of these ${f.count(size)}.`;
/** A school's rank: "8th", "tied 34th". */
const enRank = (s: RankedSchool, f: Format): string =>
  `${s.tie.size > 1 ? 'tied ' : ''}${f.ordinal(s.rank)}`;
/** A school's months and rank: "10.5 months, 8th", "6 months, tied 34th". */
const enAt = (s: RankedSchool, f: Format): string => `${f.months(s.months)}, ${enRank(s, f)}`;

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
    /** How to pick (or drop) the row under the pointer, the finger or the keys. */
    tipPick: (how: 'mouse' | 'touch' | 'keys', picked: boolean) =>
      `${{ mouse: 'Click', touch: 'Tap again', keys: 'Press Enter' }[how]} to ${picked ? 'remove from the comparison' : 'compare'}`,
    alt: (n: number, top: string, bottom: string) =>
      `Dot chart: ${n} schools ranked from ${top} to ${bottom}.`,
  },
  histogram: {
    heading: 'How many schools for each length of stay',
    axisX: 'Average time abroad (months)',
    axisY: 'Number of schools',
    binRule: 'Each bar counts the schools from k months included to k + 1 months excluded.',
    brush: 'Drag across the bars to keep only a range of months.',
    bar: (count: string, from: string, to: string) =>
      `${count} ${count === '1' ? 'school' : 'schools'} from ${from} to less than ${to}`,
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
    keys: 'Dot plot. Left and right arrows: from one duration to the next; up and down: within a duration; Enter: compare; Escape: leave, then clear the range.',
    picked: 'in the comparison',
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
      `tied with ${size === 2 ? '1 other school' : `${size - 1} other schools`}, positions ${first} to ${last}: click to show only them`,
    sortBy: (column: string) => `Sort by ${column}`,
    sort: 'Sort by',
    sortChoice: (column: string, order: string) => `${column}, ${order}`,
    orders: {
      rank: { asc: 'first to last', desc: 'last to first' },
      name: { asc: 'A to Z', desc: 'Z to A' },
      months: { asc: 'fewest first', desc: 'most first' },
      family: { asc: 'A to Z', desc: 'Z to A' },
      percentile: { asc: 'lowest first', desc: 'highest first' },
    },
    details: (family: string, percentile: string) =>
      family === '' ? `percentile\u00a0${percentile}` : `${family}, percentile\u00a0${percentile}`,
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
    empty:
      'Pick up to 5 schools: here, in the table (the check boxes) or in the ranking (click a row).',
    /** The panel with nothing picked and nowhere to pick from (an embedded comparison). */
    none: 'No school is picked for comparison.',
    add: 'Add a school',
    addHint: 'Type a name, then choose from the list (arrow keys and Enter).',
    noMatch: 'No school matches.',
    /** A school of the pick list known today by another name. */
    nowCalled: (name: string) => `now ${name}`,
    added: (name: string, n: number, max: number) =>
      `${name} added to the comparison (${n} of ${max}).`,
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
  insights: {
    heading: 'Key points',
    methodLink: 'How these figures are computed: method and limits',
    one: (s: RankedSchool, rankingSize: number, f: Format) =>
      `${s.name}: ${f.months(s.months)} on average, ${f.ordinal(s.rank)} of ${enSchools(rankingSize, f)}, ` +
      (s.tie.size > 1
        ? `tied with ${enOthers(s.tie.size - 1, f)} (places ${s.tie.first} to ${s.tie.last}).`
        : 'the only school at this value.'),
    atLeast: ({ months, count, total, share }: AtLeast, f: Format) => {
      const stay = `abroad for ${f.months(months)} or more on average.`;
      if (count === 0) return `None of the ${enSchools(total, f)} sends its students ${stay}`;
      if (count === total) return `All ${enSchools(total, f)} send their students ${stay}`;
      const sends = count === 1 ? 'sends its' : 'send their';
      return `${f.count(count)} of ${enSchools(total, f)} (${f.percent(share)}) ${sends} students ${stay}`;
    },
    largestTie: (t: LargestTie, f: Format) => {
      const { group } = t;
      const places = `places ${group.first} to ${group.last}`;
      const same =
        t.sameSize === 0
          ? ''
          : t.sameSize === 1
            ? '; one other group is as large'
            : `; ${f.count(t.sameSize)} other groups are as large`;
      const who = `${enSchools(t.size, f)} at ${f.months(t.months)}, all ranked ${f.ordinal(group.first)}`;
      return t.size === group.size
        ? `The largest group of tied schools: ${who} (${places})${same}.`
        : `The largest group of tied schools here: ${who}, like ${enOthers(group.size - t.size, f)} in the ranking (${places})${same}.`;
    },
    noTie: (total: number, f: Format) =>
      `No two of these ${enSchools(total, f)} have the same length of stay.`,
    tieSpan: ({ first, last, months }: LargestTie, f: Format) =>
      `${first.name} (place ${first.position}) and ${last.name} (place ${last.position}) do not differ at all: ${f.months(months)} each, and the same rank, ${f.ordinal(first.rank)}.`,
    top: (e: End, size: number, f: Format) =>
      `The first ${f.count(size)} schools by place: ${enSpan(e, f)}${enCut(e, size, '', f)}`,
    bottom: (e: End, size: number, f: Format) =>
      `The last ${f.count(size)} schools by place: ${enSpan(e, f)}${enCut(e, size, ' from the end', f)}`,
    span: ({ total, first, last, gap }: SpanEnds, f: Format) =>
      `Between the first of these ${enSchools(total, f)}, ${first.name} (${enAt(first, f)}), and the last, ${last.name} (${enAt(last, f)}): a gap of ${f.months(gap)}.`,
    shared: ({ tied, alone, total, share }: Shared, f: Format) => {
      const other = 'with at least one other school in the ranking';
      if (tied === 0)
        return `None of these ${enSchools(total, f)} shares its rank with another school in the ranking.`;
      if (alone === 0) return `All ${enSchools(total, f)} share their rank ${other}.`;
      const shares = tied === 1 ? 'shares its' : 'share their';
      const only = alone < tied ? 'only ' : '';
      const own =
        alone === 1
          ? `${only}1 has a rank of its own`
          : `${only}${f.count(alone)} have a rank of their own`;
      return `${f.count(tied)} of these ${enSchools(total, f)} (${f.percent(share)}) ${shares} rank ${other}; ${own}.`;
    },
  },
  method: {
    link: 'Method and limits',
    heading: 'Method and limits',
    docTitle: (title: string) => `Method and limits · ${title}`,
    back: 'Back to the ranking',
    intro:
      'Where the figures come from, what they measure and what they do not tell: read this before quoting a rank. Every number on this page is computed from the table.',
    source: {
      heading: 'The source',
      titleLabel: 'Title of the ranking (in French)',
      valueLabel: 'Value column (in French)',
      unknown: 'Neither the publisher nor the year of publication is stated: we do not know them.',
      file: 'File',
      sha: 'SHA-256 fingerprint',
      shaNote:
        'computed in your browser from the very text this page shows: one byte changed in the file would change it.',
      schools: 'Schools read',
      checked: (problems: number, f: Format) =>
        'The printed ranks are not copied: the app recomputes them from the values and compares; ' +
        (problems === 0
          ? 'they agree for every school.'
          : `${problems === 1 ? '1 disagreement is reported' : `${f.count(problems)} disagreements are reported`} at the top of the ranking page.`),
    },
    measure: {
      heading: 'What the “average time abroad” measures',
      what: 'Going by its column’s title, an average over each school’s students: the time they spend abroad during their studies, in months. How it was calculated is not published.',
      notIntro: 'This average says nothing about:',
      spread: (months: number, f: Format) =>
        `the spread within a school: ${f.months(months)} on average (the ranking’s median) may be every student away for ${f.months(months)}, or half of them away for ${f.months(2 * months)} and the other half staying in France;`,
      share: 'the share of students who actually go;',
      activity:
        'what they do abroad (a semester of study, an internship, a double degree) or which country they go to;',
      cost: 'what the stay costs the students, or the grants that help them.',
      unknowns:
        'Nor is it known whether internships and study semesters are counted alike, or whether international students, whom the rules exempt from mobility, are part of the average.',
      rulesHeading: 'What the rules say',
      rules:
        'The CTI (Commission des titres d’ingénieur), which accredits the schools, asks them to make a period abroad compulsory during the engineering cycle; international students are exempt.',
      apprentices: (nine: string, twelve: string) =>
        `For apprentices, mobility lasts at least 9 weeks (${nine}); 12 weeks (${twelve}) are recommended.`,
      minimum:
        'These are minimums per student, while the ranking gives an average per school: a high average does not guarantee that every student reaches the minimum, and the two figures cannot be compared directly. Travel time by low-carbon transport (train, coach) may also count towards the stay, as each school’s rules decide.',
      conversion: (perMonth: string) =>
        `Weeks converted to months at 52/12 ≈ ${perMonth} weeks a month (52 weeks a year, divided by 12), as for the lines on the charts.`,
      cite: 'Source: Commission des titres d’ingénieur (CTI), R&O framework, “Mobilités internationales”.',
    },
    ties: {
      heading: 'How ties are ranked',
      intro:
        'The published ranking gives tied schools the same rank, then skips as many places as there are ties. The app does not copy these ranks: it recomputes them from the values, and computes three other ways of ranking.',
      head: (months: readonly number[], f: Format) =>
        `As an example, the first ${f.count(months.length)} schools of the ranking have ${months.map(f.number).join(', ')} months.`,
      forHead: (values: readonly number[], f: Format) =>
        `For them: ${values.map(f.number).join(', ')}.`,
      competition: 'Competition rank (the published one)',
      competitionDef: '1 + the number of schools with strictly more months.',
      dense: 'Dense rank',
      denseDef: '1 + the number of distinct values strictly greater: no place is skipped.',
      fractional: 'Fractional (or average) rank',
      fractionalDef: 'The mean of the places the tied group takes up.',
      percentile: 'Percentile',
      percentileDef: (n: number, f: Format) =>
        `100 × (n − fractional rank) / (n − 1), with n = ${f.count(n)} schools: the share of the other schools with fewer months, ties counting half.`,
      exampleHeading: (size: number, months: number, f: Format) =>
        `Example: the ${f.count(size)} schools at ${f.months(months)}`,
      exampleIntro: (first: number, last: number) =>
        `This is the largest group of tied schools in the ranking: it takes up places ${first} to ${last}. Each of its schools has the rank:`,
      exCompetition: (rank: number, f: Format) =>
        `${f.count(rank)}, as ${enSchools(rank - 1, f)} have more months`,
      exDense: (dense: number, f: Format) =>
        `${f.count(dense)}, as ${f.count(dense - 1)} distinct values are greater`,
      exFractional: (rank: number, first: number, last: number, f: Format) =>
        `${f.number(rank)} = (${first} + ${last}) / 2`,
      exPercentile: (percentile: number, n: number, fractional: number, f: Format) =>
        `${f.number(percentile)} = 100 × (${f.count(n)} − ${f.number(fractional)}) / (${f.count(n)} − 1)`,
      noTie:
        'No school in this table is tied with another: competition, dense and fractional ranks are the same here.',
    },
    quantiles: {
      heading: 'Quartiles and histogram',
      method:
        'The median and the quartiles are read from the values sorted in ascending order, at position (n − 1) × p + 1, interpolating between the two neighbouring values when the position falls between them. This is the R-7 method: that of d3-array (quantile), R’s default, and Excel’s QUARTILE.INC and PERCENTILE.INC. Other methods may give other quartiles.',
      example: (n: number, f: Format) => `Over the ${enSchools(n, f)}:`,
      quantile: (p: number, position: number, value: number, f: Format) =>
        `${p === 0.5 ? 'median' : p < 0.5 ? '1st quartile' : '3rd quartile'}: position ${f.number(position)}, that is ${f.months(value)}`,
      bins: 'Each bar of the histogram counts the schools from k months included to k + 1 months excluded: [k, k + 1).',
      topBin: (max: number, from: number, to: number, count: number, f: Format) =>
        `The last bar follows the same rule: the highest value, ${f.months(max)}, has a bar of its own, [${f.number(from)}, ${f.number(to)}) (${enSchools(count, f)}), instead of being counted with the bar before it.`,
      fraction: (months: number, from: number, to: number, f: Format) =>
        `A value between two whole months counts in the bar below: ${f.months(months)} in [${f.number(from)}, ${f.number(to)}).`,
    },
    caveats: {
      heading: 'Before quoting a rank',
      tie: (rank: number, size: number, first: number, last: number, f: Format) =>
        `A rank hides ties: “${f.ordinal(rank)}” is shared by ${enSchools(size, f)}, places ${first} to ${last}. Write “tied ${f.ordinal(rank)} with ${enOthers(size - 1, f)}” instead.`,
      oneMonth: (months: number, rank: number, more: number, less: number, f: Format) =>
        `One month moves a school a long way: at ${f.months(months)} a school is ${f.ordinal(rank)}; with one month more it would be ${f.ordinal(more)}, with one month less ${f.ordinal(less)}.`,
      closest: (higher: RankedSchool, lower: RankedSchool, gap: number, days: number, f: Format) =>
        `Small differences mean nothing: ${higher.name}, ${enRank(higher, f)} with ${f.months(higher.months)}, and ${lower.name}, ${enRank(lower, f)} with ${f.months(lower.months)}, are only ${f.months(gap)} apart, about ${f.count(days)} days. Neither the number of students at each school nor the spread of their stays is known: there is no telling whether such a gap matters.`,
      year: 'The year of the ranking is not known: it may be old. Do not present it as current.',
      names:
        'The names are those of the time, and many schools have been renamed or merged since: ENST Paris is now Télécom Paris, INT Evry Télécom SudParis; ENST Bretagne is part of IMT Atlantique; ENI Val-de-Loire and ENSI Bourges merged into INSA Centre Val de Loire, Centrale Paris and SUPELEC into CentraleSupélec. Check a school’s current name before quoting it.',
    },
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
    /** As the panel has always shown it (English would write "Line 7: "). */
    separator: ' : ',
    more: (n: number) =>
      n === 1 ? '… and 1 more problem not shown.' : `… and ${n} more problems not shown.`,
    none: 'No school could be read.',
  },
  problems,
};
