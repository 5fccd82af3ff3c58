// English words: the names that come close to a search that finds nothing.
import type { CloseMessages } from '../messages';

export const close: CloseMessages = {
  closeNames: {
    didYouMean: (query: string) => `Did you mean “${query}”?`,
    heading: 'Close names',
    partial: 'With some of these words',
  },
};
