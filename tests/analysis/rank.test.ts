// Specification of ranking: plain values → ranks, and schools → ranked schools, tie groups, problems.
import { describe, expect, it } from 'vitest';
import {
  competitionRanks,
  denseRanks,
  fractionalRanks,
  rankSchools,
} from '../../src/lib/analysis/rank';
import type { School } from '../../src/lib/data/types';
import { parseTable } from '../../src/lib/data/parse';
import { datasetOf } from '../../src/lib/ranked';
import { seedSchools } from './seed';

/** A school on line `line`, with only what ranking reads. */
function school(line: number, months: number, printedRank: number | null = null): School {
  return { id: `s${line}`, name: `School ${line}`, months, printedRank, line };
}

const helperCases = [
  {
    what: 'a tie at the top',
    values: [12, 12, 11],
    competition: [1, 1, 3],
    dense: [1, 1, 2],
    fractional: [1.5, 1.5, 3],
  },
  {
    what: 'a tie at the bottom',
    values: [10, 8, 8],
    competition: [1, 2, 2],
    dense: [1, 2, 2],
    fractional: [1, 2.5, 2.5],
  },
  {
    what: 'a tie in the middle, unsorted',
    values: [3, 9, 9, 1],
    competition: [3, 1, 1, 4],
    dense: [2, 1, 1, 3],
    fractional: [3, 1.5, 1.5, 4],
  },
  {
    what: 'all equal',
    values: [7, 7, 7],
    competition: [1, 1, 1],
    dense: [1, 1, 1],
    fractional: [2, 2, 2],
  },
  { what: 'a single value', values: [5], competition: [1], dense: [1], fractional: [1] },
  { what: 'no value', values: [], competition: [], dense: [], fractional: [] },
  {
    what: 'decimals that differ by a tenth',
    values: [8.8, 8.7, 9],
    competition: [2, 3, 1],
    dense: [2, 3, 1],
    fractional: [2, 3, 1],
  },
  {
    what: 'negative values',
    values: [-1, 0, -1, -5],
    competition: [2, 1, 2, 4],
    dense: [2, 1, 2, 3],
    fractional: [2.5, 1, 2.5, 4],
  },
  {
    what: 'the first seven rows of the ranking',
    values: [12, 12, 12, 12, 11, 11, 11],
    competition: [1, 1, 1, 1, 5, 5, 5],
    dense: [1, 1, 1, 1, 2, 2, 2],
    fractional: [2.5, 2.5, 2.5, 2.5, 6, 6, 6],
  },
  {
    what: '0 and -0 (equal)',
    values: [0, -0],
    competition: [1, 1],
    dense: [1, 1],
    fractional: [1.5, 1.5],
  },
];

describe('ranks of plain values (more = better)', () => {
  it.each(helperCases)('competitionRanks($values) gives $competition ($what)', (c) => {
    expect(competitionRanks(c.values)).toEqual(c.competition);
  });

  it.each(helperCases)('denseRanks($values) gives $dense ($what)', (c) => {
    expect(denseRanks(c.values)).toEqual(c.dense);
  });

  it.each(helperCases)('fractionalRanks($values) gives $fractional ($what)', (c) => {
    expect(fractionalRanks(c.values)).toEqual(c.fractional);
  });

  it('competitionRanks([NaN, 3, 5]) gives NaN, 2, 1: NaN is unranked and ranks nobody down', () => {
    expect(competitionRanks([NaN, 3, 5])).toEqual([NaN, 2, 1]);
  });

  it('denseRanks([5, NaN, 3]) gives 1, NaN, 2', () => {
    expect(denseRanks([5, NaN, 3])).toEqual([1, NaN, 2]);
  });

  it('fractionalRanks([3, 3, NaN]) gives 1.5, 1.5, NaN', () => {
    expect(fractionalRanks([3, 3, NaN])).toEqual([1.5, 1.5, NaN]);
  });

  it('competitionRanks does not change its input', () => {
    const values = [1, 3, 2];
    competitionRanks(values);
    expect(values).toEqual([1, 3, 2]);
  });
});

