// French words: the comparison panel and its pick list.
import type { CompareMessages } from '../messages';

export const compare: CompareMessages = {
  compare: {
    heading: 'Comparer',
    empty:
      'Choisissez jusqu’à 5 écoles : ici, dans le tableau (les cases à cocher) ou dans le classement (clic sur une ligne).',
    /** The panel with nothing picked and nowhere to pick from (an embedded comparison). */
    none: 'Aucune école n’est choisie pour la comparaison.',
    add: 'Ajouter une école',
    addHint: 'Tapez un nom, puis choisissez dans la liste (flèches et Entrée).',
    noMatch: 'Aucune école ne correspond.',
    /** A school of the pick list known today by another name. */
    nowCalled: (name: string) => `aujourd’hui ${name}`,
    added: (name: string, n: number, max: number) =>
      `${name} ajoutée à la comparaison (${n} sur ${max}).`,
    full: 'Cinq écoles au plus : retirez-en une pour en ajouter une autre.',
    pick: (name: string) => `Comparer ${name}`,
    remove: (name: string) => `Retirer ${name} de la comparaison`,
    removeColumn: 'Retirer',
    rank: 'Rang',
    tie: 'Groupe d’ex æquo',
    tieSpan: (size: number, first: number, last: number) =>
      size > 1 ? `${size} écoles, places ${first} à ${last}` : 'seule à ce rang',
    /** A value's label on a phone's comparison card. */
    cardLabel: (label: string) => `${label} : `,
    more: (higher: string, diff: string, lower: string, rankHigher: string, rankLower: string) =>
      `${higher} passe ${diff} de plus à l’étranger que ${lower} : ${rankHigher} contre ${rankLower}.`,
    same: (a: string, b: string, months: string, rank: string) =>
      `${a} et ${b} sont à égalité : ${months}, ${rank} toutes deux.`,
  },
};
