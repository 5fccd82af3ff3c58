// Text → lines no wider than a width, for text drawn in SVG (which does not wrap): a long ranking's
// note, the histogram's axis title, and the downloaded images' titles, legends and notes
// (export/svg.ts, export/image-layout.ts). The width is measured as the caller says: the estimate
// of charts/text-width.ts in its size and weight, or a count of characters.
import { characters } from '../data/characters';

/** What a digit of the charts' 11 px labels takes at most, in pixels (a DejaVu Sans digit: 0.64
 *  em): the width a number written in SVG is given (a rank, a count). */
export const DIGIT_PX = 7;

/** How wide a text is, in the unit of the width it must fit. */
export type Measure = (text: string) => number;

/** A text's count of characters: the measure when none is given. */
const count: Measure = (text) => characters(text).length;

/** Breakable white space: all of it but the no-break spaces French typography sets (U+00A0, U+202F). */
const BREAK = /[^\S\u00a0\u202f]+/;

/** A word wider than `max` in pieces that fit, each of one character at least. */
function pieces(word: string, max: number, measure: Measure): string[] {
  if (measure(word) <= max) return [word];
  const out: string[] = [];
  let piece = '';
  for (const c of characters(word)) {
    if (piece !== '' && measure(piece + c) > max) {
      out.push(piece);
      piece = c;
    } else piece += c;
  }
  if (piece !== '') out.push(piece);
  return out;
}

/**
 * Splits text into lines no wider than `max` as `measure` gives them (by default, at most `max`
 * characters), at breakable spaces; a wider word is cut where it must.
 */
export function wrap(text: string, max: number, measure: Measure = count): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(BREAK).filter((w) => w !== '')) {
    for (const piece of pieces(word, max, measure)) {
      if (line === '') line = piece;
      else if (measure(`${line} ${piece}`) <= max) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
