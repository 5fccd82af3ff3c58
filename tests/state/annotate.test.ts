// The author's annotation in a link (title=, note=, highlight=, issue 15): read and written by the
// schema's fields, with their limits, control characters and unknown ids handled as a link's
// reading handles everything else (dropped, never an error).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultParams, fromSearch, historyStep, toSearch } from '../../src/lib/state/url';
import { cleanText, MAX_HIGHLIGHT, MAX_NOTE, MAX_TITLE } from '../../src/lib/state/schema';
import { ViewState } from '../../src/lib/state/view.svelte';

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];
const known = { ids: new Set(ids) };

describe('cleanText', () => {
  it.each([
    ['Mines en tête', 8, 'Mines en'],
    // Line breaks too (the form makes them spaces first); the limit counts them, as maxlength does.
    ['a\tb\nc\r\nd', 20, 'abcd'],
    ['\u0000\u0000abc', 4, 'ab'],
    ['a\u0000b\u0007c\u007fd\u0085e', 20, 'abcde'],
    // An emoji is two UTF-16 units: cut in its middle, its first half is dropped.
    ['ab😀', 3, 'ab'],
    ['ab😀', 4, 'ab😀'],
    ['x\uD800y\uDC00z', 9, 'xyz'],
    ['  espaces gardés  ', 40, '  espaces gardés  '],
    ['<script>alert("x")</script>', 40, '<script>alert("x")</script>'],
    ['שלום עולם', 40, 'שלום עולם'],
  ])('cleanText(%j, %j) gives %j', (text, max, expected) => {
    expect(cleanText(text, max)).toBe(expected);
  });

  it('gives text with no control character, no lone surrogate, within the limit, and is stable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.nat(300), (s, max) => {
        const c = cleanText(s, max);
        expect(c.length).toBeLessThanOrEqual(max);
        expect(c).not.toMatch(/\p{Cc}|\p{Cs}/u);
        expect(cleanText(c, max)).toBe(c);
      }),
    );
  });
});

describe('title, note and highlight in a link', () => {
  it('are read as given, trimmed, and written back in the schema’s order', () => {
    const v = fromSearch(
      '?title=+Les+Mines+en+t%C3%AAte+&note=Source+%3A+le+classement.&highlight=c,a',
      known,
    );
    expect([v.title, v.note, v.highlight]).toEqual([
      'Les Mines en tête',
      'Source : le classement.',
      ['c', 'a'],
    ]);
    expect(toSearch(v)).toBe(
      '?title=Les+Mines+en+t%C3%AAte&note=Source+%3A+le+classement.&highlight=c%2Ca',
    );
  });

  it('are left out at their defaults, and blank text is no title', () => {
    expect(toSearch({ ...defaultParams, title: '   ', note: '' })).toBe('');
    expect(fromSearch('?title=%20%20&note=', known)).toEqual(defaultParams);
  });

  it(`keep at most ${MAX_TITLE} and ${MAX_NOTE} characters, and ${MAX_HIGHLIGHT} schools`, () => {
    const v = fromSearch(
      `?title=${'t'.repeat(500)}&note=${'n'.repeat(500)}&highlight=${ids.join(',')}`,
      known,
    );
    expect(v.title).toBe('t'.repeat(120));
    expect(v.note).toBe('n'.repeat(280));
    expect(v.highlight).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
  });

  it('drop control characters, unknown ids, malformed ids and repeats', () => {
    const v = fromSearch(
      '?title=A%00B%09C%0AD%1B&note=%E2%80%AEtxet&highlight=zz,b,B,b,..%2F,c%3Cscript%3E,a',
      known,
    );
    expect(v.title).toBe('ABCD');
    // A right-to-left override is text (Cf), not a control character: kept, shown as text.
    expect(v.note).toBe('\u202Etxet');
    expect(v.highlight).toEqual(['b', 'a']);
  });

  it('replace the history entry while typed, as the search does; a school put forward is a step', () => {
    expect(historyStep('?title=Le', '?title=Les')).toBe('replace');
    expect(historyStep('', '?title=L&note=N')).toBe('replace');
    expect(historyStep('?title=Le', '?title=Le&highlight=a')).toBe('push');
    expect(historyStep('?title=Le', '?title=Le&pick=a')).toBe('push');
  });

  it('read back whatever was typed, cleaned as the form cleans it (round trip)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 10 }),
        (title, note, highlight) => {
          const view = new ViewState();
          view.annotate('title', cleanText(title, MAX_TITLE));
          view.annotate('note', cleanText(note, MAX_NOTE));
          view.annotate('highlight', highlight);
          const back = fromSearch(toSearch(view.params), known);
          expect(back.title).toBe(cleanText(title, MAX_TITLE).trim());
          expect(back.note).toBe(cleanText(note, MAX_NOTE).trim());
          expect(back.highlight).toEqual(highlight);
        },
      ),
    );
  });
});

describe('ViewState.annotate', () => {
  it('keeps what is typed as typed (a space between words stays); a link trims it', () => {
    const view = new ViewState();
    view.annotate('title', 'Les ');
    expect(view.title).toBe('Les ');
    expect(toSearch(view.params)).toBe('?title=Les');
    view.annotate('highlight', ['b', 'a']);
    expect(toSearch(view.params)).toBe('?title=Les&highlight=b%2Ca');
    view.annotate('title', '');
    view.annotate('highlight', []);
    expect(view.params).toEqual(defaultParams);
  });
});
