// Text → lines of at most so many characters, for text drawn in SVG (which does not wrap): a long
// ranking's note, and the downloaded images' titles, legends and notes (export/svg.ts).

/** What a digit of the charts' 11 px labels takes at most, in pixels (a DejaVu Sans digit: 0.64
 *  em): the width a number written in SVG is given (a rank, a count). */
export const DIGIT_PX = 7;

/** Breakable white space: all of it but the no-break spaces French typography sets (U+00A0, U+202F). */
const BREAK = /[^\S\u00a0\u202f]+/;

/** Splits text into lines of at most `maxChars` characters, at breakable spaces; a longer word is cut. */
export function wrap(text: string, maxChars: number): string[] {
  const max = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(BREAK).filter((w) => w !== '')) {
    const pieces = word.match(new RegExp(`.{1,${max}}`, 'gsu')) ?? [word];
    for (const piece of pieces) {
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= max) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
