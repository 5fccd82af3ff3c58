import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { median } from 'd3-array';
import { referencesOf } from '../../src/lib/analysis/reference';
import { rankSchools } from '../../src/lib/analysis/rank';
import type { RankedSchool } from '../../src/lib/analysis/types';
import { CTI_THRESHOLDS } from '../../src/lib/context/rules';
import { familyOf, parseFamilies, type FamilyId } from '../../src/lib/data/families';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';

const all = buildDataset(seedText).ranking.schools;
const byName = parseFamilies(readFileSync('data/familles.csv', 'utf8')).byName;
const family = (s: RankedSchool): FamilyId => familyOf(byName, s.name);
const school = (name: string): RankedSchool => {
  const s = all.find((x) => x.name === name);
  if (!s) throw new Error(name);
  return s;
};
const refs = (name: string) => {
  const r = referencesOf(school(name), all, family, CTI_THRESHOLDS, 'autre');
  return {
    all: [r.all.value, r.all.gap, r.all.count],
    family: r.family && [r.family.id, r.family.value, r.family.gap, r.family.count],
    thresholds: r.thresholds.map((t) => [t.threshold.id, t.gap]),
  };
};

// By hand: the seed's 144 values sorted, the 72nd and 73rd are both 5 → median 5. Families from
// data/familles.csv: Mines 2.6, 4, 5, 5.5, 7, 7.5, 8 → 5.5; Télécom 5, 5.5, 6, 9 → (5.5 + 6) / 2 =
// 5.75; Centrale 2.3, 6, 6, 8, 10.5 → 6; UT 8.7, 12 → 10.35. CTI: 9 and 12 weeks at 52/12 weeks a
// month, 2.0769… and 2.7692… months.
describe('referencesOf on the seed', () => {
  it('Mines Paris (7): 2 more than the median of all (5), 1.5 more than the Mines (5.5, 7 schools)', () => {
    expect(refs('Mines Paris')).toEqual({
      all: [5, 2, 144],
      family: ['mines', 5.5, 1.5, 7],
      thresholds: [
        ['minimum', 4.923],
        ['recommended', 4.231],
      ],
    });
  });

  it('ENST Paris (9): Télécom median 5.75, the mean of the two middle values of four', () => {
    expect(refs('ENST Paris').family).toEqual(['telecom', 5.75, 3.25, 4]);
  });

  it('Centrale Lyon (6): at its family median exactly (gap 0), 1 more than all', () => {
    expect(refs('Centrale Lyon').all).toEqual([5, 1, 144]);
    expect(refs('Centrale Lyon').family).toEqual(['centrale', 6, 0, 5]);
  });

  it('UTC Compiègne (12) over UTT (8.7): a family of two, median 10.35', () => {
    expect(refs('UTC Compiègne').family).toEqual(['ut', 10.35, 1.65, 2]);
  });

  it('Centrale Marseille (2.3): below the median of all by 2.7, between the two CTI thresholds', () => {
    expect(refs('Centrale Marseille')).toEqual({
      all: [5, -2.7, 144],
      family: ['centrale', 6, -3.7, 5],
      thresholds: [
        ['minimum', 0.223],
        ['recommended', -0.469],
      ],
    });
  });

  it('a school of no family (autre) has no family median; no thresholds for a value not a duration', () => {
    const r = referencesOf(school('EEIGM'), all, family, [], 'autre');
    expect([r.family, r.thresholds]).toEqual([null, []]);
  });

  it('a one-school table: the median is its own value, and a family of one gives none', () => {
    const one = rankSchools([{ id: 'a', name: 'A', months: 3, printedRank: 1, line: 1 }]).schools;
    const r = referencesOf(one[0] as RankedSchool, one, () => 'x', []);
    expect([r.all, r.family]).toEqual([{ value: 3, gap: 0, count: 1 }, null]);
  });
});

describe('referencesOf (properties)', () => {
  const tables = fc.array(fc.tuple(fc.integer({ min: 0, max: 24 }), fc.constantFrom('a', 'b')), {
    minLength: 1,
    maxLength: 40,
  });
  it('the median leaves at most half the schools strictly on each side; gap = value − median', () => {
    fc.assert(
      fc.property(tables, fc.nat(), (rows, k) => {
        const fam = new Map(rows.map(([, f], i) => [`s${i}`, f]));
        const ranked = rankSchools(
          rows.map(([h], i) => ({
            id: `s${i}`,
            name: `S${i}`,
            months: h / 2,
            printedRank: null,
            line: i + 1,
          })),
        ).schools;
        const of = (s: RankedSchool) => fam.get(s.id) ?? 'a';
        const s = ranked[k % ranked.length] as RankedSchool;
        const r = referencesOf(s, ranked, of, []);
        const n = ranked.length;
        expect(ranked.filter((x) => x.months < r.all.value).length).toBeLessThanOrEqual(n / 2);
        expect(ranked.filter((x) => x.months > r.all.value).length).toBeLessThanOrEqual(n / 2);
        expect(r.all.gap).toBeCloseTo(s.months - r.all.value, 9);
        // d3-array's median, which the module computes the same way without its selection step.
        expect(r.all.value).toBe(median(ranked.map((x) => x.months)));
        const kin = ranked.filter((x) => of(x) === of(s));
        if (kin.length < 2) expect(r.family).toBeNull();
        else {
          expect(r.family?.count).toBe(kin.length);
          expect(kin.filter((x) => x.months < (r.family?.value ?? NaN)).length).toBeLessThanOrEqual(
            kin.length / 2,
          );
          expect(kin.filter((x) => x.months > (r.family?.value ?? NaN)).length).toBeLessThanOrEqual(
            kin.length / 2,
          );
        }
      }),
    );
  });

  it('monotone: of two schools, the one with more has the larger gap to every reference', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 24 }), { minLength: 2, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (halves, a, b) => {
          const ranked = rankSchools(
            halves.map((h, i) => ({
              id: `s${i}`,
              name: `S${i}`,
              months: h / 2,
              printedRank: null,
              line: i + 1,
            })),
          ).schools;
          const x = ranked[a % ranked.length] as RankedSchool;
          const y = ranked[b % ranked.length] as RankedSchool;
          const [rx, ry] = [x, y].map((s) => referencesOf(s, ranked, () => 'f', CTI_THRESHOLDS));
          if (!rx || !ry || x.months < y.months) return;
          expect(rx.all.gap).toBeGreaterThanOrEqual(ry.all.gap);
          expect(rx.family?.gap ?? 0).toBeGreaterThanOrEqual(ry.family?.gap ?? 0);
          rx.thresholds.forEach((t, i) =>
            expect(t.gap).toBeGreaterThanOrEqual(ry.thresholds[i]?.gap ?? NaN),
          );
        },
      ),
    );
  });
});
