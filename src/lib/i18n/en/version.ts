// English words: a link made over another version of the data than the one the page shows.
import type { VersionMessages } from '../messages';

export const version: VersionMessages = {
  version: {
    note: (asked, shown) =>
      `This link was made over another version of the data (version ${asked}) than the one this page shows (version ${shown}): the figures may have changed since. The view it asks for is shown over the data shown here.`,
  },
};
