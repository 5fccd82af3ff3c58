// English words: a search that finds nothing: the names that come close, the schools filtered out.
import type { NotFoundMessages } from '../messages';

export const notFound: NotFoundMessages = {
  notFound: {
    widen: (count, shown) => `Search without the filters: ${shown} school${count === 1 ? '' : 's'}`,
    didYouMean: (query: string) => `Did you mean “${query}”?`,
    heading: 'Close names',
    partial: 'With some of these words',
  },
};
