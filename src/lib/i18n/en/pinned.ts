// English words: the chosen schools (comparison, shortlist) that the filter leaves out, kept in
// sight and marked as such (issue 14).
import type { PinnedMessages } from '../messages';

export const pinned: PinnedMessages = {
  pinned: {
    tag: 'outside the filter',
    key: 'Dashed outline: outside the filter, a school of your comparison or your shortlist that the search or filters leave out, kept in sight.',
    tip: 'Outside the filter, kept as it is in your comparison or your shortlist',
    alt: (n, shown) =>
      n === 1
        ? `Plus 1 school outside the filter, from your comparison or your shortlist.`
        : `Plus ${shown} schools outside the filter, from your comparison or your shortlist.`,
    also: 'Also in your selection',
  },
};
