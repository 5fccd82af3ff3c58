// How wide a line of text is drawn, estimated without a browser (pure, no DOM: the layouts run in
// the prerender too, where nothing can be measured), and a text cut to a width. Advances of DejaVu
// Sans (system-ui on this project's Linux machines), one of the widest usual sans-serif fonts
// (Segoe UI, Roboto and San Francisco draw narrower), by class of character, each class at its
// widest letter, in thousandths of an em, regular and bold; an accented letter as its letter, a
// character of no class as 1.03 em (1.11 bold: « W », « œ »). So a label cut to the estimate fits
// its room, and a name of narrow letters is no longer cut for an average's sake: at 1280 px the
// ranking cut 3 published names that fit whole, at 375 px 15 where 9 do not fit.

import { characters } from '../data/characters';

/** Characters by class, each with its advance (regular, bold) in thousandths of an em. */
const CLASSES: readonly (readonly [string, number, number])[] = [
  [" \u00a0ijlIJ'’.,:;|/\\", 340, 385],
  ['ft()[]-!r', 415, 495],
  ['abcdeghknopqsuvxyz0123456789«»"*_`–?$', 640, 720],
  ['EFLPSTY', 640, 735],
  ['ABCDGHKNOQRUVXZ&', 790, 870],
];
/** A character of no class (« m », « W », « œ », « … », a letter of another script). */
const OTHER = [1030, 1110] as const;

const ADVANCE = new Map<string, readonly [number, number]>(
  CLASSES.flatMap(([chars, regular, bold]) =>
    [...chars].map((c) => [c, [regular, bold] as const] as const),
  ),
);

/** One character's advance, in ems: its letter's, without its accents (looked up as it is first:
 *  most characters are in the table, and splitting off accents costs ten times the rest). */
function advance(character: string, bold: boolean): number {
  const [regular, heavy] =
    ADVANCE.get(character) ?? ADVANCE.get(character.normalize('NFD')[0] ?? '') ?? OTHER;
  return (bold ? heavy : regular) / 1000;
}

/** The estimated width of `text` in a font of `px` pixels, bold or not, in pixels. */
export function textWidth(text: string, px: number, bold = false): number {
  let ems = 0;
  for (const c of characters(text)) ems += advance(c, bold);
  return ems * px;
}

/**
 * `text` whole when its estimate fits `width` pixels; otherwise its longest beginning that fits
 * with « … » after it (spaces before the « … » dropped, a letter never parted from its accents);
 * « … » alone when nothing more fits.
 */
export function fitWidth(text: string, width: number, px: number, bold = false): string {
  if (textWidth(text, px, bold) <= width) return text;
  const room = width - textWidth('…', px, bold);
  let used = 0;
  let kept = '';
  for (const c of characters(text)) {
    used += advance(c, bold) * px;
    if (used > room) break;
    kept += c;
  }
  return `${kept.trimEnd()}…`;
}
