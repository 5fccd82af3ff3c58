// Invariants of ranking, checked on random tables: order independence, rank definitions, ties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionRanks, denseRanks, rankSchools } from '../../src/lib/analysis/rank';
import type { School } from '../../src/lib/data/types';

/** Months with many ties: halves from 0 to 24, or any finite value. */
const months = fc.oneof(
  fc.integer({ min: 0, max: 48 }).map((h) => h / 2),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);

/** A table of schools with distinct ids and lines, in source order. */
const table = fc.array(months, { maxLength: 60 }).map((values) =>
  values.map((m, i): School => ({
    id: `s${i + 1}`,
    name: `S${i + 1}`,
    months: m,
    printedRank: null,
    line: i + 1,
  })),
);

/** A table and the same rows shuffled. */
const tableAndShuffle = table.chain((schools) =>
  fc
    .shuffledSubarray(schools, { minLength: schools.length, maxLength: schools.length })
    .map((shuffled) => [schools, shuffled] as const),
);

const greater = (values: readonly number[], v: number) => values.filter((w) => w > v);

describe('rank properties', () => {
  it('ranks do not depend on row order', () => {
    fc.assert(
      fc.property(tableAndShuffle, ([schools, shuffled]) => {
        const ranksById = (list: readonly School[]) =>
          new Map(
            rankSchools(list).schools.map((s) => [
              s.id,
              [s.rank, s.tie.dense, s.tie.fractional, s.tie.percentile],
            ]),
          );
        expect(ranksById(shuffled)).toEqual(ranksById(schools));
      }),
    );
  });

  it('ranks of a table already in ranked order are those of the same table shuffled', () => {
    fc.assert(
      fc.property(table, (schools) => {
        // Months descending, NaN last, source order kept within a tie: no sort needed inside.
        const ordered = [...schools].sort(
          (a, b) =>
            (Number.isNaN(a.months) ? 1 : 0) - (Number.isNaN(b.months) ? 1 : 0) ||
            b.months - a.months,
        );
        const ranksById = (list: readonly School[]) =>
          new Map(
            rankSchools(list).schools.map((s) => [s.id, [s.rank, s.tie.dense, s.tie.percentile]]),
          );
        expect(ranksById(ordered)).toEqual(ranksById(schools));
      }),
    );
  });

  it('competition rank = 1 + number of strictly greater values', () => {
    fc.assert(
      fc.property(fc.array(months), (values) => {
        expect(competitionRanks(values)).toEqual(values.map((v) => 1 + greater(values, v).length));
      }),
    );
  });

  it('dense rank = 1 + number of distinct strictly greater values', () => {
    fc.assert(
      fc.property(fc.array(months), (values) => {
        expect(denseRanks(values)).toEqual(values.map((v) => 1 + new Set(greater(values, v)).size));
      }),
    );
  });

  it('rankSchools agrees with competitionRanks and denseRanks', () => {
    fc.assert(
      fc.property(table, (schools) => {
        const rankOf = new Map(rankSchools(schools).schools.map((s) => [s.id, s]));
        const values = schools.map((s) => s.months);
        expect(schools.map((s) => rankOf.get(s.id)?.rank)).toEqual(competitionRanks(values));
        expect(schools.map((s) => rankOf.get(s.id)?.tie.dense)).toEqual(denseRanks(values));
      }),
    );
  });

  it('fractional ranks sum to n(n + 1)/2', () => {
    fc.assert(
      fc.property(table, (schools) => {
        const n = schools.length;
        const sum = rankSchools(schools).schools.reduce((t, s) => t + s.tie.fractional, 0);
        expect(sum).toBe((n * (n + 1)) / 2);
      }),
    );
  });

  it('percentile is in [0, 100] and = 100 × (n − fractional rank) / (n − 1)', () => {
    fc.assert(
      fc.property(table, (schools) => {
        const n = schools.length;
        for (const s of rankSchools(schools).schools) {
          expect(s.tie.percentile).toBeGreaterThanOrEqual(0);
          expect(s.tie.percentile).toBeLessThanOrEqual(100);
          if (n > 1)
            expect(s.tie.percentile).toBeCloseTo((100 * (n - s.tie.fractional)) / (n - 1), 9);
        }
      }),
    );
  });

  it('equal values have equal ranks, percentiles and the same tie group', () => {
    fc.assert(
      fc.property(table, (schools) => {
        const ranked = rankSchools(schools).schools;
        for (const a of ranked) {
          for (const b of ranked) {
            if (a.months !== b.months) continue;
            expect([b.rank, b.tie.dense, b.tie.fractional, b.tie.percentile]).toEqual([
              a.rank,
              a.tie.dense,
              a.tie.fractional,
              a.tie.percentile,
            ]);
            expect(b.tie).toBe(a.tie);
          }
        }
      }),
    );
  });

  it('positions are a permutation of 1..n, in ranked order, months never increasing', () => {
    fc.assert(
      fc.property(table, (schools) => {
        const ranked = rankSchools(schools).schools;
        expect(ranked.map((s) => s.position)).toEqual(ranked.map((_, i) => i + 1));
        expect(new Set(ranked.map((s) => s.id)).size).toBe(schools.length);
        ranked.forEach((s, i) => {
          const below = ranked[i + 1];
          if (below !== undefined) expect(below.months).toBeLessThanOrEqual(s.months);
        });
      }),
    );
  });

  it('within a tie, source order is kept', () => {
    fc.assert(
      fc.property(table, (schools) => {
        const ranked = rankSchools(schools).schools;
        ranked.forEach((s, i) => {
          const below = ranked[i + 1];
          if (below !== undefined && below.months === s.months) {
            expect(below.line).toBeGreaterThan(s.line);
          }
        });
      }),
    );
  });

  it('tie groups tile the positions 1..n, each sized last − first + 1', () => {
    fc.assert(
      fc.property(table, (schools) => {
        let next = 1;
        for (const g of rankSchools(schools).groups) {
          expect([g.first, g.last]).toEqual([next, next + g.size - 1]);
          next = g.last + 1;
        }
        expect(next).toBe(schools.length + 1);
      }),
    );
  });

  it('printed ranks copied from the computed ones, first of each tie only, give no problem', () => {
    fc.assert(
      fc.property(table, (schools) => {
        const sorted = rankSchools(schools).schools;
        // Rewrite the table as the publication does: ranked order, rank on the first of a tie.
        const printed = sorted.map((s, i): School => ({
          id: s.id,
          name: s.name,
          months: s.months,
          printedRank: i > 0 && sorted[i - 1]?.months === s.months ? null : s.rank,
          line: i + 1,
        }));
        expect(rankSchools(printed).problems).toEqual([]);
      }),
    );
  });
});

