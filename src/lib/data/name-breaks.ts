// Where a school's name may break in a table's column (pure, no DOM): after an apostrophe
// (« Polytech'Clermont-Ferrand »), and inside a word too long for any column. A table sizes its
// columns on their longest unbreakable word: one word of 200 letters (a loaded table's) made the
// ranking table 2,500 px wide, its months and pick boxes past its clipped edge. Cut into short
// pieces, such a word breaks where it must. A word here runs between spaces and hyphens, where a
// line breaks anyway: the published names' longest is 17 characters (« Polytech'Clermont »), so
// they are cut only after their apostrophes, as before. A value's unit may go under its number
// (`unitParts`), for the same phone's column.

import { apostropheParts } from './apostrophes';
import { characters } from './characters';

/** A word of at least this many characters is cut into pieces. */
export const LONG_WORD = 24;
/** The length of those pieces, in characters. */
export const PIECE = 12;

/** A long word: a run of LONG_WORD characters or more, none a space or a hyphen. */
const LONG = new RegExp(`[^\\s\\-\u2010]{${LONG_WORD},}`, 'gu');

/**
 * The text in pieces, in order, whose concatenation is the text: a break is allowed between two
 * pieces (a table puts <wbr> there). A word (a run of characters other than spaces and hyphens)
 * of LONG_WORD characters or more is cut every PIECE characters; the rest is left whole.
 */
export function wordParts(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let at = 0;
  for (const long of text.matchAll(LONG)) {
    const start = long.index;
    current += text.slice(at, start);
    const chars = characters(long[0]);
    for (let i = 0; i < chars.length; i += PIECE) {
      current += chars.slice(i, i + PIECE).join('');
      if (i + PIECE < chars.length) {
        parts.push(current);
        current = '';
      }
    }
    at = start + long[0].length;
  }
  parts.push(current + text.slice(at));
  return parts;
}

/** As `wordParts`, and cut after each apostrophe (' or ’) too: the ranking table's names. */
export const nameParts = (name: string): string[] => apostropheParts(name).flatMap(wordParts);

/**
 * A value as written, « 10,5 mois », cut before its unit: ["10,5", "\u00a0mois"]; [text, ""] when it
 * has none. The unit is what follows the last space (plain, no-break or narrow no-break), if it
 * holds no digit (« 1 234 » is a number grouped by thousands) and is a word: a sign (« 85 % »)
 * stays with its number. A phone's table sets the unit under the number, so that the months column
 * is no wider than « 10,5 ».
 */
export function unitParts(text: string): [string, string] {
  const at = text.search(/[ \u00a0\u202f][^ \u00a0\u202f\d]{2,}$/u);
  return at <= 0 ? [text, ''] : [text.slice(0, at), text.slice(at)];
}
