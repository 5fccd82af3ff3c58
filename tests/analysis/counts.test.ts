import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countsOf } from '../../src/lib/analysis/counts';
import { buildDataset } from '../../src/lib/dataset';
import type { RankedSchool } from '../../src/lib/analysis/types';
import type { Direction } from '../../src/lib/data/shapes';
import { seedText } from '../seed-text';
import { rankedOf } from './made';

const all = buildDataset(seedText).ranking.schools;
const counts = (name: string) => {
  const s = all.find((x) => x.name === name);
  if (!s) throw new Error(name);
  return countsOf(s, all.length);
};

// By hand from the seed (144 schools), counting the schools at each value from the top:
// 12 ×4 (places 1–4), 11 ×3 (5–7), 10.5 (8), 10 ×6 (9–14), 9 ×5 (15–19), … 6 ×32 (34–65), … 1 ×2.
describe('countsOf on the seed', () => {
  it('ENST Paris (9 months, places 15–19): 14 have more, 125 fewer, 4 others the same', () => {
    expect(counts('ENST Paris')).toEqual({ more: 14, fewer: 125, same: 4 });
  });
  it('Centrale Lyon (6 months, places 34–65): 33 more, 79 fewer, 31 the same', () => {
    expect(counts('Centrale Lyon')).toEqual({ more: 33, fewer: 79, same: 31 });
  });
  it('Centrale Paris (10.5, alone at place 8): 7 more, 136 fewer, none the same', () => {
    expect(counts('Centrale Paris')).toEqual({ more: 7, fewer: 136, same: 0 });
  });
  it('CPE Lyon (12, top, 4 tied): none more, 140 fewer, 3 the same', () => {
    expect(counts('CPE Lyon')).toEqual({ more: 0, fewer: 140, same: 3 });
  });
  it('ESTIA (1, bottom, 2 tied): 142 more, none fewer, 1 the same', () => {
    expect(counts('ESTIA')).toEqual({ more: 142, fewer: 0, same: 1 });
  });
});

describe('countsOf with less first', () => {
  it('2, 3, 3, 5 ranked lowest first: a 3 has 1 school with less, 1 with more, 1 the same', () => {
    const ranked = rankedOf([2, 3, 3, 5], 'lower');
    const three = ranked.find((s) => s.months === 3) as RankedSchool;
    expect(countsOf(three, 4, 'lower')).toEqual({ more: 1, fewer: 1, same: 1 });
    const five = ranked.find((s) => s.months === 5) as RankedSchool;
    expect(countsOf(five, 4, 'lower')).toEqual({ more: 0, fewer: 3, same: 0 });
  });
});

describe('countsOf on random tables', () => {
  const table = fc.array(
    fc.integer({ min: 0, max: 20 }).map((h) => h / 2),
    { minLength: 1, maxLength: 50 },
  );
  const direction = fc.constantFrom<Direction>('higher', 'lower');

  it('more + fewer + same + 1 is the table size, and each count is the values’ own', () => {
    fc.assert(
      fc.property(table, direction, (values, d) => {
        const ranked = rankedOf(values, d);
        for (const s of ranked) {
          const c = countsOf(s, ranked.length, d);
          expect(c.more + c.fewer + c.same + 1).toBe(ranked.length);
          // Counted apart, from the values themselves.
          expect(c.more).toBe(values.filter((v) => v > s.months).length);
          expect(c.fewer).toBe(values.filter((v) => v < s.months).length);
          expect(c.same).toBe(values.filter((v) => v === s.months).length - 1);
        }
      }),
    );
  });
});
