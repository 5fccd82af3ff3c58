import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultParams,
  EMBED_KINDS,
  fromSearch,
  historyStep,
  toSearch,
  withoutEmbed,
  type ViewParams,
} from '../../src/lib/state/url';
import { cleanText } from '../../src/lib/state/schema';

const known = {
  ids: new Set(['centrale-paris', 'centrale-lyon', 'cpe-lyon', 'a', 'b', 'c', 'd', 'e', 'f']),
  families: new Set(['centrale', 'mines']),
};
const view = (v: Partial<ViewParams>): ViewParams => ({ ...defaultParams, ...v });

describe('toSearch', () => {
  it.each([
    [view({}), ''],
    [view({ query: 'centrale' }), '?q=centrale'],
    [view({ query: '   ' }), ''],
    [view({ range: [3, 5] }), '?min=3&max=5'],
    [view({ range: [3.5, Infinity] }), '?min=3.5'],
    [view({ families: ['mines', 'centrale'] }), '?fam=mines%2Ccentrale'],
    [view({ picks: ['centrale-paris', 'centrale-lyon'] }), '?pick=centrale-paris%2Ccentrale-lyon'],
    [view({ tiedWith: 'centrale-lyon' }), '?tie=centrale-lyon'],
    [view({ sort: { key: 'months', dir: 'desc' } }), '?sort=-months'],
    [view({ sort: { key: 'name', dir: 'asc' } }), '?sort=name'],
    [view({ lang: 'en' }), '?lang=en'],
    [view({ query: 'é&=?', lang: 'en' }), '?q=%C3%A9%26%3D%3F&lang=en'],
    [view({ page: 'method' }), '?page=methode'],
    [view({ page: 'method', lang: 'en', query: 'mines' }), '?q=mines&lang=en&page=methode'],
    [view({ page: 'explorer' }), ''],
    [view({ theme: 'dark' }), '?theme=dark'],
    [view({ theme: 'auto' }), ''],
    [view({ embed: 'ranking' }), '?embed=ranking'],
    [view({ embed: 'school', embedId: 'a_1', picks: ['b'] }), '?pick=b&embed=school&embedId=a_1'],
    [view({ embed: null, embedId: 'a_1' }), ''],
    [view({ embed: 'compare', embedId: 'c', edit: true }), '?embed=compare&embedId=c&edit=1'],
    [view({ embed: null, edit: true }), ''],
    [view({ cti: false }), '?cti=0'],
    [view({ school: 'cpe-lyon' }), '?school=cpe-lyon'],
    [view({ lang: 'en', cti: false, school: 'cpe-lyon' }), '?lang=en&cti=0&school=cpe-lyon'],
  ])('toSearch(%j) gives %j', (v, expected) => {
    expect(toSearch(v)).toBe(expected);
  });
});

