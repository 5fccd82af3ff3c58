import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitWidth, textWidth } from '../../src/lib/charts/text-width';

// Widths worked out by hand from the classes' advances (thousandths of an em, regular/bold):
// « i » 340/385, « r » 415/495, « e » 640/720, « E » 640/735, « A » 790/870, « W » and « … »
// (no class) 1030/1110.
describe('textWidth', () => {
  it('adds each character’s advance at the font size, regular or bold', () => {
    expect(textWidth('', 10)).toBe(0);
    expect(textWidth('ie', 10)).toBeCloseTo(9.8, 9);
    expect(textWidth('ie', 10, true)).toBeCloseTo(11.05, 9);
    expect(textWidth('AW', 11)).toBeCloseTo(20.02, 9);
    expect(textWidth('r E', 20)).toBeCloseTo(27.9, 9);
  });

  it('draws an accented letter as its letter, whichever way the accent is written', () => {
    expect(textWidth('é', 10)).toBeCloseTo(6.4, 9);
    expect(textWidth('e\u0301', 10)).toBeCloseTo(6.4, 9);
    expect(textWidth('É', 10, true)).toBeCloseTo(7.35, 9);
  });

  it('gives a character of no class, another script’s included, 1.03 em', () => {
    expect(textWidth('東京', 10)).toBeCloseTo(20.6, 9);
    expect(textWidth('…', 10, true)).toBeCloseTo(11.1, 9);
  });
});

describe('fitWidth', () => {
  it('keeps a text that fits whole', () => {
    expect(fitWidth('eee', 19.2, 10)).toBe('eee');
    expect(fitWidth('', 0, 10)).toBe('');
  });

  it('cuts the rest to its longest beginning that fits with « … »', () => {
    // « eeeeee » is 38.4 px; with 30 px, 30 − 10.3 (« … ») = 19.7 leaves room for three « e ».
    expect(fitWidth('eeeeee', 30, 10)).toBe('eee…');
    // In bold, « … » is 11.1 and an « e » 7.2: 30 − 11.1 = 18.9 holds two.
    expect(fitWidth('eeeeee', 30, 10, true)).toBe('ee…');
    // Narrow letters fit more: five « i » are 17 px.
    expect(fitWidth('iiiiiiiiii', 30, 10)).toBe('iiiii…');
  });

  it('drops the spaces before « … », never parts a letter from its accent, « … » alone at worst', () => {
    expect(fitWidth('ee eeee', 30, 10)).toBe('ee…');
    expect(fitWidth('ee\u0301e\u0301eee', 30, 10)).toBe('ee\u0301e\u0301…');
    expect(fitWidth('eeeeee', 5, 10)).toBe('…');
  });

  it('gives the text or a beginning of it and « … », within the width when « … » fits', () => {
    const letters = fc.constantFrom('a', 'W', 'i', ' ', 'é', 'e\u0301', 'r', '東');
    fc.assert(
      fc.property(
        fc.array(letters, { maxLength: 40 }).map((a) => a.join('')),
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.boolean(),
        (text, width, bold) => {
          const fitted = fitWidth(text, width, 11, bold);
          if (fitted === text) {
            expect(textWidth(text, 11, bold)).toBeLessThanOrEqual(width);
            return;
          }
          expect(fitted.endsWith('…')).toBe(true);
          const kept = fitted.slice(0, -1);
          expect(text.startsWith(kept)).toBe(true);
          expect(kept).toBe(kept.trimEnd());
          // A combining accent is never the first thing cut off.
          expect(text.slice(kept.length)).not.toMatch(/^\p{M}/u);
          if (textWidth('…', 11, bold) <= width)
            expect(textWidth(fitted, 11, bold)).toBeLessThanOrEqual(width + 1e-9);
        },
      ),
    );
  });
});
