import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parsePlaces } from '../../src/lib/data/places';
import {
  emptyFilter,
  filterIndex,
  filterSchools,
  isEmptyFilter,
  LazyMap,
  type Filter,
} from '../../src/lib/analysis/filter';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';

const schools = buildDataset(seedText).ranking.schools;
// A stand-in family rule for these tests (the real mapping is a data file).
const index = filterIndex(schools, (s) => (s.name.startsWith('Centrale') ? 'centrale' : 'autre'));
const names = (f: Partial<Filter>): string[] =>
  filterSchools(schools, { ...emptyFilter, ...f }, index).map((s) => s.name);
const idOf = (name: string): string => schools.find((s) => s.name === name)?.id ?? '';

describe('filterSchools', () => {
  it('an empty filter keeps all 144 schools in rank order', () => {
    expect(names({})).toHaveLength(144);
    expect(names({})[0]).toBe('CPE Lyon');
  });

  it('query "centrale" keeps the five Centrale schools, in rank order', () => {
    expect(names({ query: 'centrale' })).toEqual([
      'Centrale Paris',
      'Centrale Nantes',
      'Centrale Lille',
      'Centrale Lyon',
      'Centrale Marseille',
    ]);
  });

  it('query "st etienne" finds the three Saint-Etienne schools', () => {
    expect(names({ query: 'st etienne' })).toEqual([
      'ENISE Saint-Etienne',
      'Mines Saint-Etienne',
      'ISTASE Saint-Etienne',
    ]);
  });

  it('query "ponts" finds the ENPC, "école" the schools named Ecole', () => {
    expect(names({ query: 'ponts' })).toEqual(['ENPC (Ecole des ponts et chaussées)']);
    expect(names({ query: 'école' })).toHaveLength(7);
  });

  it('range [3, 5] keeps the 62 schools (15 + 2 + 1 + 2 + 1 + 18 + 1 + 2 + 1 + 19) from 3 to 5 months, both ends included', () => {
    const kept = filterSchools(schools, { ...emptyFilter, range: [3, 5] }, index);
    expect(kept).toHaveLength(62);
    expect(kept.every((s) => s.months >= 3 && s.months <= 5)).toBe(true);
    expect(kept[0]?.name).toBe('EIGSI La Rochelle');
    expect(kept[kept.length - 1]?.name).toBe("Polytech'Nantes");
  });

  it('families ["centrale"] keeps the Centrale family only', () => {
    expect(names({ families: ['centrale'] })).toHaveLength(5);
  });

  it('tiedWith Centrale Lyon keeps the 32 schools at 6 months', () => {
    const kept = names({ tiedWith: idOf('Centrale Lyon') });
    expect(kept).toHaveLength(32);
    expect(kept[0]).toBe('AgroParisTech');
  });

  it('tiedWith an unknown id is ignored', () => {
    expect(names({ tiedWith: 'no-such-school' })).toHaveLength(144);
  });

  it('parts combine: "centrale" and range [6, 12] gives four schools', () => {
    expect(names({ query: 'centrale', range: [6, 12] })).toEqual([
      'Centrale Paris',
      'Centrale Nantes',
      'Centrale Lille',
      'Centrale Lyon',
    ]);
  });
});

describe('isEmptyFilter', () => {
  it.each([
    [emptyFilter, true],
    [{ ...emptyFilter, query: '   ' }, true],
    [{ ...emptyFilter, query: 'x' }, false],
    [{ ...emptyFilter, range: [1, 2] as const }, false],
    [{ ...emptyFilter, families: ['mines'] }, false],
    [{ ...emptyFilter, tiedWith: 'x' }, false],
  ])('isEmptyFilter(%j) is %s', (f, expected) => {
    expect(isEmptyFilter(f)).toBe(expected);
  });
});

