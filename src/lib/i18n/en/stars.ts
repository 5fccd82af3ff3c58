// English words: the bar of a school touched on the ranking chart or on the map (its star, its
// profile).
import type { StarsMessages } from '../messages';

export const stars: StarsMessages = {
  stars: {
    profile: 'Profile',
  },
};
