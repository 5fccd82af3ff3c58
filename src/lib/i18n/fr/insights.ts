// French words: "Key points": the sentences written from the schools shown.
import type { AtLeast, End, LargestTie, Shared, SpanEnds } from '../../analysis/insights';
import type { RankedSchool } from '../../analysis/types';
import type { Format } from '../format';
import type { InsightMessages } from '../messages';
import { schools, others } from './words';

/** The months a group of schools spans: "de 12 à 10 mois", or "toutes à 12 mois". */
const span = (e: End, f: Format): string =>
  e.from === e.to ? `toutes à ${f.value(e.to)}` : `de ${f.number(e.from)} à ${f.value(e.to)}`;

/** What a cut through a tie leaves out, or the end of the sentence. */
const cut = (e: End, size: number, where: string, f: Format): string =>
  e.tiedBeyond === 0
    ? '.'
    : ` ; ${others(e.tiedBeyond, f)} à ${f.value(e.cut)}, ex æquo avec la ${f.ordinal(size)}${where}, ${e.tiedBeyond === 1 ? 'reste' : 'restent'} hors de ces ${f.count(size)}.`;

/** A school's months and rank: "10,5 mois, 8e", "6 mois, 34e ex æquo". */
const at = (s: RankedSchool, f: Format): string => `${f.value(s.months)}, ${f.rank(s)}`;

/** The end of a school's sentence: whom it is tied with, or that it is alone at its value. */
export const tiedOrAlone = (s: RankedSchool, f: Format): string =>
  s.tie.size > 1
    ? `ex æquo avec ${others(s.tie.size - 1, f)} (places ${s.tie.first} à ${s.tie.last}).`
    : 'seule à cette valeur.';

export const insights: InsightMessages = {
  insights: {
    heading: 'À retenir',
    methodLink: 'Comment ces chiffres sont calculés : méthode et limites',
    one: (s: RankedSchool, rankingSize: number, f: Format) =>
      `${s.name} : ${f.value(s.months)} en moyenne, ${f.ordinal(s.rank)} sur ${schools(rankingSize, f)}, ` +
      tiedOrAlone(s, f),
    atLeast: ({ months, count, total, share }: AtLeast, f: Format) => {
      const stay = `${f.value(months)} ou plus à l’étranger, en moyenne.`;
      if (count === 0) return `Aucune des ${schools(total, f)} n’envoie ses étudiants ${stay}`;
      if (count === total)
        return `Les ${schools(total, f)} envoient toutes leurs étudiants ${stay}`;
      const sends = count === 1 ? 'envoie ses' : 'envoient leurs';
      return `${schools(count, f)} sur ${f.count(total)} (${f.percent(share)}) ${sends} étudiants ${stay}`;
    },
    largestTie: (t: LargestTie, f: Format) => {
      const { group } = t;
      const places = `places ${group.first} à ${group.last}`;
      const same =
        t.sameSize === 0
          ? ''
          : t.sameSize === 1
            ? ' ; un autre groupe en compte autant'
            : ` ; ${f.count(t.sameSize)} autres groupes en comptent autant`;
      const who = `${schools(t.size, f)} à ${f.value(t.months)}, toutes au ${f.ordinal(group.first)} rang`;
      return t.size === group.size
        ? `Le plus grand groupe d’ex æquo : ${who} (${places})${same}.`
        : `Le plus grand groupe d’ex æquo ici : ${who}, comme ${others(group.size - t.size, f)} du classement (${places})${same}.`;
    },
    noTie: (total: number, f: Format) =>
      `Aucune de ces ${schools(total, f)} n’a la même durée qu’une autre.`,
    tieSpan: ({ first, last, months }: LargestTie, f: Format) =>
      `${first.name} (place ${first.position}) et ${last.name} (place ${last.position}) ne diffèrent en rien : ${f.value(months)} toutes les deux, et le même rang, ${f.ordinal(first.rank)}.`,
    top: (e: End, size: number, f: Format) =>
      `Les ${f.count(size)} premières écoles par place : ${span(e, f)}${cut(e, size, '', f)}`,
    bottom: (e: End, size: number, f: Format) =>
      `Les ${f.count(size)} dernières écoles par place : ${span(e, f)}${cut(e, size, ' en partant de la fin', f)}`,
    span: ({ total, first, last, gap }: SpanEnds, f: Format) =>
      `Entre la première de ces ${schools(total, f)}, ${first.name} (${at(first, f)}), et la dernière, ${last.name} (${at(last, f)}) : ${f.value(gap)} d’écart.`,
    shared: ({ tied, alone, total, share }: Shared, f: Format) => {
      const other = 'avec au moins une autre école du classement';
      if (tied === 0)
        return `Aucune de ces ${schools(total, f)} ne partage son rang avec une autre école du classement.`;
      if (alone === 0) return `Ces ${schools(total, f)} partagent toutes leur rang ${other}.`;
      const shares = tied === 1 ? 'partage son' : 'partagent leur';
      const only = alone < tied ? ' seulement' : '';
      const own =
        alone === 1
          ? `1${only} a un rang bien à elle`
          : `${f.count(alone)}${only} ont un rang bien à elles`;
      return `${f.count(tied)} de ces ${schools(total, f)} (${f.percent(share)}) ${shares} rang ${other} ; ${own}.`;
    },
  },
};