describe('filterIndex: built on first use', () => {
  it('folds no name until the keys are read, then each of the 144 once', () => {
    const fold = vi.fn((s: { name: string }) => s.name.toLowerCase());
    const lazy = filterIndex(schools, () => 'autre', undefined, fold);
    expect(filterSchools(schools, emptyFilter, lazy)).toHaveLength(144);
    // Handed around unread (as the comparison's search box holds them), the keys cost nothing.
    const keys = lazy.keys;
    expect(fold).not.toHaveBeenCalled();
    expect(keys.size).toBe(144);
    expect(fold).toHaveBeenCalledTimes(144);
    expect(filterSchools(schools, { ...emptyFilter, query: 'lyon' }, lazy).length).toBeGreaterThan(
      0,
    );
    expect(fold).toHaveBeenCalledTimes(144);
    filterSchools(schools, { ...emptyFilter, query: 'paris' }, lazy);
    expect(fold).toHaveBeenCalledTimes(144);
  });
  it('asks for a school’s family once, when first needed', () => {
    const family = vi.fn(() => 'autre');
    const lazy = filterIndex(schools, family);
    expect(family).not.toHaveBeenCalled();
    const first = schools[0] ?? (null as never);
    expect(lazy.family(first)).toBe('autre');
    expect(lazy.family(first)).toBe('autre');
    expect(family).toHaveBeenCalledTimes(1);
  });
  it('builds the keys a step (4,096 schools) at a time when asked (step), the same as at once', () => {
    // 10,000 schools: the seed's 144 again and again, each with an id of its own.
    const many = Array.from({ length: 10_000 }, (_, i) => {
      const s = schools[i % schools.length] ?? (null as never);
      return { ...s, id: `${s.id}-${i}` };
    });
    const fold = vi.fn((s: { name: string }) => s.name.toLowerCase());
    const stepped = filterIndex(many, () => 'autre', undefined, fold).keys as LazyMap<
      string,
      string
    >;
    expect(stepped.step()).toBe(false);
    expect(fold).toHaveBeenCalledTimes(4096);
    expect(stepped.step()).toBe(false);
    expect(fold).toHaveBeenCalledTimes(8192);
    expect(stepped.step()).toBe(true);
    expect(fold).toHaveBeenCalledTimes(10_000);
    // Built: a step more does nothing, and reading folds nothing again.
    expect(stepped.step()).toBe(true);
    const whole = filterIndex(many, () => 'autre', undefined, fold).keys;
    expect([...stepped]).toEqual([...whole]);
    expect(fold).toHaveBeenCalledTimes(20_000);
    const last = many[9999] ?? (null as never);
    expect(stepped.get(last.id)).toBe(last.name.toLowerCase());
  });
  it('the same keys as searchKey of each name: "Mines Saint-Etienne" → "mines saint etienne"', () => {
    const id = idOf('Mines Saint-Etienne');
    expect(index.keys.get(id)).toBe('mines saint etienne');
  });
});

describe('filterSchools by region', () => {
  const places = parsePlaces(readFileSync('data/lieux.csv', 'utf8')).byId;
  const placed = {
    ...index,
    region: (s: { id: string }) => places.get(s.id)?.region ?? '',
  };
  const inRegions = (regions: string[], f: Partial<Filter> = {}): string[] =>
    filterSchools(schools, { ...emptyFilter, ...f, regions }, placed).map((s) => s.name);

  // Read off the names: Brittany's five are ENSIETA (Brest, from its site), ENSSAT Lannion, ENST
  // Bretagne (the name states the region), INSA Rennes and ENSCR Chimie Rennes, in rank order.
  it('reg 53 (Bretagne) keeps its five schools, in rank order', () => {
    expect(inRegions(['53'])).toEqual([
      'ENSIETA',
      'ENSSAT Lannion',
      'ENST Bretagne',
      'INSA Rennes',
      'ENSCR Chimie Rennes',
    ]);
  });

  it('reg 93 and 24 keep Marseille’s two and Centre-Val de Loire’s three (Orléans, Tours, Bourges)', () => {
    expect(inRegions(['93'])).toEqual(['ESIL Luminy Marseille', 'Centrale Marseille']);
    expect(inRegions(['24', '93'])).toEqual([
      'ESIL Luminy Marseille',
      "Polytech'Orléans",
      "Polytech'Tours",
      'ENSI Bourges',
      'Centrale Marseille',
    ]);
  });

  it('keeps 100 of the 144 with every region ticked: the 40 « lieu non vérifié » and the 4 schools in several regions pass none', () => {
    const all = ['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93'];
    expect(inRegions(all)).toHaveLength(100);
    expect(inRegions(all)).not.toContain('ENSAM');
    expect(inRegions(all)).not.toContain('Groupe ICAM Lille Nantes Toulouse');
    expect(inRegions(['94'])).toEqual([]);
  });

  it('combines with the other filters: Centrale in 93 is Centrale Marseille; 6 months in 11', () => {
    expect(inRegions(['93'], { families: ['centrale'] })).toEqual(['Centrale Marseille']);
    // The same schools as a filter by months alone, then kept by hand by their region.
    const six = filterSchools(schools, { ...emptyFilter, range: [6, 6] }, placed);
    expect(inRegions(['11'], { range: [6, 6] })).toEqual(
      six.filter((s) => places.get(s.id)?.region === '11').map((s) => s.name),
    );
  });

  it('is ignored for a table whose places are unknown (no region function): all 144 pass', () => {
    expect(filterSchools(schools, { ...emptyFilter, regions: ['53'] }, index)).toHaveLength(144);
  });

  it('a set of regions keeps the union of each one’s schools, in rank order (property)', () => {
    const codes = ['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'];
    fc.assert(
      fc.property(fc.subarray(codes), (picked) => {
        const kept = new Set(picked.flatMap((c) => inRegions([c])));
        const expected = picked.length === 0 ? names({}) : names({}).filter((n) => kept.has(n));
        expect(inRegions(picked)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
