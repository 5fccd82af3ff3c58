// Where a school's name may break besides its spaces and hyphens (pure, no DOM): after each
// apostrophe, « Polytech'|Clermont-Ferrand », whose 25 letters otherwise break mid-word in a
// phone's column. In a module of its own: the first screen's results use it (the main chunk), the
// tables with the rest of name-breaks.ts (loaded later).

/** The name in pieces, cut after each apostrophe (' or ’); joined, they are the name. */
export const apostropheParts = (name: string): string[] => name.split(/(?<=['’])/u);
