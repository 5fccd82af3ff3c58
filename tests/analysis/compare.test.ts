import { describe, expect, it } from 'vitest';
import { gaps } from '../../src/lib/analysis/compare';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';

const schools = buildDataset(seedText).ranking.schools;
const byName = (name: string) => {
  const s = schools.find((x) => x.name === name);
  if (!s) throw new Error(`no ${name}`);
  return s;
};

describe('gaps', () => {
  it('gaps([Centrale Lyon, Centrale Paris]) orders by rank: 4.5 months and 26 ranks', () => {
    const [g] = gaps([byName('Centrale Lyon'), byName('Centrale Paris')]);
    expect(g?.higher.name).toBe('Centrale Paris');
    expect(g?.lower.name).toBe('Centrale Lyon');
    expect(g?.months).toBe(4.5);
    expect(g?.ranks).toBe(26);
  });

  it('tied schools differ by nothing', () => {
    const [g] = gaps([byName('Centrale Lyon'), byName('Centrale Lille')]);
    expect(g).toMatchObject({ months: 0, ranks: 0 });
    expect(g?.higher.name).toBe('Centrale Lille');
  });

  it('rounds away floating-point noise: 8.8 − 8.7 is 0.1', () => {
    const [g] = gaps([byName('ENSIIE'), byName('UTT (Université de technologie Troyes)')]);
    expect(g?.months).toBe(0.1);
    expect(g?.ranks).toBe(1);
  });

  it('n schools give n − 1 gaps between neighbours; none for 0 or 1', () => {
    const five = ['CPE Lyon', 'Centrale Paris', 'INSA Lyon', 'Mines Paris', 'ESTIA'].map(byName);
    expect(gaps(five).map((g) => [g.months, g.ranks])).toEqual([
      [1.5, 7],
      [2.5, 15],
      [1, 6],
      [6, 114],
    ]);
    expect(gaps([])).toEqual([]);
    expect(gaps([byName('ESTIA')])).toEqual([]);
  });
});
