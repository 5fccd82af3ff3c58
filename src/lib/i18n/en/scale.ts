// English words: the views of a very long table (what a download of the ranking chart holds).
import type { ScaleMessages } from '../messages';

export const scale: ScaleMessages = {
  scale: {
    firstRows: (shown, total) =>
      `${total} schools: downloaded images and prints show the first ${shown}.`,
  },
};
