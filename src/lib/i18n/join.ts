// A language's two parts of words (the first screen's, the later ones: messages.ts) → its whole
// catalogue. Pure: load.ts copies the result into the catalogue the views already hold.
import type { FirstMessages, LaterMessages, Messages } from './messages';

/** The two parts as one catalogue; `share`, which both hold words of, merged. */
export const joinWords = (first: FirstMessages, later: LaterMessages): Messages => ({
  ...first,
  ...later,
  share: { ...first.share, ...later.share },
});
