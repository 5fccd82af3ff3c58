// French words: the views of a very long table (what a download of the ranking chart holds).
import type { ScaleMessages } from '../messages';

export const scale: ScaleMessages = {
  scale: {
    firstRows: (shown, total) =>
      `${total} écoles : les images téléchargées et l’impression montrent les ${shown} premières.`,
  },
};