describe('rankSchools on small tables', () => {
  it('rankSchools([]) gives no school, no group, no problem', () => {
    expect(rankSchools([])).toEqual({ schools: [], groups: [], problems: [] });
  });

  it('rankSchools of one school gives rank 1, percentile 100', () => {
    const [only] = rankSchools([school(1, 4, 1)]).schools;
    expect(only).toEqual({
      ...school(1, 4, 1),
      position: 1,
      rank: 1,
      tie: { months: 4, size: 1, first: 1, last: 1, dense: 1, fractional: 1, percentile: 100 },
    });
  });

  it('rankSchools of 3, 2, 1 months gives percentiles 100, 50, 0', () => {
    const ranked = rankSchools([school(1, 3), school(2, 2), school(3, 1)]).schools;
    expect(ranked.map((s) => s.tie.percentile)).toEqual([100, 50, 0]);
  });

  it('rankSchools of three equal schools gives all rank 1, percentile 50, one group', () => {
    const { schools, groups } = rankSchools([school(1, 5), school(2, 5), school(3, 5)]);
    expect(
      schools.map((s) => [s.id, s.position, s.rank, s.tie.fractional, s.tie.percentile]),
    ).toEqual([
      ['s1', 1, 1, 2, 50],
      ['s2', 2, 1, 2, 50],
      ['s3', 3, 1, 2, 50],
    ]);
    expect(groups).toEqual([
      { months: 5, size: 3, first: 1, last: 3, dense: 1, fractional: 2, percentile: 50 },
    ]);
  });

  it('rankSchools sorts by months descending and keeps source order within a tie', () => {
    const input = [school(1, 2), school(2, 9), school(3, 2), school(4, 9), school(5, 4)];
    const ranked = rankSchools(input).schools;
    expect(ranked.map((s) => [s.id, s.position, s.rank, s.tie.dense])).toEqual([
      ['s2', 1, 1, 1],
      ['s4', 2, 1, 1],
      ['s5', 3, 3, 2],
      ['s1', 4, 4, 3],
      ['s3', 5, 4, 3],
    ]);
    expect(input.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });

  it('rankSchools ranks a NaN value last, tied with any other NaN', () => {
    const ranked = rankSchools([school(1, NaN), school(2, 3), school(3, NaN)]).schools;
    expect(ranked.map((s) => [s.id, s.rank])).toEqual([
      ['s2', 1],
      ['s1', 2],
      ['s3', 2],
    ]);
  });
});

describe('rankSchools checks printed ranks', () => {
  it('a wrong printed rank gives a rank-mismatch with the printed and computed ranks', () => {
    const { problems } = rankSchools([school(3, 10, 1), school(4, 9, 3), school(5, 9, null)]);
    expect(problems).toStrictEqual([
      {
        kind: 'rank-mismatch',
        severity: 'warning',
        line: 4,
        raw: 'School 4',
        value: '3',
        expected: 2,
      },
    ]);
  });

  it('an empty rank after a different value gives a rank-missing', () => {
    const { problems } = rankSchools([school(3, 10, 1), school(4, 9, null), school(5, 9, null)]);
    expect(problems).toStrictEqual([
      { kind: 'rank-missing', severity: 'warning', line: 4, raw: 'School 4', expected: 2 },
    ]);
  });

  it('an empty rank on the first row gives a rank-missing when other rows print ranks', () => {
    const { problems } = rankSchools([school(1, 10, null), school(2, 9, 2)]);
    expect(problems).toStrictEqual([
      { kind: 'rank-missing', severity: 'warning', line: 1, raw: 'School 1', expected: 1 },
    ]);
  });

  it('a table without any printed rank gives no problem', () => {
    expect(rankSchools([school(1, 3), school(2, 5), school(3, 4)]).problems).toEqual([]);
  });

  it('printed ranks in a table not sorted by months agree, so no problem', () => {
    const table = [school(1, 8, 2), school(2, 8, null), school(3, 10, 1)];
    expect(rankSchools(table).problems).toEqual([]);
  });

  it('problems come sorted by line, whatever the order of the schools', () => {
    const { problems } = rankSchools([school(9, 10, 2), school(4, 9, 1)]);
    expect(problems.map((p) => [p.line, p.kind, p.value, p.expected])).toEqual([
      [4, 'rank-mismatch', '1', 2],
      [9, 'rank-mismatch', '2', 1],
    ]);
  });

  it('raw is the school name cut to 200 characters', () => {
    const long = { ...school(2, 9, 5), name: 'x'.repeat(250) };
    const [problem] = rankSchools([school(1, 10, 1), long]).problems;
    expect(problem?.raw).toBe('x'.repeat(200));
  });
});

describe('rankSchools on the published ranking', () => {
  const ranking = rankSchools(seedSchools());
  const byName = (name: string) => ranking.schools.find((s) => s.name === name);

  it('ranks 144 schools at positions 1 to 144', () => {
    expect(ranking.schools).toHaveLength(144);
    expect(ranking.schools.map((s) => s.position)).toEqual(
      Array.from({ length: 144 }, (_, i) => i + 1),
    );
  });

  it('puts the 4 schools at 12 months first, rank 1, in file order', () => {
    expect(ranking.schools.slice(0, 4).map((s) => [s.name, s.rank, s.months])).toEqual([
      ['CPE Lyon', 1, 12],
      ['EEIGM', 1, 12],
      ['ENPC (Ecole des ponts et chaussées)', 1, 12],
      ['UTC Compiègne', 1, 12],
    ]);
  });

  it('ranks ENSEA 5th and Centrale Paris 8th', () => {
    expect(byName('ENSEA')?.rank).toBe(5);
    expect(byName('Centrale Paris')?.rank).toBe(8);
  });

  it('ranks the 32 schools at 6 months 34th, tied from 34 to 65', () => {
    const six = ranking.schools.filter((s) => s.months === 6);
    expect(six).toHaveLength(32);
    expect(six.map((s) => s.position)).toEqual(Array.from({ length: 32 }, (_, i) => 34 + i));
    expect(six[0]?.name).toBe('AgroParisTech');
    expect(six[31]?.name).toBe('SUPMECA');
    for (const s of six) {
      expect(s.rank).toBe(34);
      expect(s.tie.fractional).toBe(49.5);
      // 12 values above 6: 12, 11, 10.5, 10, 9, 8.8, 8.7, 8.5, 8, 7.5, 7, 6.5.
      expect(s.tie.dense).toBe(13);
      // 79 schools below, 31 others tied: 100 × (79 + 15.5) / 143 = 100 × (144 − 49.5) / 143.
      expect(s.tie.percentile).toBeCloseTo(66.083916083916, 10);
      expect(s.tie.percentile).toBeCloseTo((100 * (144 - 49.5)) / 143, 10);
      expect(s.tie).toBe(six[0]?.tie);
    }
    expect(six[0]?.tie).toEqual({
      months: 6,
      size: 32,
      first: 34,
      last: 65,
      dense: 13,
      fractional: 49.5,
      percentile: (100 * (144 - 49.5)) / 143,
    });
  });

  it('ranks ENSIM Le Mans and ESTIA, both at 1 month, 143rd; ESTIA last', () => {
    const [ensim, estia] = ranking.schools.slice(-2);
    expect(ensim).toMatchObject({ name: 'ENSIM Le Mans', months: 1, rank: 143, position: 143 });
    expect(estia).toMatchObject({ name: 'ESTIA', months: 1, rank: 143, position: 144 });
    expect(estia?.tie.percentile).toBeCloseTo((100 * 0.5) / 143, 10);
  });

  it('reproduces every printed rank, and the rank of the row above where none is printed', () => {
    const rankOfLine = new Map(ranking.schools.map((s) => [s.line, s.rank]));
    let above = NaN;
    for (const s of seedSchools()) {
      const rank = rankOfLine.get(s.line);
      expect(rank).toBe(s.printedRank ?? above);
      above = rank ?? NaN;
    }
  });

  it('finds no problem', () => {
    expect(ranking.problems).toEqual([]);
  });

  it('makes 32 tie groups, one per distinct value, covering the 144 positions', () => {
    expect(ranking.groups).toHaveLength(32);
    let next = 1;
    for (const g of ranking.groups) {
      expect(g.first).toBe(next);
      expect(g.last).toBe(g.first + g.size - 1);
      next = g.last + 1;
    }
    expect(next).toBe(145);
    expect(ranking.groups.map((g) => g.size)).toEqual([
      4, 3, 1, 6, 5, 1, 1, 1, 4, 2, 3, 2, 32, 3, 1, 1, 15, 2, 1, 2, 1, 18, 1, 2, 1, 19, 1, 2, 1, 5,
      1, 2,
    ]);
  });

  it('gives fractional ranks summing to 144 × 145 / 2', () => {
    const sum = ranking.schools.reduce((total, s) => total + s.tie.fractional, 0);
    expect(sum).toBe(10440);
  });
});

describe("rankSchools(schools, 'lower'): the smallest value ranks first", () => {
  it("rankSchools of 3, 1, 2, 1 with 'lower' gives order 1, 1, 2, 3 and ranks 1, 1, 3, 4", () => {
    const { schools, groups } = rankSchools(
      [school(1, 3), school(2, 1), school(3, 2), school(4, 1)],
      'lower',
    );
    expect(schools.map((s) => [s.id, s.months, s.position, s.rank, s.tie.dense])).toEqual([
      ['s2', 1, 1, 1, 1],
      ['s4', 1, 2, 1, 1],
      ['s3', 2, 3, 3, 2],
      ['s1', 3, 4, 4, 3],
    ]);
    // Of 4 schools: the two at 1 have 2 below and 1 other tied, 100 × (2 + 0.5) / 3; the 2 has 1
    // below, 100 × 1 / 3; the 3 none.
    expect(groups).toEqual([
      { months: 1, size: 2, first: 1, last: 2, dense: 1, fractional: 1.5, percentile: 250 / 3 },
      { months: 2, size: 1, first: 3, last: 3, dense: 2, fractional: 3, percentile: 100 / 3 },
      { months: 3, size: 1, first: 4, last: 4, dense: 3, fractional: 4, percentile: 0 },
    ]);
    // Percentiles, over n - 1 = 3: the two tied at the top have 2 below them and share half a
    // place, (2 + 0.5) / 3; the third has 1 below, 1 / 3; the last none.
    expect(schools.map((s) => s.tie.percentile)).toEqual([
      (100 * 2.5) / 3,
      (100 * 2.5) / 3,
      (100 * 1) / 3,
      0,
    ]);
  });

  it("rankSchools with 'lower' keeps 0 as 0 (not -0) in its group", () => {
    const { groups } = rankSchools([school(1, 0), school(2, 4)], 'lower');
    expect(Object.is(groups[0]?.months, 0)).toBe(true);
    expect(groups.map((g) => g.months)).toEqual([0, 4]);
  });

  it("rankSchools with 'lower' judges printed ranks in that order", () => {
    // Printed as the lowest-first table would print them: 1, (tie), 3; then a wrong 5 for rank 4.
    const { problems } = rankSchools(
      [school(1, 2, 1), school(2, 2), school(3, 5, 3), school(4, 7, 5)],
      'lower',
    );
    expect(problems).toEqual([
      {
        kind: 'rank-mismatch',
        severity: 'warning',
        line: 4,
        raw: 'School 4',
        value: '5',
        expected: 4,
      },
    ]);
  });

  it("rankSchools of the same table 'higher' finds the printed ranks of a lowest-first table wrong", () => {
    const { problems } = rankSchools([school(1, 2, 1), school(2, 5, 2)], 'higher');
    expect(problems.map((p) => [p.line, p.value, p.expected])).toEqual([
      [1, '1', 2],
      [2, '2', 1],
    ]);
  });
});

describe("datasetOf(parsed, 'lower')", () => {
  it("datasetOf of 3, 1, 2 weeks 'lower' ranks 1, 2, 3 and keeps the parse's problems", () => {
    const parsed = parseTable('École;Délai (semaines)\nA;3\nB;1\nC;2\nD;n.c.\n');
    const { ranking, distribution, problems } = datasetOf(parsed, 'lower');
    expect(ranking.schools.map((s) => [s.name, s.rank])).toEqual([
      ['B', 1],
      ['C', 2],
      ['A', 3],
    ]);
    expect(distribution?.median).toBe(2);
    expect(problems.map((p) => [p.kind, p.line, p.unit])).toEqual([['not-a-number', 5, 'weeks']]);
  });
});

describe("rankSchools over the parser's schools: filled in place once, copied after", () => {
  const TABLE = 'École;Mois\nAlpha;3\nBeta;5\nGamma;3';

  it('rankSchools(parseTable(…).schools) gives the parser’s own objects, their ranks filled', () => {
    const { schools } = parseTable(TABLE);
    // Room for the ranks, empty (undefined) before the first ranking.
    expect(schools.map((s) => Object.keys(s).length)).toEqual([8, 8, 8]);
    expect(schools.map((s) => 'tie' in s && s.tie === undefined)).toEqual([true, true, true]);
    const ranked = rankSchools(schools).schools;
    // Beta (5) first, then Alpha and Gamma tied at 3 (rank 2), in source order.
    expect(ranked[0]).toBe(schools[1]);
    expect(ranked[1]).toBe(schools[0]);
    expect(ranked[2]).toBe(schools[2]);
    expect(ranked.map((s) => [s.name, s.position, s.rank, s.tie.size])).toEqual([
      ['Beta', 1, 1, 1],
      ['Alpha', 2, 2, 2],
      ['Gamma', 3, 2, 2],
    ]);
  });

  it('a second ranking of the same schools copies them, and leaves the first one’s as they were', () => {
    const { schools } = parseTable(TABLE);
    const higher = rankSchools(schools).schools;
    const lower = rankSchools(schools, 'lower').schools;
    for (const s of lower) expect(higher).not.toContain(s);
    // Alpha and Gamma (3) first with 'lower', Beta (5) third; the first ranking unchanged.
    expect(lower.map((s) => [s.name, s.position, s.rank])).toEqual([
      ['Alpha', 1, 1],
      ['Gamma', 2, 1],
      ['Beta', 3, 3],
    ]);
    expect(higher.map((s) => [s.name, s.position, s.rank])).toEqual([
      ['Beta', 1, 1],
      ['Alpha', 2, 2],
      ['Gamma', 3, 2],
    ]);
    // Ranking 'higher' again copies too: the same figures, new objects.
    const again = rankSchools(schools).schools;
    expect(again).toEqual(higher);
    for (const s of again) expect(higher).not.toContain(s);
  });

  it('rankSchools of schools made elsewhere (no room for ranks) copies them, adding nothing', () => {
    const schools = [school(1, 2), school(2, 4)];
    const ranked = rankSchools(schools).schools;
    expect(ranked[0]).not.toBe(schools[1]);
    expect(ranked[0]).toEqual({ ...school(2, 4), position: 1, rank: 1, tie: ranked[0]?.tie });
    expect(schools).toEqual([school(1, 2), school(2, 4)]);
    expect(schools.map((s) => Object.keys(s).length)).toEqual([5, 5]);
  });

  it('the same school twice in the input: filled once, then copied', () => {
    const [alpha] = parseTable('École;Mois\nAlpha;3').schools;
    if (alpha === undefined) throw new Error('not parsed');
    const ranked = rankSchools([alpha, alpha]).schools;
    expect(ranked[0]).toBe(alpha);
    expect(ranked[1]).not.toBe(alpha);
    expect(ranked.map((s) => [s.position, s.rank])).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });
});