describe('fromSearch', () => {
  it('reads every part back', () => {
    expect(
      fromSearch(
        '?q=st+etienne&min=3&max=5,5&fam=mines&reg=53,84&tie=cpe-lyon&pick=centrale-paris,centrale-lyon&sort=-months&top=selection&lang=en&page=methode&cti=0&school=centrale-lyon&data=tables/2027.csv',
        known,
      ),
    ).toEqual({
      query: 'st etienne',
      range: [3, 5.5],
      families: ['mines'],
      regions: ['53', '84'],
      picks: ['centrale-paris', 'centrale-lyon'],
      tiedWith: 'cpe-lyon',
      sort: { key: 'months', dir: 'desc' },
      top: 'selection',
      lang: 'en',
      page: 'method',
      embed: null,
      embedId: null,
      edit: false,
      theme: 'auto',
      cti: false,
      school: 'centrale-lyon',
      title: '',
      note: '',
      highlight: [],
      data: 'tables/2027.csv',
    });
  });

  it.each([
    ['?embed=ranking', { embed: 'ranking' }],
    ['?embed=distribution&theme=light', { embed: 'distribution', theme: 'light' }],
    [
      '?embed=table&theme=dark&embedId=Top-10_b',
      { embed: 'table', theme: 'dark', embedId: 'Top-10_b' },
    ],
    ['?embed=school&pick=centrale-paris', { embed: 'school', picks: ['centrale-paris'] }],
    ['?embed=compare&lang=en', { embed: 'compare', lang: 'en' }],
    ['?embed=compare&edit=1', { embed: 'compare', edit: true }],
    ['?embed=compare&edit=yes', { embed: 'compare' }],
    ['?theme=auto', {}],
  ] as const)('fromSearch(%j) reads the embed and theme', (search, expected) => {
    expect(fromSearch(search, known)).toEqual(view(expected));
  });

  it.each([
    ['', {}],
    ['?', {}],
    ['?lang=de', {}],
    ['?sort=price', {}],
    ['?sort=--months', {}],
    ['?min=abc&max=', {}],
    ['?min=-3', {}],
    ['?min=1e9', {}],
    ['?pick=unknown,%3Cscript%3E', {}],
    ['?fam=royal', {}],
    ['?tie=nobody', {}],
    ['?unknown=1&q', {}],
    ['?%E0%A4%A=1', {}],
    ['?page=method', {}],
    ['?page=METHODE', {}],
    ['?page=explorer', {}],
    ['?page=', {}],
    ['?embed=chart', {}],
    ['?embed=Ranking', {}],
    ['?theme=blue', {}],
    ['?theme=DARK', {}],
    ['?embedId=a%20b', {}],
    ['?embedId=%3Cx%3E', {}],
    [`?embedId=${'x'.repeat(65)}`, {}],
    ['?school=nobody', {}],
    ['?school=%3Cscript%3E', {}],
    ['?cti=1', {}],
    ['?cti=yes', {}],
  ])('fromSearch(%j) ignores what it cannot use', (search, expected) => {
    expect(fromSearch(search, known)).toEqual(view(expected));
  });

  it('swaps a reversed range and leaves an open end open', () => {
    expect(fromSearch('?min=8&max=2').range).toEqual([2, 8]);
    expect(fromSearch('?max=4').range).toEqual([-Infinity, 4]);
  });

  it('keeps at most 5 picks, without repeats, in the order given', () => {
    expect(fromSearch('?pick=a,b,a,c,d,e,f', known).picks).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('cuts the query to 100 characters', () => {
    expect(fromSearch(`?q=${'x'.repeat(500)}`).query).toHaveLength(100);
  });

  it('never throws on any string, and always gives a complete view', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const v = fromSearch(s, known);
        expect(Object.keys(v).sort()).toEqual(Object.keys(defaultParams).sort());
      }),
    );
  });

  it('reads back what toSearch wrote (round trip)', () => {
    const id = fc.constantFrom(...known.ids);
    const params = fc
      .record({
        query: fc.string({ maxLength: 100 }).filter((q) => q.trim() !== ''),
        range: fc.option(
          fc
            .tuple(fc.integer({ min: 0, max: 240 }), fc.integer({ min: 0, max: 240 }))
            .map(([a, b]): [number, number] => [Math.min(a, b) / 10, Math.max(a, b) / 10]),
        ),
        families: fc.uniqueArray(fc.constantFrom('centrale', 'mines')),
        regions: fc.uniqueArray(fc.constantFrom('11', '53', '84')),
        picks: fc.uniqueArray(id, { maxLength: 5 }),
        tiedWith: fc.option(id),
        sort: fc.record({
          key: fc.constantFrom('rank' as const, 'name' as const, 'months' as const),
          dir: fc.constantFrom('asc' as const, 'desc' as const),
        }),
        top: fc.constantFrom('none' as const, 'selection' as const),
        lang: fc.constantFrom('fr' as const, 'en' as const),
        page: fc.constantFrom('explorer' as const, 'method' as const),
        theme: fc.constantFrom('auto' as const, 'light' as const, 'dark' as const),
        embed: fc.option(fc.constantFrom(...EMBED_KINDS)),
        embedId: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)),
        edit: fc.boolean(),
        cti: fc.boolean(),
        school: fc.option(id),
        title: fc.string({ maxLength: 130 }).map((s) => cleanText(s, 120).trim()),
        note: fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => cleanText(s, 280).trim()),
        highlight: fc.uniqueArray(id, { maxLength: 10 }),
        data: fc.option(fc.constantFrom('tables/2027.csv', 'mine.tsv')),
      })
      // An embed id, and whether its readers may edit, are written only with an embed.
      .map((v) => (v.embed === null ? { ...v, embedId: null, edit: false } : v));
    fc.assert(
      fc.property(params, (v) => {
        expect(fromSearch(toSearch(v), known)).toEqual(v);
      }),
    );
  });
});

describe('withoutEmbed', () => {
  it('gives the same view in the whole app: filter, picks, language and theme kept', () => {
    const embedded = view({
      query: 'mines',
      picks: ['centrale-paris'],
      lang: 'en',
      theme: 'dark',
      embed: 'school',
      embedId: 'x',
    });
    expect(toSearch(withoutEmbed(embedded))).toBe(
      '?q=mines&pick=centrale-paris&lang=en&theme=dark',
    );
  });
});

describe('historyStep', () => {
  it.each([
    ['?q=a', '?q=ab', true],
    ['', '?q=a', true],
    ['?q=a&min=3', '?min=3&q=abc', true],
    ['?q=a&min=3', '?q=a&min=4', false],
    ['?pick=a', '', false],
    ['?q=a', '?q=a&page=methode', false],
  ])('historyStep(%j, %j) replaces: %s', (a, b, expected) => {
    expect(historyStep(a, b) === 'replace').toBe(expected);
  });
});
