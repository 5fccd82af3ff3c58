// English words: a tie explained where the table marks it, and the profile's "Compare" button.
import type { TiesMessages } from '../ties-messages';

export const ties: TiesMessages = {
  ties: {
    sentence: (count, value, rank, first, last) =>
      `${count} schools have ${value}: all are ${rank}; they fill places ${first} to ${last}.`,
    show: (count, value) => `Show the ${count} schools at ${value}`,
    all: 'Show all',
    compare: 'Compare',
    already: 'Already in the comparison',
    full: (max) => `The comparison is full (${max} schools at most)`,
  },
};
