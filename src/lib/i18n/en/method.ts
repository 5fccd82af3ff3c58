// English words: the methodology page's own (loaded with the page, not at start; its link is in
// page.ts).
import type { RankedSchool } from '../../analysis/types';
import type { Renaming } from '../../data/names';
import type { Format } from '../format';
import type { MethodMessages } from '../messages';
import type { Direction, Unit } from '../../load/types';
import { and, schools, others } from './words';

export const method: MethodMessages = {
  heading: 'Method and limits',
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
      `${f.count(rank)}, as ${schools(rank - 1, f)} have more months`,
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
    example: (n: number, f: Format) => `Over the ${schools(n, f)}:`,
    quantile: (p: number, position: number, value: number, f: Format) =>
      `${p === 0.5 ? 'median' : p < 0.5 ? '1st quartile' : '3rd quartile'}: position ${f.number(position)}, that is ${f.months(value)}`,
    bins: 'Each bar of the histogram counts the schools from k months included to k + 1 months excluded: [k, k + 1).',
    topBin: (max: number, from: number, to: number, count: number, f: Format) =>
      `The last bar follows the same rule: the highest value, ${f.months(max)}, has a bar of its own, [${f.number(from)}, ${f.number(to)}) (${schools(count, f)}), instead of being counted with the bar before it.`,
    fraction: (months: number, from: number, to: number, f: Format) =>
      `A value between two whole months counts in the bar below: ${f.months(months)} in [${f.number(from)}, ${f.number(to)}).`,
  },
  own: {
    intro:
      'This table is your own: it was read in this browser, and nothing was sent anywhere. Ranks, ties and the distribution are computed here from the values; what follows says how the file was read.',
    reading: 'How the file was read',
    delimiter: (d: '\t' | ';' | ',') =>
      `Separator: ${d === '\t' ? 'tab' : d === ';' ? 'semicolon (;)' : 'comma (,)'}.`,
    header: (cells: readonly string[] | null) =>
      cells === null ? 'No header row.' : `Header: ${cells.map((c) => `“${c}”`).join(', ')}.`,
    column: (header: string | undefined, index: number) =>
      header === undefined ? `column ${index}` : `“${header}”`,
    columns: (name: string, value: string, rank: string | null) =>
      `Columns: the name in ${name}, the value in ${value}${rank === null ? ', no printed rank' : `, the printed rank in ${rank}`}.`,
    measure: (name: string, unit: Unit, direction: Direction) =>
      `Value: “${name}”, ${{ months: 'in months', weeks: 'in weeks', percent: 'in percent', count: 'a count', other: 'no unit' }[unit]}; the ${direction === 'higher' ? 'highest' : 'lowest'} ranks first.`,
    ranks:
      'Competition ranks: 1 + the number of schools ranked ahead, tied schools sharing one rank. A printed rank that disagrees with the values is reported, line by line.',
  },
  caveats: {
    heading: 'Before quoting a rank',
    tie: (rank: number, size: number, first: number, last: number, f: Format) =>
      `A rank hides ties: “${f.ordinal(rank)}” is shared by ${schools(size, f)}, places ${first} to ${last}. Write “${f.rank({ rank, tie: { size } })} with ${others(size - 1, f)}” instead.`,
    oneMonth: (months: number, rank: number, more: number, less: number, f: Format) =>
      `One month moves a school a long way: at ${f.months(months)} a school is ${f.ordinal(rank)}; with one month more it would be ${f.ordinal(more)}, with one month less ${f.ordinal(less)}.`,
    closest: (higher: RankedSchool, lower: RankedSchool, gap: number, days: number, f: Format) =>
      `Small differences mean nothing: ${higher.name}, ${f.rank(higher)} with ${f.months(higher.months)}, and ${lower.name}, ${f.rank(lower)} with ${f.months(lower.months)}, are only ${f.months(gap)} apart, about ${f.count(days)} days. Neither the number of students at each school nor the spread of their stays is known: there is no telling whether such a gap matters.`,
    year: 'The year of the ranking is not known: it may be old. Do not present it as current.',
    names: (renamed: readonly Renaming[], f: Format) => {
      const check = 'Check a school’s current name before quoting it.';
      if (renamed.length === 0) return `The names are those of the table. ${check}`;
      const count = renamed.reduce((n, r) => n + r.former.length, 0);
      const changes = renamed
        .map((r) =>
          r.former.length === 1
            ? `${and(r.former)} is now ${r.current}`
            : `${and(r.former)} are now joined in ${r.current}`,
        )
        .join('; ');
      const changed =
        count === 1
          ? '1 school of the table has been renamed'
          : `${f.count(count)} schools of the table have been renamed or merged`;
      return `The names are those of the time: ${changed} since. ${changes}. ${check}`;
    },
  },
};
