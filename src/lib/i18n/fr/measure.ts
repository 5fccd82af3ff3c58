// French words: a table whose value is not the published ranking's months abroad (weeks, a
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

/** The unit as an axis title writes it after the name: "(mois)", "(%)"; none for a count. */
const UNIT: Record<Unit, string> = {
  months: 'mois',
  weeks: 'semaines',
  percent: '%',
  count: '',
  other: '',
};

/** "Taux de mobilité (%)"; the unit left out when the name says it already. */
const axis = ({ name, unit }: ValueWords): string => {
  const u = UNIT[unit];
  return u === '' || name.toLowerCase().includes(u) ? name : `${name} (${u})`;
};

/** Which end ranks first, as a subtitle says it. */
const order = ({ direction }: ValueWords): string =>
  direction === 'higher' ? 'la valeur la plus haute en tête' : 'la valeur la plus basse en tête';

/** "« Taux (%) » : 12 345 écoles classées, la valeur la plus haute en tête." */
const subtitle =
  (v: ValueWords) =>
  (n: number, f: Format): string =>
    `« ${axis(v)} » : ${n === 1 ? '1 école classée' : `${f.count(n)} écoles classées`}, ${order(v)}.`;

export const measure: MeasureMessages = {
  measure: {
    names: {
      months: 'Mois à l’étranger',
      weeks: 'Durée en semaines',
      percent: 'Pourcentage',
      count: 'Nombre',
      other: 'Valeur',
    },
    value: (v: ValueWords) => ({
      subtitle: subtitle(v),
      filters: { range: v.name },
      ranking: { axis: axis(v) },
      histogram: {
        heading: 'Combien d’écoles pour chaque valeur',
        axisX: axis(v),
        binRule:
          'Chaque barre compte les écoles d’une tranche de valeurs, borne basse incluse, borne haute exclue.',
        brush: 'Glissez sur les barres pour ne garder qu’une plage de valeurs.',
      },
      strip: {
        brush: 'Glissez sur les points pour ne garder qu’une plage de valeurs.',
        keys: 'Diagramme en points. Flèches gauche et droite : d’une valeur à l’autre ; haut et bas : dans une même valeur ; Entrée : comparer ; Échap : quitter, puis effacer la plage.',
      },
      table: {
        months: v.name,
        orders: { months: { asc: 'croissant', desc: 'décroissant' } },
      },
      compare: {
        more: (
          higher: string,
          diff: string,
          lower: string,
          rankHigher: string,
          rankLower: string,
        ) =>
          `${higher} devance ${lower} : ${diff} de ${v.direction === 'higher' ? 'plus' : 'moins'} (${rankHigher} contre ${rankLower}).`,
      },
      insights: {
        one: (s: RankedSchool, rankingSize: number, f: Format) =>
          `${s.name} : ${f.value(s.months)}, ${f.ordinal(s.rank)} sur ${schools(rankingSize, f)}, ${tiedOrAlone(s, f)}`,
        noTie: (total: number, f: Format) =>
          `Aucune de ces ${schools(total, f)} n’a la même valeur qu’une autre.`,
      },
      profile: { months: v.name },
      download: {
        legend: {
          dot: `Point : la valeur d’une école (${axis(v)})`,
          band: 'Bande grisée : écoles ex æquo (même valeur, même rang)',
          bar: 'Barre : nombre d’écoles dans une tranche de valeurs',
          stripDot: 'Point : une école, à sa valeur',
        },
        columns: { months: v.name },
      },
      embed: {
        titles: {
          ranking: `${v.name}, école par école`,
          distribution: `${v.name} : la distribution`,
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
      title: `Votre tableau : ${file}`,
      subtitle: subtitle(v),
      source: `Source : votre fichier « ${file} », lu dans ce navigateur ; rien n’a été envoyé.`,
      download: { files: { base: 'votre-tableau' } },
      embed: { frameTitle: (title: string) => `${title} (votre tableau : ${file})` },
      sentence: {
        in: `dans un tableau fourni par le lecteur (${file})`,
        source: `Source : un tableau fourni par le lecteur (${file}), et non le classement publié.`,
      },
    }),
    speak: speakOf,
  },
};
