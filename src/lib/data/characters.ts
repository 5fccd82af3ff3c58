// A text's characters as a reader counts them (pure, no DOM): each letter with the combining marks
// that follow it, so that a cut (name-breaks.ts, charts/text-width.ts) never parts « e » from its
// accent in « é » written e + ◌́.

/** The text's characters, each with the combining marks that follow it; joined, the text. */
export const characters = (text: string): string[] => text.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
