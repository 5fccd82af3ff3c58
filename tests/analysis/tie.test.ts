import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tieMeaning, type Move } from '../../src/lib/analysis/tie';
import { competitionRanks, rankSchools } from '../../src/lib/analysis/rank';
import { buildDataset } from '../../src/lib/dataset';
import type { RankedSchool } from '../../src/lib/analysis/types';
import type { Direction } from '../../src/lib/data/shapes';
import { seedText } from '../seed-text';
import { rankedOf } from './made';

const all = buildDataset(seedText).ranking.schools;
const school = (name: string): RankedSchool => {
  const s = all.find((x) => x.name === name);
  if (!s) throw new Error(name);
  return s;
};
/** A move as [value, gap, more, rank, size]. */
const brief = (m: Move | null) => m && [m.value, m.gap, m.more, m.rank, m.size];
const meaning = (name: string) => {
  const t = tieMeaning(all, school(name));
  return {
    tie: [t.tie.size, t.tie.first, t.tie.last],
    ahead: brief(t.ahead),
    behind: brief(t.behind),
  };
};

// By hand from the seed, counting the schools at each value from the top: 12 ×4, 11 ×3, 10.5,
// 10 ×6, 9 ×5, 8.8, 8.7, 8.5, 8 ×4, 7.5 ×2, 7 ×3, 6.5 ×2, 6 ×32, 5.5 ×3, … , 1.5, 1 ×2.
describe('tieMeaning on the seed', () => {
  it('Centrale Lyon (6 months): 32 schools at rank 34, places 34–65; 32nd tied at 6.5, 65th tied at 5.5', () => {
    // 31 schools above 6.5 → rank 32 there; at 5.5 it leaves the 65 schools above 5.5: 64 → 65th.
    expect(meaning('Centrale Lyon')).toEqual({
      tie: [32, 34, 65],
      ahead: [6.5, 0.5, true, 32, 3],
      behind: [5.5, 0.5, false, 65, 4],
    });
  });

  it('Centrale Paris (10.5, alone at rank 8): 5th tied at 11, still 8th but tied at 10', () => {
    expect(meaning('Centrale Paris')).toEqual({
      tie: [1, 8, 8],
      ahead: [11, 0.5, true, 5, 4],
      behind: [10, 0.5, false, 8, 7],
    });
  });

  it('CPE Lyon (12, top, 4 tied): nothing ahead; 4th tied at 11', () => {
    expect(meaning('CPE Lyon')).toEqual({
      tie: [4, 1, 4],
      ahead: null,
      behind: [11, 1, false, 4, 4],
    });
  });

  it('ESTIA (1, bottom, 2 tied at 143): 142nd tied at 1.5; nothing behind', () => {
    expect(meaning('ESTIA')).toEqual({
      tie: [2, 143, 144],
      ahead: [1.5, 0.5, true, 142, 2],
      behind: null,
    });
  });

  it('a one-school table: alone at rank 1, nothing ahead nor behind', () => {
    const one = rankSchools([{ id: 'a', name: 'A', months: 3, printedRank: 1, line: 1 }]).schools;
    const t = tieMeaning(one, one[0] as RankedSchool);
    expect([t.tie.size, t.tie.first, t.tie.last, t.ahead, t.behind]).toEqual([1, 1, 1, null, null]);
  });

  it('less first: ahead is the nearest lower value, behind the nearest higher', () => {
    // 2, 3, 3, 5 ranked with less first: 2 is 1st, 3 and 3 are 2nd tied, 5 is 4th.
    const ranked = rankedOf([5, 3, 3, 2], 'lower');
    const three = ranked.find((s) => s.months === 3) as RankedSchool;
    const t = tieMeaning(ranked, three, 'lower');
    expect([t.tie.size, t.tie.first, t.tie.last]).toEqual([2, 2, 3]);
    // At 2 it joins the 1st; at 5 the 3 schools before 5 become 2 with it gone: 3rd tied.
    expect(brief(t.ahead)).toEqual([2, 1, false, 1, 2]);
    expect(brief(t.behind)).toEqual([5, 2, true, 3, 2]);
  });
});

/** Schools with values k/2 for k in `halves`, ranked in `direction`. */
const ranking = (halves: readonly number[], direction: Direction) =>
  rankSchools(
    halves.map((k, i) => ({
      id: `s${i}`,
      name: `S${i}`,
      months: k / 2,
      printedRank: null,
      line: i + 1,
    })),
    direction,
  ).schools;

const tables = fc.record({
  halves: fc.array(fc.integer({ min: 0, max: 24 }), { minLength: 1, maxLength: 40 }),
  direction: fc.constantFrom<Direction>('higher', 'lower'),
});

describe('tieMeaning (properties)', () => {
  it('a move gives the competition rank the school would have with that value, and its tie', () => {
    fc.assert(
      fc.property(tables, fc.nat(), ({ halves, direction }, k) => {
        const ranked = ranking(halves, direction);
        const i = k % ranked.length;
        const s = ranked[i] as RankedSchool;
        const sign = direction === 'lower' ? -1 : 1;
        const t = tieMeaning(ranked, s, direction);
        for (const m of [t.ahead, t.behind]) {
          if (m === null) continue;
          // Rank the table again with the school's value replaced (keys negated when less is better).
          const values = ranked.map((x, j) => sign * (j === i ? m.value : x.months));
          expect(m.rank).toBe(competitionRanks(values)[i]);
          expect(m.size).toBe(values.filter((v) => v === sign * m.value).length);
          expect(m.gap).toBeCloseTo(Math.abs(m.value - s.months), 9);
          expect(m.more).toBe(m.value > s.months);
        }
        // Nothing ahead exactly at rank 1; nothing behind exactly in the last group.
        expect(t.ahead === null).toBe(s.rank === 1);
        expect(t.behind === null).toBe(s.tie.last === ranked.length);
        if (t.ahead) expect(t.ahead.rank).toBeLessThan(s.rank);
        if (t.behind) expect(t.behind.rank).toBeGreaterThanOrEqual(s.tie.last);
      }),
    );
  });

  it('monotone: a better value never gives a worse rank ahead or behind', () => {
    fc.assert(
      fc.property(tables, fc.nat(), fc.nat(), ({ halves, direction }, a, b) => {
        const ranked = ranking(halves, direction);
        const x = ranked[a % ranked.length] as RankedSchool;
        const y = ranked[b % ranked.length] as RankedSchool;
        const better = direction === 'lower' ? x.months <= y.months : x.months >= y.months;
        const [hi, lo] = better ? [x, y] : [y, x];
        const [p, q] = [tieMeaning(ranked, hi, direction), tieMeaning(ranked, lo, direction)];
        expect(hi.rank).toBeLessThanOrEqual(lo.rank);
        if (p.ahead && q.ahead) expect(p.ahead.rank).toBeLessThanOrEqual(q.ahead.rank);
        if (p.behind && q.behind) expect(p.behind.rank).toBeLessThanOrEqual(q.behind.rank);
      }),
    );
  });
});
