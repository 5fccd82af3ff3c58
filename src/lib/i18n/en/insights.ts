// English words: "Key points": the sentences written from the schools shown.
import type { AtLeast, End, LargestTie, Shared, SpanEnds } from '../../analysis/insights';
import type { RankedSchool } from '../../analysis/types';
import type { Format } from '../format';
import type { InsightMessages } from '../messages';
import { schools, others } from './words';

/** The months a group of schools spans: "from 12 to 10 months", or "all at 12 months". */
const span = (e: End, f: Format): string =>
  e.from === e.to ? `all at ${f.value(e.to)}` : `from ${f.number(e.from)} to ${f.value(e.to)}`;

/** What a cut through a tie leaves out, or the end of the sentence. */
const cut = (e: End, size: number, where: string, f: Format): string =>
  e.tiedBeyond === 0
    ? '.'
    : `; ${e.tiedBeyond === 1 ? '1 more school' : `${f.count(e.tiedBeyond)} more schools`} at ${f.value(e.cut)}, tied with the ${f.ordinal(size)}${where}, ${e.tiedBeyond === 1 ? 'is' : 'are'} left out of these ${f.count(size)}.`;

/** A school's months and rank: "10.5 months, 8th", "6 months, tied 34th". */
const at = (s: RankedSchool, f: Format): string => `${f.value(s.months)}, ${f.rank(s)}`;

/** The end of a school's sentence: whom it is tied with, or that it is alone at its value. */
export const tiedOrAlone = (s: RankedSchool, f: Format): string =>
  s.tie.size > 1
    ? `tied with ${others(s.tie.size - 1, f)} (places ${s.tie.first} to ${s.tie.last}).`
    : 'the only school at this value.';

export const insights: InsightMessages = {
  insights: {
    heading: 'Key points',
    methodLink: 'How these figures are computed: method and limits',
    one: (s: RankedSchool, rankingSize: number, f: Format) =>
      `${s.name}: ${f.value(s.months)} on average, ${f.ordinal(s.rank)} of ${schools(rankingSize, f)}, ` +
      tiedOrAlone(s, f),
    atLeast: ({ months, count, total, share }: AtLeast, f: Format) => {
      const stay = `abroad for ${f.value(months)} or more on average.`;
      if (count === 0) return `None of the ${schools(total, f)} sends its students ${stay}`;
      if (count === total) return `All ${schools(total, f)} send their students ${stay}`;
      const sends = count === 1 ? 'sends its' : 'send their';
      return `${f.count(count)} of ${schools(total, f)} (${f.percent(share)}) ${sends} students ${stay}`;
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
      const who = `${schools(t.size, f)} at ${f.value(t.months)}, all ranked ${f.ordinal(group.first)}`;
      return t.size === group.size
        ? `The largest group of tied schools: ${who} (${places})${same}.`
        : `The largest group of tied schools here: ${who}, like ${others(group.size - t.size, f)} in the ranking (${places})${same}.`;
    },
    noTie: (total: number, f: Format) =>
      `No two of these ${schools(total, f)} have the same length of stay.`,
    tieSpan: ({ first, last, months }: LargestTie, f: Format) =>
      `${first.name} (place ${first.position}) and ${last.name} (place ${last.position}) do not differ at all: ${f.value(months)} each, and the same rank, ${f.ordinal(first.rank)}.`,
    top: (e: End, size: number, f: Format) =>
      `The first ${f.count(size)} schools by place: ${span(e, f)}${cut(e, size, '', f)}`,
    bottom: (e: End, size: number, f: Format) =>
      `The last ${f.count(size)} schools by place: ${span(e, f)}${cut(e, size, ' from the end', f)}`,
    span: ({ total, first, last, gap }: SpanEnds, f: Format) =>
      `Between the first of these ${schools(total, f)}, ${first.name} (${at(first, f)}), and the last, ${last.name} (${at(last, f)}): a gap of ${f.value(gap)}.`,
    shared: ({ tied, alone, total, share }: Shared, f: Format) => {
      const other = 'with at least one other school in the ranking';
      if (tied === 0)
        return `None of these ${schools(total, f)} shares its rank with another school in the ranking.`;
      if (alone === 0) return `All ${schools(total, f)} share their rank ${other}.`;
      const shares = tied === 1 ? 'shares its' : 'share their';
      const only = alone < tied ? 'only ' : '';
      const own =
        alone === 1
          ? `${only}1 has a rank of its own`
          : `${only}${f.count(alone)} have a rank of their own`;
      return `${f.count(tied)} of these ${schools(total, f)} (${f.percent(share)}) ${shares} rank ${other}; ${own}.`;
    },
  },
};
