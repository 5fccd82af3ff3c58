import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { frenchSpaces, typeset, typesetFor } from '../../src/lib/i18n/typography';
import { NBSP, NNBSP } from './spaces';

/** Every run of spaces, no-break or not, as one plain space. */
const normalised = (text: string): string => text.replace(/[ \u00a0\u202f]+/g, ' ');
/** A plain space (U+0020) where French typography wants a no-break one. */
const BREAKABLE = / [:;!?»]|« /;
/** A plain space (U+0020) between a number and the word after it. */
const NUMBER_WORD = /\d \p{L}/u;

describe('frenchSpaces', () => {
  it.each([
    ['« x »', `«${NNBSP}x${NNBSP}»`],
    ['a : b', `a${NBSP}: b`],
    ['x ; y', `x${NNBSP}; y`],
    ['Que fait-on ?', `Que fait-on${NNBSP}?`],
    ['Non !', `Non${NNBSP}!`],
    ['Lien : https://example.org:8080/?q=a', `Lien${NBSP}: https://example.org:8080/?q=a`],
    ['[k ; k + 1[', `[k${NNBSP}; k + 1[`],
    [' ; 4 autres écoles', `${NNBSP}; 4${NBSP}autres écoles`],
    // A run of spaces becomes one; a no-break space of the other kind takes the mark's kind.
    ['a  : b', `a${NBSP}: b`],
    [`a${NNBSP}: b`, `a${NBSP}: b`],
    [`x${NBSP}? «${NBSP}y`, `x${NNBSP}? «${NNBSP}y`],
    ['«  »', `«${NNBSP}»`],
    // A number and the word after it: one plain space between a digit and a letter.
    ['9 semaines', `9${NBSP}semaines`],
    ['32 écoles', `32${NBSP}écoles`],
    ['12 sem.', `12${NBSP}sem.`],
    ['1,5 mois', `1,5${NBSP}mois`],
    ['de 3 à 5 mois', `de 3${NBSP}à 5${NBSP}mois`],
    ['131 de ces 144 écoles', `131${NBSP}de ces 144${NBSP}écoles`],
    ['Sous 9 semaines : 8 des 144', `Sous 9${NBSP}semaines${NBSP}: 8${NBSP}des 144`],
    [`«${NNBSP}Environ 150 accords${NNBSP}»`, `«${NNBSP}Environ 150${NBSP}accords${NNBSP}»`],
  ])('frenchSpaces(%j) gives %j', (text, expected) => {
    expect(frenchSpaces(text)).toBe(expected);
  });

  it.each([
    [`a${NBSP}: b`],
    [`«${NNBSP}x${NNBSP}»`],
    ['https://example.org/?q=a'],
    ['10:30'],
    ['a:b; c! d? «e»'],
    ['Note: English; spaced after, never before!'],
    ['a\n: b\t; c'],
    [''],
    // A number with no word right after it: at the end, before a sign, two spaces, another space.
    ['Télécom Lille 1'],
    ['45 %'],
    ['de 3 – 5'],
    ['3  mois'],
    ['3\tmois'],
    ['3\nmois'],
    [`3${NBSP}mois`],
    [`3${NNBSP}mois`],
    ['34e rang, 1er ex æquo'],
  ])('frenchSpaces(%j) changes nothing: no space to replace', (text) => {
    expect(frenchSpaces(text)).toBe(text);
  });
});

describe('frenchSpaces, properties', () => {
  const french = fc.string({
    unit: fc.constantFrom(
      'a',
      'é',
      '1',
      ' ',
      ' ',
      NBSP,
      NNBSP,
      ':',
      ';',
      '!',
      '?',
      '«',
      '»',
      '/',
      '\n',
    ),
    maxLength: 40,
  });

  it('is idempotent, and changes nothing but spaces', () => {
    fc.assert(
      fc.property(fc.oneof(french, fc.string()), (text) => {
        const out = frenchSpaces(text);
        expect(frenchSpaces(out)).toBe(out);
        expect(normalised(out)).toBe(normalised(text));
      }),
    );
  });

  it('leaves no plain space before : ; ! ? » or after «', () => {
    fc.assert(
      fc.property(french, (text) => {
        expect(frenchSpaces(text)).not.toMatch(BREAKABLE);
      }),
    );
  });

  it('leaves no plain space between a digit and a letter', () => {
    fc.assert(
      fc.property(french, (text) => {
        expect(frenchSpaces(text)).not.toMatch(NUMBER_WORD);
      }),
    );
  });
});

describe('typesetFor', () => {
  it('sets French spaces in French, and leaves English as it is', () => {
    expect(typesetFor.fr('Note : x')).toBe(`Note${NBSP}: x`);
    expect(typesetFor.fr('9 semaines')).toBe(`9${NBSP}semaines`);
    expect(typesetFor.en('Line 7 : x')).toBe('Line 7 : x');
    expect(typesetFor.en('9 weeks')).toBe('9 weeks');
  });
});

describe('typeset', () => {
  const upper = (text: string): string => text.toUpperCase();
  const kept = { file: 'a b' };
  const catalogue = {
    lang: 'fr',
    n: 3,
    yes: true,
    nested: { title: 'titre', list: ['un', 'deux'] },
    greet: (name: string, times: number) => `bonjour ${name} ×${times}`,
    kept,
  };
  const out = typeset(catalogue, upper, new Set<object>([kept]));

  it('applies to every string, at any depth, and leaves other values alone', () => {
    expect(out.lang).toBe('FR');
    expect(out.n).toBe(3);
    expect(out.yes).toBe(true);
    expect(out.nested).toEqual({ title: 'TITRE', list: ['UN', 'DEUX'] });
  });

  it('applies to a function’s result, passes its arguments as they are, and keeps its arity', () => {
    expect(out.greet('léa', 2)).toBe('BONJOUR LÉA ×2');
    expect(out.greet).toHaveLength(2);
  });

  it('gives back the nodes it is told to keep, untouched', () => {
    expect(out.kept).toBe(kept);
    expect(catalogue.nested.title).toBe('titre');
  });
});
