// French words: what a built page says of itself to link previews and search engines.
import type { SocialMessages } from '../messages';

export const social: SocialMessages = {
  social: {
    more: (count, n) => (n === 1 ? '… et 1 autre école' : `… et ${count} autres écoles`),
    imageAlt: (title) =>
      `${title} : les premières écoles du classement et leur temps moyen passé à l’étranger.`,
    keywords: [
      'écoles d’ingénieurs',
      'mobilité internationale',
      'séjour à l’étranger',
      'classement',
      'enseignement supérieur',
    ],
  },
};
