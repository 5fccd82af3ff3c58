// English words: a school against reference points, and what its tie means.
import type { FamilyId } from '../../data/family-list';
import type { ReferenceMessages } from '../reference-messages';

/** A family's schools, after "that of the 7 " (the median). */
const FAMILY: Record<FamilyId, string> = {
  centrale: 'Centrale schools',
  mines: 'Mines schools',
  insa: 'INSA schools',
  polytech: 'Polytech network schools',
  ut: 'universities of technology',
  telecom: 'Telecom schools',
  chimie: 'chemistry schools',
  agro: 'agronomy and food schools',
  itii: 'apprenticeship (ITII) schools',
  autre: 'other schools',
};

/** "2 more than", "2.7 less than", "the same as". */
const than = (gap: string, sign: number): string =>
  sign === 0 ? 'the same as' : `${gap} ${sign > 0 ? 'more' : 'less'} than`;

export const reference: ReferenceMessages = {
  reference: {
    heading: 'Against reference points',
    sentence: (name, value, clauses, cti) =>
      `${name}, ${value}: ${clauses.join(', ')}${cti ? `; ${cti}` : ''}.`,
    all: (gap, sign, median) => `${than(gap, sign)} the median of all schools (${median})`,
    family: (gap, sign, median, count, family) =>
      `${than(gap, sign)} that of the ${count} ${FAMILY[family]} (${median})`,
    cti: (standing, minimum, recommended) => {
      // A no-break space after ≈: no line ends on it.
      const min = `the apprentices’ minimum of ${minimum.weeks} weeks (≈\u00a0${minimum.approx})`;
      const rec = `the ${recommended.weeks} weeks the CTI recommends (≈\u00a0${recommended.approx})`;
      if (standing === 'below-minimum') return `less than ${min}`;
      if (standing === 'below-recommended') return `more than ${min}, less than ${rec}`;
      return `at least ${rec}`;
    },
    note: (count) =>
      count === '1'
        ? 'Medians over the one school of the table, whatever the filter: its value.'
        : `Medians over the ${count} schools of the table, whatever the filter: the middle value, or the mean of the two middle values when their number is even.`,
    point: (name, value) => `${name}: ${value}`,
    medianAll: (value) => `Median: ${value}`,
    medianFamily: (family, value) => `${family} median: ${value}`,
    alt: (axis, marks) => `Reference points on the axis “${axis}”: ${marks.join('; ')}.`,
  },
  tie: {
    heading: 'What its rank means',
    shared: (size, value, rank, first, last) =>
      `${size} schools have ${value}: they share one rank, ${rank}; they fill places ${first} to ${last}.`,
    alone: (value, rank) =>
      `It is the only school at ${value}: its rank, ${rank}, is shared with no other school.`,
    move: (gap, more, value, would, now) =>
      `With ${gap} ${more ? 'more' : 'less'} (${value}), it would be ${would} instead of ${now}.`,
    stays: (gap, more, value, now, others) =>
      `With ${gap} ${more ? 'more' : 'less'} (${value}), it would still be ${now}, but tied with ${others} other ${others === '1' ? 'school' : 'schools'}.`,
    top: (more) => `No school has ${more ? 'more' : 'less'}: it is at the top of the ranking.`,
    bottom: (more) =>
      `No school has ${more ? 'more' : 'less'}: it is at the bottom of the ranking.`,
  },
};