describe("rank properties of 'lower'", () => {
  it("'lower' on values ranks as 'higher' on the negated values", () => {
    fc.assert(
      fc.property(table, (schools) => {
        const negated = schools.map((s) => ({ ...s, months: -s.months }));
        const lower = rankSchools(schools, 'lower');
        const higher = rankSchools(negated, 'higher');
        const shape = (r: ReturnType<typeof rankSchools>) =>
          r.schools.map((s) => [
            s.id,
            s.position,
            s.rank,
            s.tie.dense,
            s.tie.fractional,
            s.tie.percentile,
          ]);
        expect(shape(lower)).toEqual(shape(higher));
        // The groups hold the values themselves: the negated ones negated back (0 stays 0).
        expect(lower.groups).toEqual(higher.groups.map((g) => ({ ...g, months: -g.months + 0 })));
        expect(lower.problems).toEqual(higher.problems);
      }),
    );
  });

  it("'lower' ranks the smallest value first: ranks never decrease along the values", () => {
    fc.assert(
      fc.property(table, (schools) => {
        const ranked = rankSchools(schools, 'lower').schools;
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1], ranked[i]];
          if (a === undefined || b === undefined) continue;
          expect(a.months).toBeLessThanOrEqual(b.months);
          expect(a.rank <= b.rank).toBe(true);
          expect(a.rank === b.rank).toBe(a.months === b.months);
        }
      }),
    );
  });
});
