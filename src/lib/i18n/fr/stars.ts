// Mots français : la barre d'une école touchée sur le graphique du classement ou sur la carte (son
// étoile, sa fiche).
import type { StarsMessages } from '../messages';

export const stars: StarsMessages = {
  stars: {
    profile: 'Fiche',
  },
};
