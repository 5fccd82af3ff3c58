import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LONG_WORD, nameParts, PIECE, unitParts, wordParts } from '../../src/lib/data/name-breaks';

describe('nameParts: where a name may break in a table', () => {
  it('cuts after apostrophes only, in the published names', () => {
    expect(nameParts("Polytech'Clermont-Ferrand")).toEqual(["Polytech'", 'Clermont-Ferrand']);
    expect(nameParts('ENSEA')).toEqual(['ENSEA']);
    expect(nameParts('Université Pierre-et-Marie-Curie)')).toEqual([
      'Université Pierre-et-Marie-Curie)',
    ]);
    expect(nameParts('Ecole d’ingénieurs du Val d’Oise')).toEqual([
      'Ecole d’',
      'ingénieurs du Val d’',
      'Oise',
    ]);
    expect(nameParts('')).toEqual(['']);
  });

  it('cuts a word of 24 characters or more every 12; a hyphen ends a word', () => {
    expect(nameParts('A'.repeat(23))).toEqual(['A'.repeat(23)]);
    expect(nameParts(`${'A'.repeat(20)}-${'A'.repeat(20)}`)).toEqual([
      `${'A'.repeat(20)}-${'A'.repeat(20)}`,
    ]);
    expect(nameParts('A'.repeat(25))).toEqual(['A'.repeat(12), 'A'.repeat(12), 'A']);
    expect(nameParts(`École ${'B'.repeat(30)} de Lyon`)).toEqual([
      `École ${'B'.repeat(12)}`,
      'B'.repeat(12),
      'B'.repeat(6) + ' de Lyon',
    ]);
    // After an apostrophe, the word's count starts again.
    expect(nameParts(`L'${'C'.repeat(26)}`)).toEqual(["L'", 'C'.repeat(12), 'C'.repeat(12), 'CC']);
  });

  it('wordParts leaves apostrophes alone (the comparison table), and cuts long words the same', () => {
    expect(wordParts("Polytech'Clermont-Ferrand")).toEqual(["Polytech'Clermont-Ferrand"]);
    expect(wordParts("Polytech'Clermont")).toEqual(["Polytech'Clermont"]);
    expect(wordParts(`L'${'C'.repeat(26)}`)).toEqual([
      `L'${'C'.repeat(10)}`,
      'C'.repeat(12),
      'C'.repeat(4),
    ]);
    expect(wordParts('')).toEqual(['']);
  });

  it('never parts a letter from its accent, nor a surrogate pair', () => {
    const e = 'e\u0301'; // « é » as two code points
    const parts = nameParts(e.repeat(26));
    expect(parts).toEqual([e.repeat(12), e.repeat(12), e.repeat(2)]);
    const emoji = '😀'.repeat(26);
    expect(nameParts(emoji)).toEqual(['😀'.repeat(12), '😀'.repeat(12), '😀'.repeat(2)]);
  });

  it('gives back the name when its parts are joined, no part empty but a lone empty name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (name) => {
        for (const parts of [nameParts(name), wordParts(name)]) {
          expect(parts.join('')).toBe(name);
          if (name !== '') for (const p of parts) expect(p).not.toBe('');
        }
      }),
    );
  });

  it('leaves no word of LONG_WORD characters or more whole in a part', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'é', ' ', "'", 'Z', '-'), { maxLength: 200 }),
        (chars) => {
          const name = chars.join('');
          for (const part of nameParts(name)) {
            // Within a part, a word is either short, or a piece of a long word.
            for (const run of part.match(/[^\s-]+/gu) ?? []) {
              expect([...run].length < LONG_WORD || [...run].length <= PIECE).toBe(true);
            }
          }
        },
      ),
    );
  });
});

describe('unitParts', () => {
  it.each([
    ['10,5\u00a0mois', ['10,5', '\u00a0mois']],
    ['12\u00a0months', ['12', '\u00a0months']],
    // A sign stays with its number.
    ['85\u202f%', ['85\u202f%', '']],
    ['85\u00a0%\u00a0pts', ['85\u00a0%', '\u00a0pts']],
    ['1 234,5\u00a0sem.', ['1 234,5', '\u00a0sem.']],
    ['12', ['12', '']],
    ['', ['', '']],
    ['\u00a0mois', ['\u00a0mois', '']],
    // Grouped by thousands, no unit: nothing to cut.
    ['1\u202f234', ['1\u202f234', '']],
    ['12\u00a0000\u00a0mois', ['12\u00a0000', '\u00a0mois']],
  ])('%j → %j', (text, parts) => {
    expect(unitParts(text)).toEqual(parts);
  });

  it('gives back the text when joined', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(unitParts(text).join('')).toBe(text);
      }),
    );
  });
});
