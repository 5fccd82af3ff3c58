// English words: what a built page says of itself to link previews and search engines.
import type { SocialMessages } from '../messages';

export const social: SocialMessages = {
  social: {
    more: (count, n) => (n === 1 ? '… and 1 other school' : `… and ${count} other schools`),
    imageAlt: (title) =>
      `${title}: the first schools of the ranking and the average time their students spend abroad.`,
    keywords: [
      'engineering schools',
      'international mobility',
      'study abroad',
      'ranking',
      'higher education',
    ],
  },
};
