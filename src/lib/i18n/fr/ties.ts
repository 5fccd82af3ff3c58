// French words: a tie explained where the table marks it, and the profile's « Comparer » button.
import type { TiesMessages } from '../ties-messages';

export const ties: TiesMessages = {
  ties: {
    sentence: (count, value, rank, first, last) =>
      `${count} écoles ont ${value} : toutes sont ${rank} ; elles occupent les places ${first} à ${last}.`,
    show: (count, value) => `Voir les ${count} écoles à ${value}`,
    all: 'Tout afficher',
    compare: 'Comparer',
    already: 'Déjà dans la comparaison',
    full: (max) => `La comparaison est pleine (${max} écoles au plus)`,
  },
};
