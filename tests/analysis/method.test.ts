import { describe, expect, it } from 'vitest';
import { DAYS_PER_MONTH, methodFacts, rankWith } from '../../src/lib/analysis/method';
import { weeksToMonths } from '../../src/lib/analysis/weeks';
import { rankSchools } from '../../src/lib/analysis/rank';
import { describe as describeValues } from '../../src/lib/analysis/distribution';
import { seedSchools } from './seed';
import { schoolsOf } from './made';

const ranking = rankSchools(seedSchools());
const distribution = describeValues(ranking.schools.map((s) => s.months));
if (distribution === null) throw new Error('expected a distribution');
const facts = methodFacts(ranking, distribution);

describe('methodFacts on the published ranking', () => {
  it('the first 5 schools: 4 tied at 12 months, then 11, with each kind of rank', () => {
    expect(facts.head.map((s) => [s.months, s.rank, s.tie.dense, s.tie.fractional])).toEqual([
      [12, 1, 1, 2.5],
      [12, 1, 1, 2.5],
      [12, 1, 1, 2.5],
      [12, 1, 1, 2.5],
      [11, 5, 2, 6],
    ]);
    expect(facts.head.map((s) => s.tie.percentile.toFixed(4))).toEqual([
      '98.9510',
      '98.9510',
      '98.9510',
      '98.9510',
      '96.5035',
    ]);
  });

  it('the worked example is the 32 schools at 6 months: 34, dense 13, fractional 49.5', () => {
    expect(facts.example?.group).toMatchObject({ months: 6, size: 32, first: 34, last: 65 });
    const s = facts.example?.school;
    expect([s?.name, s?.rank, s?.tie.dense, s?.tie.fractional]).toEqual([
      'AgroParisTech',
      34,
      13,
      49.5,
    ]);
    expect(s?.tie.percentile).toBeCloseTo((100 * (144 - 49.5)) / 143, 12);
  });

  it('one month more puts a school at 6 months 29th, one month less 70th', () => {
    expect(facts.oneMonth).toEqual({ months: 6, rank: 34, more: 29, less: 70 });
  });

  it('the closest neighbours are the first pair 0.1 month apart: ENSIIE and UTT', () => {
    expect(facts.closest?.higher.name).toBe('ENSIIE');
    expect(facts.closest?.lower.name).toBe('UTT (Université de technologie Troyes)');
    expect(facts.closest?.gap).toBe(0.1);
  });

  it('quartiles sit at positions (n − 1)·p + 1: 36.75, 72.5, 108.25', () => {
    expect(facts.quartiles).toEqual([
      { p: 0.25, value: 4, position: 36.75 },
      { p: 0.5, value: 5, position: 72.5 },
      { p: 0.75, value: 6, position: 108.25 },
    ]);
  });

  it('12 months has its own bin; 10.5 falls in [10, 11)', () => {
    expect(facts.topBin).toEqual({ x0: 12, x1: 13, count: 4 });
    expect(facts.fraction).toEqual({ months: 10.5, bin: { x0: 10, x1: 11, count: 7 } });
  });

  it('counts 144 schools and no rank disagreement', () => {
    expect(facts.total).toBe(144);
    expect(facts.rankProblems).toBe(0);
  });
});

describe('methodFacts on other tables', () => {
  const table = (months: number[]) => rankSchools(schoolsOf(months));

  it('without any tie there is no worked example and no month to move', () => {
    const r = table([3, 2, 1]);
    const d = describeValues([3, 2, 1]);
    if (d === null) throw new Error('expected a distribution');
    const f = methodFacts(r, d);
    expect(f.example).toBeNull();
    expect(f.oneMonth).toBeNull();
    expect(f.fraction).toBeNull();
    expect(f.closest?.gap).toBe(1);
  });

  it('all schools equal: no neighbours to compare', () => {
    const r = table([4, 4]);
    const d = describeValues([4, 4]);
    if (d === null) throw new Error('expected a distribution');
    expect(methodFacts(r, d).closest).toBeNull();
    expect(methodFacts(r, d).example?.group.size).toBe(2);
  });
});

describe('rankWith and the days in a month', () => {
  it('rankWith leaves the school itself out of the count', () => {
    const { schools } = rankSchools(seedSchools());
    const agro = schools.find((s) => s.name === 'AgroParisTech');
    if (agro === undefined) throw new Error('expected AgroParisTech');
    expect(rankWith(schools, agro, 6)).toBe(34);
    expect(rankWith(schools, agro, 12)).toBe(1);
    expect(rankWith(schools, agro, 0)).toBe(144);
  });

  it('a month is 7 × 52/12 days, as for the CTI lines: 9 weeks is 63 days, 2.0769 months', () => {
    expect(DAYS_PER_MONTH).toBeCloseTo(30.3333, 4);
    expect(63 / DAYS_PER_MONTH).toBeCloseTo(weeksToMonths(9), 12);
    expect(weeksToMonths(9)).toBeCloseTo(2.0769, 4);
  });
});
