import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neighbours } from '../../src/lib/analysis/neighbours';
import { rankSchools } from '../../src/lib/analysis/rank';
import { buildDataset } from '../../src/lib/dataset';
import type { RankedSchool } from '../../src/lib/analysis/types';
import { seedText } from '../seed-text';
import { rankedOf } from './made';

const all = buildDataset(seedText).ranking.schools;
const school = (name: string): RankedSchool => {
  const s = all.find((x) => x.name === name);
  if (!s) throw new Error(name);
  return s;
};
const summary = (name: string) => {
  const n = neighbours(all, school(name));
  const one = (x: typeof n.above) => x && [x.school.name, x.school.months, x.gap, x.tied];
  return { above: one(n.above), below: one(n.below) };
};

describe('neighbours on the seed', () => {
  it('Mines Saint-Etienne (8 months, 4 tied): ENSAM above at 8.5, Groupe ICAM below at 7.5 (2 tied)', () => {
    expect(summary('Mines Saint-Etienne')).toEqual({
      above: ['ENSAM', 8.5, 0.5, 1],
      below: ['Groupe ICAM Lille Nantes Toulouse', 7.5, 0.5, 2],
    });
  });

  it('ENST Paris (9 months): SUPELEC, the last of the six at 10, above; ENSIIE at 8.8 below', () => {
    expect(summary('ENST Paris')).toEqual({
      above: ['SUPELEC', 10, 1, 6],
      below: ['ENSIIE', 8.8, 0.2, 1],
    });
  });

  it('Centrale Lyon (6 months, 32 tied): ESTBB, the last at 6.5, above; ESCOM Cergy, the first at 5.5, below', () => {
    expect(summary('Centrale Lyon')).toEqual({
      above: ['ESTBB', 6.5, 0.5, 2],
      below: ['ESCOM Cergy', 5.5, 0.5, 3],
    });
  });

  it('the top has no school above, the bottom none below', () => {
    expect(summary('CPE Lyon')).toEqual({ above: null, below: ['ENSEA', 11, 1, 3] });
    expect(summary('ESTIA')).toEqual({ above: ['ENSAI', 1.5, 0.5, 1], below: null });
    expect(summary('ENSIM Le Mans').below).toBeNull();
  });

  it('a school alone in the list has no neighbour', () => {
    const one = rankSchools([{ id: 'a', name: 'A', months: 3, printedRank: 1, line: 1 }]).schools;
    expect(neighbours(one, one[0] as RankedSchool)).toEqual({ above: null, below: null });
  });
});

describe('neighbours (properties)', () => {
  it('above is the nearest greater value, below the nearest smaller; both next to it in rank', () => {
    const values = fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(values, fc.nat(), (months, k) => {
        const ranked = rankedOf(months.map((m) => m / 2));
        const s = ranked[k % ranked.length] as RankedSchool;
        const { above, below } = neighbours(ranked, s);
        const greater = ranked.filter((x) => x.months > s.months).map((x) => x.months);
        const smaller = ranked.filter((x) => x.months < s.months).map((x) => x.months);
        expect(above?.school.months ?? null).toBe(greater.length ? Math.min(...greater) : null);
        expect(below?.school.months ?? null).toBe(smaller.length ? Math.max(...smaller) : null);
        // Next to the school's tie group in ranked order.
        if (above) expect(above.school.position).toBe(s.tie.first - 1);
        if (below) expect(below.school.position).toBe(s.tie.last + 1);
      }),
    );
  });
});
