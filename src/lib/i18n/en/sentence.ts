// English words: a ready sentence to copy, on a school, on the comparison and on each key point.
import type { Comparison } from '../../analysis/sentence';
import type { RankedSchool } from '../../analysis/types';
import type { Format } from '../format';
import type { SentenceMessages } from '../sentence-messages';
import { and, schools } from './words';

/** Who shares the school's value: "5 schools at 9 months", or "the only school at 10.5 months". */
const sharing = (s: RankedSchool, f: Format): string =>
  s.tie.size > 1
    ? `${schools(s.tie.size, f)} at ${f.value(s.months)}`
    : `the only school at ${f.value(s.months)}`;

/** A compared school: "ENST Paris is tied 15th (9 months)", the verb only for the first. */
const placed = (s: RankedSchool, i: number, f: Format): string =>
  `${s.name}${i === 0 ? ' is' : ''} ${f.rank(s)} (${f.value(s.months)})`;

/** The gap between the first and the last compared, named when there are more than two. */
const gap = ({ schools: list, gap }: Comparison, f: Format): string => {
  if (gap === 0) return 'with no gap at all';
  const between =
    list.length > 2 ? ` between ${list[0]?.name ?? ''} and ${list.at(-1)?.name ?? ''}` : '';
  return `a gap of ${f.value(gap)}${between}`;
};

export const sentence: SentenceMessages = {
  sentence: {
    in: 'in the overall ranking “les plus ouvertes à l’international”',
    source: 'Source: overall ranking “les plus ouvertes à l’international”.',
    school: (s: RankedSchool, total: number, where: string, f: Format) =>
      `${s.name} is ${f.rank(s)} of ${schools(total, f)} (${sharing(s, f)}) ${where}.`,
    compare: (c: Comparison, total: number, where: string, f: Format) => {
      const only = c.schools[0];
      if (c.schools.length === 1 && only)
        return `${placed(only, 0, f)} of ${schools(total, f)} ${where}.`;
      const list = and(c.schools.map((s, i) => placed(s, i, f)));
      return `${list} of ${schools(total, f)}, ${gap(c, f)}, ${where}.`;
    },
    point: (text: string, source: string) => `${text} ${source}`,
    copy: 'Copy',
    copySentence: 'Copy the sentence',
    copySchool: (name: string) => `Copy the sentence on ${name}`,
    copyCompare: 'Copy the sentence comparing these schools',
    copyPoint: (n: number, of: number) => `Copy key point ${n} of ${of}, with its source`,
    copied: 'Sentence copied.',
    field: 'The sentence, to copy',
  },
};
