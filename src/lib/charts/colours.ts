// A pick's place in the list of picked schools → the colour every chart, the table, the comparison
// and the downloaded legends draw it in (presentation: the pure core knows no colours).

/**
 * Colour-blind-safe colours, one per pick, in the order picked: Okabe–Ito's vermillion and bluish
 * green, Tol's purple, ColorBrewer Dark2's ochre and magenta. No blue: the marks of the schools not
 * picked are the --accent blue (app.css), and a pick must stand apart from them. Each is a middle
 * tone, at least 3:1 against both themes' background (WCAG 1.4.11); tests/charts/colours.test.ts
 * checks both against app.css.
 */
export const PICK_COLOURS = ['#D55E00', '#009E73', '#AA4499', '#A6761D', '#E7298A'] as const;

/** The colour of a picked school, or undefined when it is not picked. */
export function pickColour(picks: readonly string[], id: string): string | undefined {
  const i = picks.indexOf(id);
  return i < 0 ? undefined : PICK_COLOURS[i % PICK_COLOURS.length];
}
