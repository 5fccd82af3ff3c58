// Mots français : les écoles choisies (comparaison, sélection) que le filtre laisse de côté, gardées
// en vue et marquées comme telles (issue 14).
import type { PinnedMessages } from '../messages';

export const pinned: PinnedMessages = {
  pinned: {
    tag: 'hors filtre',
    key: 'Tracé en tirets : hors filtre, une école de votre comparaison ou de votre sélection que la recherche ou les filtres écartent, gardée en vue.',
    tip: 'Hors filtre, gardée car dans votre comparaison ou votre sélection',
    alt: (n, shown) =>
      n === 1
        ? `Plus 1 école hors filtre, de votre comparaison ou de votre sélection.`
        : `Plus ${shown} écoles hors filtre, de votre comparaison ou de votre sélection.`,
    also: 'Aussi dans votre sélection',
  },
};
