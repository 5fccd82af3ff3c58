import { describe, expect, it } from 'vitest';
import { nextSort, sortSchools } from '../../src/lib/analysis/sort';
import { rankSchools } from '../../src/lib/analysis/rank';
import type { School } from '../../src/lib/data/types';

const school = (line: number, name: string, months: number): School => ({
  id: `s${line}`,
  name,
  months,
  printedRank: null,
  line,
});

// Source order: two tied at 6 (Zeta before Alpha), one above, one below; "École" and "ecole" compare equal.
const ranked = rankSchools([
  school(1, 'Zeta', 6),
  school(2, 'Alpha', 6),
  school(3, 'École b', 9),
  school(4, 'ecole a', 2),
]).schools;
const names = (key: 'rank' | 'name' | 'months', dir: 'asc' | 'desc'): string[] =>
  sortSchools(ranked, { key, dir }).map((s) => s.name);

describe('sortSchools', () => {
  it.each([
    ['rank', 'asc', ['École b', 'Zeta', 'Alpha', 'ecole a']],
    ['rank', 'desc', ['ecole a', 'Alpha', 'Zeta', 'École b']],
    ['name', 'asc', ['Alpha', 'ecole a', 'École b', 'Zeta']],
    ['name', 'desc', ['Zeta', 'École b', 'ecole a', 'Alpha']],
    ['months', 'desc', ['École b', 'Zeta', 'Alpha', 'ecole a']],
    ['months', 'asc', ['ecole a', 'Alpha', 'Zeta', 'École b']],
  ] as const)('sortSchools(by %s %s) gives %j', (key, dir, expected) => {
    expect(names(key, dir)).toEqual(expected);
  });

  it('leaves its input in place', () => {
    const before = ranked.map((s) => s.id);
    sortSchools(ranked, { key: 'name', dir: 'asc' });
    expect(ranked.map((s) => s.id)).toEqual(before);
  });
});

describe('nextSort', () => {
  it.each([
    [{ key: 'rank', dir: 'asc' }, 'rank', { key: 'rank', dir: 'desc' }],
    [{ key: 'rank', dir: 'desc' }, 'rank', { key: 'rank', dir: 'asc' }],
    [{ key: 'rank', dir: 'asc' }, 'months', { key: 'months', dir: 'desc' }],
    [{ key: 'months', dir: 'desc' }, 'name', { key: 'name', dir: 'asc' }],
  ] as const)('nextSort(%j, %s) gives %j', (current, key, expected) => {
    expect(nextSort(current, key)).toEqual(expected);
  });
});
