import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { frenchSpaces, typeset, typesetFor } from '../../src/lib/i18n/typography';
import { NBSP, NNBSP } from './spaces';

/** Every run of spaces, no-break or not, as one plain space. */
const normalised = (text: string): string => text.replace(/[ \u00a0\u202f]+/g, ' ');
/** A plain space (U+0020) where French typography wants a no-break one. */
const BREAKABLE = / [:;!?»]|« /;

describe('frenchSpaces', () => {
  it.each([
    ['« x »', `«${NNBSP}x${NNBSP}»`],
    ['a : b', `a${NBSP}: b`],
    ['x ; y', `x${NNBSP}; y`],
    ['Que fait-on ?', `Que fait-on${NNBSP}?`],
    ['Non !', `Non${NNBSP}!`],
    ['Lien : https://example.org:8080/?q=a', `Lien${NBSP}: https://example.org:8080/?q=a`],
    ['[k ; k + 1[', `[k${NNBSP}; k + 1[`],
    [' ; 4 autres écoles', `${NNBSP}; 4 autres écoles`],
    // A run of spaces becomes one; a no-break space of the other kind takes the mark's kind.
    ['a  : b', `a${NBSP}: b`],
    [`a${NNBSP}: b`, `a${NBSP}: b`],
    [`x${NBSP}? «${NBSP}y`, `x${NNBSP}? «${NNBSP}y`],
    ['«  »', `«${NNBSP}»`],
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

  it('is idempotent, and changes nothing but the spaces by the marks', () => {
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
});

describe('typesetFor', () => {
  it('sets French spaces in French, and leaves English as it is', () => {
    expect(typesetFor.fr('Note : x')).toBe(`Note${NBSP}: x`);
    expect(typesetFor.en('Line 7 : x')).toBe('Line 7 : x');
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
