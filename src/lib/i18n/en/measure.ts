// English words: a table whose value is not the published ranking's months abroad (weeks, a
// percentage, a count, anything), and the page's frame over a table the reader brought.
import type { RankedSchool } from '../../analysis/types';
import type { Unit } from '../../load/types';
import type { Format } from '../format';
import type { MeasureMessages, ValueWords } from '../messages';
import { tiedOrAlone } from './insights';
import { schools } from './words';
import { speakOf } from '../speak';
import { countsOf } from '../../analysis/counts';
import { counts } from './counts';

/** The unit as an axis title writes it after the name: "(months)", "(%)"; none for a count. */
const UNIT: Record<Unit, string> = {
  months: 'months',
  weeks: 'weeks',
  percent: '%',
  count: '',
  other: '',
};

/** "Mobility rate (%)"; the unit left out when the name says it already. */
const axis = ({ name, unit }: ValueWords): string => {
  const u = UNIT[unit];
  return u === '' || name.toLowerCase().includes(u) ? name : `${name} (${u})`;
};

/** Which end ranks first, as a subtitle says it. */
const order = ({ direction }: ValueWords): string =>
  direction === 'higher' ? 'highest value first' : 'lowest value first';

/** "“Rate (%)”: 12,345 schools ranked, highest value first." */
const subtitle =
  (v: ValueWords) =>
  (n: number, f: Format): string =>
    `“${axis(v)}”: ${n === 1 ? '1 school' : `${f.count(n)} schools`} ranked, ${order(v)}.`;

export const measure: MeasureMessages = {
  measure: {
    names: {
      months: 'Months abroad',
      weeks: 'Length in weeks',
      percent: 'Percentage',
      count: 'Number',
      other: 'Value',
    },
    value: (v: ValueWords) => ({
      subtitle: subtitle(v),
      filters: { range: v.name },
      ranking: { axis: axis(v) },
      histogram: {
        heading: 'How many schools for each value',
        axisX: axis(v),
        binRule:
          'Each bar counts the schools in one band of values, its lower bound included, its upper bound excluded.',
        brush: 'Drag across the bars to keep only a range of values.',
      },
      strip: {
        brush: 'Drag across the dots to keep only a range of values.',
        keys: 'Dot plot. Left and right arrows: from one value to the next; up and down: within a value; Enter: compare; Escape: leave, then clear the range.',
      },
      table: {
        months: v.name,
        orders: { months: { asc: 'lowest first', desc: 'highest first' } },
      },
      compare: {
        more: (
          higher: string,
          diff: string,
          lower: string,
          rankHigher: string,
          rankLower: string,
        ) =>
          `${higher} ranks above ${lower}: ${diff} ${v.direction === 'higher' ? 'more' : 'less'} (${rankHigher} against ${rankLower}).`,
      },
      insights: {
        one: (s: RankedSchool, rankingSize: number, f: Format) =>
          `${s.name}: ${f.value(s.months)}, ${f.ordinal(s.rank)} of ${schools(rankingSize, f)}, ${tiedOrAlone(s, f)}`,
        noTie: (total: number, f: Format) =>
          `None of these ${schools(total, f)} has the same value as another.`,
      },
      profile: { months: v.name },
      download: {
        legend: {
          dot: `Dot: a school’s value (${axis(v)})`,
          band: 'Shaded band: tied schools (same value, same rank)',
          bar: 'Bar: number of schools in one band of values',
          stripDot: 'Dot: one school, at its value',
        },
        columns: { months: v.name },
      },
      embed: {
        titles: {
          ranking: `${v.name}, school by school`,
          distribution: `${v.name}: the distribution`,
        },
        card: { months: v.name },
      },
      // The counts in the value's unit and its order (a smaller value ranks first: ahead = fewer).
      counts: {
        of: (s: RankedSchool, total: number, f: Format) =>
          counts.counts.sentence(countsOf(s, total, v.direction), v.unit, f),
      },
    }),
    own: (file: string, v: ValueWords) => ({
      title: `Your table: ${file}`,
      subtitle: subtitle(v),
      source: `Source: your file “${file}”, read in this browser; nothing was sent anywhere.`,
      download: { files: { base: 'your-table' } },
      embed: { frameTitle: (title: string) => `${title} (your table: ${file})` },
      sentence: {
        in: `in a table supplied by the reader (${file})`,
        source: `Source: a table supplied by the reader (${file}), not the published ranking.`,
      },
    }),
    speak: speakOf,
  },
};
