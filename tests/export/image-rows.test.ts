// Which schools the ranking's image shows (export/image-rows.ts), on the published ranking (144
// schools; the Mines family has 7, data/README.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankSchools } from '../../src/lib/analysis/rank';
import { chooseSchools } from '../../src/lib/export/image-rows';
import { seedSchools } from '../analysis/seed';

const all = rankSchools(seedSchools()).schools;
const named = (name: string) => {
  const s = all.find((x) => x.name === name);
  if (!s) throw new Error(`no ${name}`);
  return s;
};
const mines = all.filter((s) => s.name.startsWith('Mines '));
const from = { all, shown: mines, picked: [named('Mines Douai'), named('Centrale Lyon')] };

describe('chooseSchools', () => {
  it('top 10: the first ten of the whole ranking, 134 left', () => {
    const { schools, left, capped } = chooseSchools('top', from, 10, 15);
    expect(schools.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([left, capped]).toEqual([134, false]);
  });

  it('top 20 in an image that holds 15: 15, capped, 129 left', () => {
    const { schools, left, capped } = chooseSchools('top', from, 20, 15);
    expect(schools).toHaveLength(15);
    expect([left, capped]).toEqual([129, true]);
  });

  it('the schools shown: the 7 Mines schools, in ranked order, none left', () => {
    const { schools, left, capped } = chooseSchools('shown', from, 10, 15);
    expect(schools.map((s) => s.name)).toEqual(mines.map((s) => s.name));
    expect(schools).toHaveLength(7);
    expect([left, capped]).toEqual([0, false]);
  });

  it('the schools shown, more than fit: the first ones and the count left out', () => {
    const { schools, left, capped } = chooseSchools('shown', from, 10, 4);
    expect(schools.map((s) => s.name)).toEqual(mines.slice(0, 4).map((s) => s.name));
    expect([left, capped]).toEqual([3, true]);
  });

  it('the picked schools, in ranked order whatever the order picked', () => {
    const { schools, left } = chooseSchools('picked', from, 3, 15);
    expect(schools.map((s) => s.name)).toEqual(['Centrale Lyon', 'Mines Douai']);
    expect(left).toBe(0);
  });

  it('never more than asked, than the image holds or than there are; the rest counted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('top' as const, 'shown' as const, 'picked' as const),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 60 }),
        fc.subarray(all),
        (choice, n, max, shown) => {
          const { schools, left, capped } = chooseSchools(
            choice,
            { all, shown, picked: shown },
            n,
            max,
          );
          const list = choice === 'top' ? all : shown;
          expect(schools.length).toBeLessThanOrEqual(max);
          expect(schools.length + left).toBe(list.length);
          if (choice === 'top') expect(schools.length).toBe(Math.min(n, max));
          expect(capped).toBe((choice === 'top' ? n : list.length) > max);
          const positions = schools.map((s) => s.position);
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
        },
      ),
    );
  });
});
