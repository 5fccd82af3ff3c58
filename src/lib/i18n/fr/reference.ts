// French words: a school against reference points, and what its tie means.
import type { FamilyId } from '../../data/family-list';
import type { ReferenceMessages } from '../reference-messages';

/** A family's schools, after "celle des 7 " (the median "of the 7 schools of the Mines"). */
const FAMILY: Record<FamilyId, string> = {
  centrale: 'écoles Centrale',
  mines: 'écoles des Mines',
  insa: 'INSA',
  polytech: 'écoles du réseau Polytech',
  ut: 'universités de technologie',
  telecom: 'écoles Télécom',
  chimie: 'écoles de chimie',
  agro: 'écoles d’agronomie et d’alimentation',
  itii: 'écoles de l’apprentissage (ITII)',
  autre: 'autres écoles',
};

/** "2 de plus que", "2,7 de moins que", "autant que". */
const than = (gap: string, sign: number): string =>
  sign === 0 ? 'autant que' : `${gap} de ${sign > 0 ? 'plus' : 'moins'} que`;

export const reference: ReferenceMessages = {
  reference: {
    heading: 'Face aux repères',
    sentence: (name, value, clauses, cti) =>
      `${name}, ${value} : ${clauses.join(', ')}${cti ? ` ; ${cti}` : ''}.`,
    all: (gap, sign, median) => `${than(gap, sign)} la médiane de toutes les écoles (${median})`,
    family: (gap, sign, median, count, family) =>
      `${than(gap, sign)} celle des ${count} ${FAMILY[family]} (${median})`,
    cti: (standing, minimum, recommended) => {
      // A no-break space after ≈: no line ends on it.
      const min = `les ${minimum.weeks} semaines minimales des apprentis (≈\u00a0${minimum.approx})`;
      const rec = `les ${recommended.weeks} semaines préconisées par la CTI (≈\u00a0${recommended.approx})`;
      if (standing === 'below-minimum') return `moins que ${min}`;
      if (standing === 'below-recommended') return `plus que ${min}, moins que ${rec}`;
      return `au moins ${rec}`;
    },
    note: (count) =>
      count === '1'
        ? 'Médianes prises sur l’unique école du tableau, quel que soit le filtre : sa valeur.'
        : `Médianes prises sur les ${count} écoles du tableau, quel que soit le filtre : la valeur du milieu, ou la moyenne des deux valeurs du milieu quand leur nombre est pair.`,
    point: (name, value) => `${name} : ${value}`,
    medianAll: (value) => `Médiane : ${value}`,
    medianFamily: (family, value) => `Médiane ${family} : ${value}`,
    alt: (axis, marks) => `Repères sur l’axe « ${axis} » : ${marks.join(' ; ')}.`,
  },
  tie: {
    heading: 'Ce que veut dire son rang',
    shared: (size, value, rank, first, last) =>
      `${size} écoles ont ${value} : elles partagent le même rang, ${rank} ; elles occupent les places ${first} à ${last}.`,
    alone: (value, rank) =>
      `Elle est la seule à ${value} : son rang, ${rank}, n’est partagé avec aucune autre école.`,
    move: (gap, more, value, would, now) =>
      `Avec ${gap} de ${more ? 'plus' : 'moins'} (${value}), elle serait ${would} au lieu de ${now}.`,
    stays: (gap, more, value, now, others) =>
      `Avec ${gap} de ${more ? 'plus' : 'moins'} (${value}), elle serait toujours ${now}, mais à égalité avec ${others} ${others === '1' ? 'autre école' : 'autres écoles'}.`,
    top: (more) => `Aucune école n’a ${more ? 'plus' : 'moins'} : elle est en tête du classement.`,
    bottom: (more) =>
      `Aucune école n’a ${more ? 'plus' : 'moins'} : elle est en queue du classement.`,
  },
};
