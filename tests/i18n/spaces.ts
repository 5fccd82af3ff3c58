// Expected text written with visible marks for its no-break spaces, so that a test's sentence reads
// as the page shows it and still says exactly which space is which.

/** U+00A0 NO-BREAK SPACE. */
export const NBSP = '\u00a0';
/** U+202F NARROW NO-BREAK SPACE. */
export const NNBSP = '\u202f';

/**
 * `~` → a no-break space (before a colon, between a number and its unit), `^` → a narrow no-break
 * space (before ; ! ? », after «): `nb('Centrale Lyon~: 6~mois^; « x »')`. (TeX writes a tie `~`.)
 */
export const nb = (text: string): string => text.replaceAll('~', NBSP).replaceAll('^', NNBSP);
