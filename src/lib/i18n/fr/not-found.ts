// French words: a search that finds nothing: the names that come close, the schools filtered out.
import type { NotFoundMessages } from '../messages';

export const notFound: NotFoundMessages = {
  notFound: {
    widen: (count, shown) => `Chercher sans les filtres : ${shown} école${count === 1 ? '' : 's'}`,
    didYouMean: (query: string) => `Vouliez-vous dire « ${query} » ?`,
    heading: 'Noms proches',
    partial: 'Avec une partie de ces mots',
  },
};
