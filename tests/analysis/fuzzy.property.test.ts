// Invariants of tolerant matching, on random words and names: the distance agrees with a plain
// edit table worked out here, and whatever the query, a close match's corrected query finds it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closeMatches,
  fuzzyIndex,
  partialMatches,
  prefixDistance,
} from '../../src/lib/analysis/fuzzy';
import { matches, queryWords, searchKey } from '../../src/lib/analysis/search';

/** Restricted optimal-alignment distance between a and b, by the textbook full table. */
function osa(a: string, b: string): number {
  const d = new Map<string, number>();
  const get = (i: number, j: number): number => d.get(`${i},${j}`) ?? (i === 0 ? j : i);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(
        get(i - 1, j) + 1,
        get(i, j - 1) + 1,
        get(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, get(i - 2, j - 2) + 1);
      }
      d.set(`${i},${j}`, v);
    }
  }
  return get(a.length, b.length);
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'e', 's', 't'), maxLength: 9 });

/** A name of 1 to 4 words, and a list of 1 to 12 of them. */
const name = fc.array(
  word.filter((w) => w.length > 0),
  { minLength: 1, maxLength: 4 },
);
const names = fc.array(name, { minLength: 1, maxLength: 12 });

describe('prefixDistance', () => {
  it('is the least distance to a prefix of the word, capped at max + 1', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (typed, w, max) => {
        let least = Infinity;
        for (let j = 0; j <= w.length; j++) least = Math.min(least, osa(typed, w.slice(0, j)));
        expect(prefixDistance(typed, w, max)).toBe(Math.min(least, max + 1));
      }),
    );
  });

  it('is 0 for any start of the word', () => {
    fc.assert(
      fc.property(word, fc.nat(9), (w, n) => {
        expect(prefixDistance(w.slice(0, n), w, 0)).toBe(0);
      }),
    );
  });
});

describe('closeMatches', () => {
  it('gives items whose key the corrected query matches exactly, fewest typos first', () => {
    fc.assert(
      fc.property(names, fc.array(word, { maxLength: 3 }), (ns, q) => {
        const items = ns.map((n, i) => ({ id: `s${i}`, key: searchKey(n.join(' ')) }));
        const keys = new Map(items.map((it) => [it.id, it.key]));
        const found = closeMatches(items, fuzzyIndex(keys), q.join(' '), items.length);
        for (const m of found) expect(matches(m.item.key, queryWords(m.meant))).toBe(true);
        const edits = found.map((m) => m.edits);
        expect(edits).toEqual([...edits].sort((a, b) => a - b));
      }),
    );
  });

  it('finds a name from one of its long words with one letter changed', () => {
    fc.assert(
      fc.property(names, fc.nat(), fc.nat(), (ns, pick, at) => {
        const items = ns.map((n, i) => ({ id: `s${i}`, key: searchKey(n.join(' ')) }));
        const target = items[pick % items.length] ?? { id: '', key: '' };
        const long = queryWords(target.key).find((w) => w.length >= 4) ?? '';
        fc.pre(long !== '');
        const i = at % long.length;
        const typo = long.slice(0, i) + (long[i] === 'x' ? 'y' : 'x') + long.slice(i + 1);
        const keys = new Map(items.map((it) => [it.id, it.key]));
        const found = closeMatches(items, fuzzyIndex(keys), typo, items.length);
        expect(found.map((m) => m.item.id)).toContain(target.id);
      }),
    );
  });
});

describe('partialMatches', () => {
  it('gives items each found by its own corrected words, no more than were typed, one set for all', () => {
    fc.assert(
      fc.property(names, fc.array(word, { minLength: 2, maxLength: 4 }), (ns, q) => {
        const items = ns.map((n, i) => ({ id: `s${i}`, key: searchKey(n.join(' ')) }));
        const index = fuzzyIndex(new Map(items.map((it) => [it.id, it.key])));
        const typed = new Set(queryWords(q.join(' ')));
        const found = partialMatches(items, index, q.join(' '), items.length);
        for (const m of found) {
          // The words kept, corrected: each comes close to the item's own words.
          const again = closeMatches([m.item], index, m.meant, 1);
          expect(again.map((c) => c.item.id)).toEqual([m.item.id]);
          expect(queryWords(m.meant).length).toBeGreaterThan(0);
          expect(queryWords(m.meant).length).toBeLessThanOrEqual(typed.size);
        }
        // One set of words for all: as many words kept by each.
        expect(new Set(found.map((m) => queryWords(m.meant).length)).size).toBeLessThanOrEqual(1);
        const edits = found.map((m) => m.edits);
        expect(edits).toEqual([...edits].sort((a, b) => a - b));
      }),
    );
  });
});
