// French words: the names that come close to a search that finds nothing.
import type { CloseMessages } from '../messages';

export const close: CloseMessages = {
  closeNames: {
    didYouMean: (query: string) => `Vouliez-vous dire « ${query} » ?`,
    heading: 'Noms proches',
    partial: 'Avec une partie de ces mots',
  },
};
