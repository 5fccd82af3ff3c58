// The embed builder's pure part: the author's choices + the page's view → the embed's view, and
// when its code is complete. Query strings worked out by hand from the schema's order (q, min, max,
// fam, reg, tie, pick, sort, top, lang, page, theme, embed, embedId, edit, cti, school, data).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  builderParams,
  missing,
  picksShown,
  type BuilderChoice,
} from '../../src/lib/embed/builder';
import { defaultParams, EMBED_KINDS, type ViewParams } from '../../src/lib/state/schema';
import { toSearch } from '../../src/lib/state/url';

/** A page with every filter set, three picks, an open profile, in English, on the methodology. */
const page: ViewParams = {
  ...defaultParams,
  query: 'mines',
  range: [3, 6],
  families: ['mines'],
  regions: ['84'],
  tiedWith: 'cpe-lyon',
  picks: ['a', 'b', 'c'],
  sort: { key: 'name', dir: 'asc' },
  lang: 'en',
  page: 'method',
  school: 'cpe-lyon',
};
const choice = (c: Partial<BuilderChoice>): BuilderChoice => ({
  kind: 'ranking',
  picks: [],
  theme: 'auto',
  withFilter: true,
  editable: false,
  ...c,
});

describe('builderParams', () => {
  it.each([
    [
      choice({ kind: 'school', picks: ['b', 'c'], theme: 'dark', withFilter: false }),
      '?pick=b&sort=name&lang=en&theme=dark&embed=school',
    ],
    [
      choice({ kind: 'compare', picks: ['c', 'a'], theme: 'light', editable: true }),
      '?q=mines&min=3&max=6&fam=mines&reg=84&tie=cpe-lyon&pick=c%2Ca&sort=name&lang=en&theme=light&embed=compare&edit=1',
    ],
    [
      choice({ kind: 'compare', picks: ['a', 'b', 'c', 'd', 'e', 'f'], withFilter: false }),
      '?pick=a%2Cb%2Cc%2Cd%2Ce&sort=name&lang=en&embed=compare',
    ],
    // A ranking shows no chosen school: the page's picks colour it; readers' edits are the
    // comparison's only.
    [
      choice({ kind: 'ranking', picks: ['z'], editable: true }),
      '?q=mines&min=3&max=6&fam=mines&reg=84&tie=cpe-lyon&pick=a%2Cb%2Cc&sort=name&lang=en&embed=ranking',
    ],
    [
      choice({ kind: 'table', withFilter: false, theme: 'dark' }),
      '?pick=a%2Cb%2Cc&sort=name&lang=en&theme=dark&embed=table',
    ],
  ])('builderParams(page, %j) writes %s', (c, expected) => {
    expect(toSearch(builderParams(page, c))).toBe(expected);
  });

  it('keeps what the choices do not touch, drops what an embed never shows, for any choice', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g');
    const arb = fc.record({
      kind: fc.constantFrom(...EMBED_KINDS),
      picks: fc.uniqueArray(id, { maxLength: 7 }),
      theme: fc.constantFrom('auto' as const, 'light' as const, 'dark' as const),
      withFilter: fc.boolean(),
      editable: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, (c) => {
        const out = builderParams(page, c);
        expect(out.embed).toBe(c.kind);
        expect(out.theme).toBe(c.theme);
        expect([out.page, out.school]).toEqual(['explorer', null]);
        expect([out.lang, out.sort, out.cti, out.top, out.data]).toEqual([
          page.lang,
          page.sort,
          page.cti,
          page.top,
          page.data,
        ]);
        const filter = [out.query, out.range, out.families, out.regions, out.tiedWith];
        expect(filter).toEqual(
          c.withFilter
            ? [page.query, page.range, page.families, page.regions, page.tiedWith]
            : ['', null, [], [], null],
        );
        const n = picksShown(c.kind);
        expect(out.picks).toEqual(n === 0 ? page.picks : c.picks.slice(0, n));
        expect(out.edit).toBe(c.editable && c.kind === 'compare');
      }),
    );
  });
});

describe('missing', () => {
  it.each([
    ['school', [], 'school'],
    ['compare', [], 'school'],
    ['school', ['a'], null],
    ['compare', ['a', 'b'], null],
    ['ranking', [], null],
    ['distribution', [], null],
    ['table', [], null],
  ] as const)('missing({ kind: %s, picks: %j }) is %s', (kind, picks, expected) => {
    expect(missing({ kind, picks })).toBe(expected);
  });

  it('picksShown: one school on a card, five in a comparison, none elsewhere', () => {
    expect(EMBED_KINDS.map(picksShown)).toEqual([0, 0, 0, 1, 5]);
  });
});
