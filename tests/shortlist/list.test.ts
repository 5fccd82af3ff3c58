// The shortlist as stored: what is read back from storage (checked), what is written, and the
// list's operations, on hand-worked cases and as properties.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  added,
  formatShortlist,
  listed,
  listedFirst,
  MAX_IDS,
  parseShortlist,
  removed,
  toggled,
  VERSION,
} from '../../src/lib/shortlist/list';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const ids = fc.uniqueArray(id, { maxLength: 12 });

describe('parseShortlist', () => {
  it('formatShortlist(["centrale-paris", "ensiie"]) reads back as the same ids', () => {
    const text = formatShortlist(['centrale-paris', 'ensiie']);
    expect(text).toBe('{"v":1,"ids":["centrale-paris","ensiie"]}');
    expect(parseShortlist(text)).toEqual(['centrale-paris', 'ensiie']);
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{"v":1,"ids":["a"'],
    ['JSON null', 'null'],
    ['a bare array (no version)', '["centrale-paris"]'],
    ['another version', '{"v":2,"ids":["centrale-paris"]}'],
    ['the version as text', '{"v":"1","ids":["centrale-paris"]}'],
    ['ids not a list', '{"v":1,"ids":"centrale-paris"}'],
    ['a number', '42'],
    ['an empty string', ''],
  ])('%s reads as an empty list', (_, text) => {
    expect(parseShortlist(text)).toEqual([]);
  });

  it('keeps the well-formed ids only, once each, in their order', () => {
    const text = JSON.stringify({
      v: VERSION,
      ids: ['ensiie', 42, 'Centrale Paris', 'ensiie', null, '<img>', '', 'cpe-lyon', ['x']],
    });
    expect(parseShortlist(text)).toEqual(['ensiie', 'cpe-lyon']);
  });

  it(`cuts a huge stored list at ${MAX_IDS} ids`, () => {
    const many = Array.from({ length: MAX_IDS + 5 }, (_, i) => `s${i}`);
    const read = parseShortlist(formatShortlist(many));
    expect(read).toHaveLength(MAX_IDS);
    expect(read.at(-1)).toBe(`s${MAX_IDS - 1}`);
  });

  it('any text whatever reads as a list of unique well-formed ids, never an error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const read = parseShortlist(text);
        expect(new Set(read).size).toBe(read.length);
        for (const x of read) expect(x).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      }),
    );
  });

  it('what is written reads back the same (round trip)', () => {
    fc.assert(
      fc.property(ids, (list) => {
        expect(parseShortlist(formatShortlist(list))).toEqual(list);
      }),
    );
  });
});

describe('added, removed, toggled', () => {
  it('added(["a"], "b") gives a, b; added(["a", "b"], "a") gives the same list', () => {
    expect(added(['a'], 'b')).toEqual(['a', 'b']);
    const list = ['a', 'b'];
    expect(added(list, 'a')).toBe(list);
  });

  it('removed(["a", "b", "c"], "b") gives a, c; removing what is absent changes nothing', () => {
    expect(removed(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    const list = ['a'];
    expect(removed(list, 'z')).toBe(list);
  });

  it('toggled adds what is absent at the end and removes what is there', () => {
    expect(toggled(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggled(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('adding twice is adding once; removing twice is removing once (idempotent)', () => {
    fc.assert(
      fc.property(ids, id, (list, x) => {
        expect(added(added(list, x), x)).toEqual(added(list, x));
        expect(removed(removed(list, x), x)).toEqual(removed(list, x));
      }),
    );
  });

  it('toggling twice gives the list back when the id was absent, the id moved last when present', () => {
    fc.assert(
      fc.property(ids, id, (list, x) => {
        const twice = toggled(toggled(list, x), x);
        expect(twice).toEqual(list.includes(x) ? [...removed(list, x), x] : list);
      }),
    );
  });

  it('after toggling, the id is listed exactly when it was not before; no id repeats', () => {
    fc.assert(
      fc.property(ids, id, (list, x) => {
        const after = toggled(list, x);
        expect(after.includes(x)).toBe(!list.includes(x));
        expect(new Set(after).size).toBe(after.length);
      }),
    );
  });
});

describe('listed and listedFirst', () => {
  const table = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

  it('listed(table, ["d", "zz", "b"]) gives b, d: the table’s order, unknown ids left out', () => {
    expect(listed(table, ['d', 'zz', 'b']).map((s) => s.id)).toEqual(['b', 'd']);
  });

  it('listedFirst(e d c b a, ["b", "d"]) gives d b e c a: listed first, each part in its order', () => {
    const sorted = [...table].reverse();
    expect(listedFirst(sorted, ['b', 'd']).map((s) => s.id)).toEqual(['d', 'b', 'e', 'c', 'a']);
  });

  it('listedFirst with no id listed gives the sort unchanged', () => {
    expect(listedFirst(table, [])).toBe(table);
    expect(listedFirst(table, ['zz'])).toBe(table);
  });

  it('listedFirst is a permutation whose listed rows come first, both parts in the given order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(table),
        fc.subarray(['a', 'b', 'c', 'd', 'e', 'zz']),
        (sorted, list) => {
          const out = listedFirst(sorted, list).map((s) => s.id);
          const order = sorted.map((s) => s.id);
          const inList = order.filter((x) => list.includes(x));
          const rest = order.filter((x) => !list.includes(x));
          expect(out).toEqual([...inList, ...rest]);
        },
      ),
    );
  });
});
