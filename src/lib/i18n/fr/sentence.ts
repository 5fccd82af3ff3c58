// French words: a ready sentence to copy, on a school, on the comparison and on each key point.
import type { Comparison } from '../../analysis/sentence';
import type { RankedSchool } from '../../analysis/types';
import type { Format } from '../format';
import type { SentenceMessages } from '../sentence-messages';
import { and, schools } from './words';

/** Who shares the school's value: « 5 écoles à 9 mois », or « seule école à 10,5 mois ». */
const sharing = (s: RankedSchool, f: Format): string =>
  s.tie.size > 1
    ? `${schools(s.tie.size, f)} à ${f.value(s.months)}`
    : `seule école à ${f.value(s.months)}`;

/** A compared school: « ENST Paris est 15e ex æquo (9 mois) », the verb only for the first. */
const placed = (s: RankedSchool, i: number, f: Format): string =>
  `${s.name}${i === 0 ? ' est' : ''} ${f.rank(s)} (${f.value(s.months)})`;

/** The gap between the first and the last compared, named when there are more than two. */
const gap = ({ schools: list, gap }: Comparison, f: Format): string => {
  if (gap === 0) return 'sans aucun écart';
  const between =
    list.length > 2 ? ` entre ${list[0]?.name ?? ''} et ${list.at(-1)?.name ?? ''}` : '';
  return `soit ${f.value(gap)} d’écart${between}`;
};

export const sentence: SentenceMessages = {
  sentence: {
    in: 'dans le classement général « les plus ouvertes à l’international »',
    source: 'Source : classement général « les plus ouvertes à l’international ».',
    school: (s: RankedSchool, total: number, where: string, f: Format) =>
      `${s.name} est ${f.rank(s)} sur ${schools(total, f)} (${sharing(s, f)}) ${where}.`,
    compare: (c: Comparison, total: number, where: string, f: Format) => {
      const only = c.schools[0];
      if (c.schools.length === 1 && only)
        return `${placed(only, 0, f)} sur ${schools(total, f)} ${where}.`;
      const list = and(c.schools.map((s, i) => placed(s, i, f)));
      return `${list} sur ${schools(total, f)}, ${gap(c, f)}, ${where}.`;
    },
    point: (text: string, source: string) => `${text} ${source}`,
    copy: 'Copier',
    copySentence: 'Copier la phrase',
    copySchool: (name: string) => `Copier la phrase sur ${name}`,
    copyCompare: 'Copier la phrase de la comparaison',
    copyPoint: (n: number, of: number) => `Copier le point ${n} sur ${of}, avec sa source`,
    copied: 'Phrase copiée.',
    field: 'La phrase, à copier',
  },
};
