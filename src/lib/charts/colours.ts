// A pick's place in the list of picked schools → the colour every chart, the table, the comparison
// and the downloaded legends draw it in (presentation: the pure core knows no colours).

/** Colour-blind-safe colours (Okabe–Ito), one per pick, in the order picked. */
export const PICK_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00'] as const;

/** The colour of a picked school, or undefined when it is not picked. */
export function pickColour(picks: readonly string[], id: string): string | undefined {
  const i = picks.indexOf(id);
  return i < 0 ? undefined : PICK_COLOURS[i % PICK_COLOURS.length];
}
