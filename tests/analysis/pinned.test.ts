// withPinned: the filtered schools plus the picked and shortlisted ones the filter leaves out, in
// ranked order; hand-worked on the seed, then invariants on random tables.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withPinned } from '../../src/lib/analysis/pinned';
import { emptyFilter, filterIndex, filterSchools } from '../../src/lib/analysis/filter';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';

const all = buildDataset(seedText).ranking.schools;
const index = filterIndex(all, () => 'autre');
const idOf = (name: string): string => {
  const s = all.find((x) => x.name === name);
  if (!s) throw new Error(`no ${name} in the seed`);
  return s.id;
};
const centrale = filterSchools(all, { ...emptyFilter, query: 'centrale' }, index);
const passes = new Set(centrale.map((s) => s.id));

describe('withPinned', () => {
  it('"centrale" with CPE Lyon picked and Mines Saint-Etienne listed: both merged in ranked order', () => {
    // From the file: CPE Lyon 1st (12 months), Centrale Paris 8th (10.5), Centrale Nantes 23rd
    // (8, line 26) then Mines Saint-Etienne tied with it (8, line 29), Centrale Lille and Lyon
    // (6), Centrale Marseille 136th (2.3).
    const { shown, kept, outside } = withPinned(all, centrale, passes, [
      idOf('CPE Lyon'),
      idOf('Mines Saint-Etienne'),
    ]);
    expect(shown.map((s) => s.name)).toEqual([
      'CPE Lyon',
      'Centrale Paris',
      'Centrale Nantes',
      'Mines Saint-Etienne',
      'Centrale Lille',
      'Centrale Lyon',
      'Centrale Marseille',
    ]);
    expect(outside.map((s) => s.name)).toEqual(['CPE Lyon', 'Mines Saint-Etienne']);
    expect(kept.has(idOf('CPE Lyon'))).toBe(true);
    expect(kept.has(idOf('Mines Saint-Etienne'))).toBe(true);
    expect(kept.has(idOf('Centrale Paris'))).toBe(false);
  });

  it('a pinned school the filter keeps is not repeated nor marked kept', () => {
    const { shown, outside } = withPinned(all, centrale, passes, [
      idOf('Centrale Lyon'),
      idOf('Centrale Lyon'),
    ]);
    expect(shown).toBe(centrale);
    expect(outside).toEqual([]);
  });

  it('nothing pinned: the filtered array itself, nothing kept', () => {
    const { shown, kept, outside } = withPinned(all, centrale, passes, []);
    expect(shown).toBe(centrale);
    expect(outside).toEqual([]);
    expect(kept.has(idOf('CPE Lyon'))).toBe(false);
  });

  it('a filter that keeps every school: the same array, whatever is pinned', () => {
    const { shown, outside } = withPinned(all, all, { has: () => true }, [idOf('CPE Lyon')]);
    expect(shown).toBe(all);
    expect(outside).toEqual([]);
  });

  it('ids the table lacks (a list made on another table) add nothing', () => {
    const { shown, outside } = withPinned(all, centrale, passes, ['not-in-this-table']);
    expect(shown).toBe(centrale);
    expect(outside).toEqual([]);
  });

  it('a search that finds nothing still shows the pinned schools, in ranked order', () => {
    const { shown, outside } = withPinned(all, [], { has: () => false }, [
      idOf('Mines Saint-Etienne'),
      idOf('CPE Lyon'),
    ]);
    expect(shown.map((s) => s.name)).toEqual(['CPE Lyon', 'Mines Saint-Etienne']);
    expect(outside).toEqual(shown);
  });

  it('100,000 schools, nothing pinned: answers without walking them (the same array)', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => ({ id: `s${i}` }));
    const half = big.filter((_, i) => i % 2 === 0);
    let asked = 0;
    const counting = {
      has: (id: string) => {
        asked++;
        return Number(id.slice(1)) % 2 === 0;
      },
    };
    expect(withPinned(big, half, counting, []).shown).toBe(half);
    expect(asked).toBe(0);
  });
});

/** A ranking of up to 60 ids, a filter (which ids pass) and two lists of pinned ids (some unknown). */
const cases = fc.integer({ min: 0, max: 60 }).chain((n) =>
  fc.tuple(
    fc.constant(Array.from({ length: n }, (_, i) => ({ id: `s${i}` }))),
    fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    fc.array(
      fc.integer({ min: 0, max: n + 5 }).map((i) => `s${i}`),
      { maxLength: 8 },
    ),
    fc.array(
      fc.integer({ min: 0, max: n + 5 }).map((i) => `s${i}`),
      { maxLength: 8 },
    ),
  ),
);

describe('withPinned, on random tables', () => {
  it('every filtered school once, every pinned school of the table once, nothing else, in ranked order', () => {
    fc.assert(
      fc.property(cases, ([all, pass, picks, listed]) => {
        const filtered = all.filter((_, i) => pass[i]);
        const ids = new Set(filtered.map((s) => s.id));
        const { shown, kept, outside } = withPinned(all, filtered, ids, [...picks, ...listed]);
        const position = new Map(all.map((s, i) => [s.id, i]));
        const wanted = new Set([...ids, ...[...picks, ...listed].filter((id) => position.has(id))]);
        const got = shown.map((s) => s.id);
        expect(new Set(got).size).toBe(got.length);
        expect(new Set(got)).toEqual(wanted);
        const at = got.map((id) => position.get(id) ?? -1);
        expect(at).toEqual([...at].sort((a, b) => a - b));
        const keptIds = got.filter((id) => kept.has(id));
        expect(keptIds).toEqual(got.filter((id) => !ids.has(id)));
        expect(outside.map((s) => s.id)).toEqual(keptIds);
        if (keptIds.length === 0) expect(shown).toBe(filtered);
      }),
    );
  });
});
