// Specification of the distribution: months → summary figures, counts per value, histogram bins.
import { describe, expect, it } from 'vitest';
import {
  countBelow,
  describe as describeValues,
  histogram,
  shareAtLeast,
  valuesOf,
} from '../../src/lib/analysis/distribution';
import { seedMonths } from './seed';

describe('describe on the published ranking', () => {
  const months = seedMonths();
  const d = describeValues(months);

  it('counts 144 schools from 1 to 12 months', () => {
    expect(d?.count).toBe(144);
    expect(d?.min).toBe(1);
    expect(d?.max).toBe(12);
  });

  it('gives a mean of 791.2 / 144 = 989 / 180 months', () => {
    // Sum by value: 48 + 33 + 10.5 + 60 + 45 + 8.8 + 8.7 + 8.5 + 32 + 15 + 21 + 13 + 192
    // + 16.5 + 5.3 + 5.2 + 75 + 9.4 + 4.6 + 9 + 4.1 + 72 + 3.8 + 7 + 3.4 + 57 + 2.6 + 5 + 2.3
    // + 10 + 1.5 + 2 = 791.2.
    expect(d?.mean).toBeCloseTo(5.494444444444444, 10);
    expect(d?.mean).toBeCloseTo(989 / 180, 10);
  });

  it('gives a median of 5: positions 71 and 72 (0-based) of the sorted values are both 5', () => {
    // 59 values below 5, then fifteen 5s at 59..73.
    expect(d?.median).toBe(5);
  });

  it('gives quartiles 4 and 6 (R-7: positions 35.75 and 107.25), so an IQR of 2', () => {
    // 35 values below 4, eighteen 4s at 35..52; 79 values below 6, thirty-two 6s at 79..110.
    expect(d?.q1).toBe(4);
    expect(d?.q3).toBe(6);
    expect(d?.iqr).toBe(2);
  });

  it('gives a sample standard deviation of √(79763 / 12870) ≈ 2.4894961935', () => {
    // Computed here independently: Σ(x − mean)² / (n − 1), in two passes.
    const mean = months.reduce((a, b) => a + b, 0) / months.length;
    const ss = months.reduce((a, x) => a + (x - mean) ** 2, 0);
    expect(d?.deviation).toBeCloseTo(Math.sqrt(ss / 143), 10);
    expect(d?.deviation).toBeCloseTo(2.48949619352818, 10);
    expect(d?.deviation).toBeCloseTo(Math.sqrt(79763 / 12870), 10);
  });

  it('counts 32 distinct values, 4 schools at 12 months and 32 at 6, values descending', () => {
    expect(d?.counts).toHaveLength(32);
    expect(d?.counts[0]).toEqual({ months: 12, count: 4 });
    expect(d?.counts.find((c) => c.months === 6)).toEqual({ months: 6, count: 32 });
    expect(d?.counts.at(-1)).toEqual({ months: 1, count: 2 });
    expect(d?.counts.map((c) => c.months)).toEqual([...new Set(months)].sort((a, b) => b - a));
    expect(d?.counts.reduce((t, c) => t + c.count, 0)).toBe(144);
  });

  it('bins the months by whole months, 12 in its own bin [12, 13)', () => {
    expect(d?.bins).toEqual([
      { x0: 1, x1: 2, count: 3 },
      { x0: 2, x1: 3, count: 9 },
      { x0: 3, x1: 4, count: 23 },
      { x0: 4, x1: 5, count: 24 },
      { x0: 5, x1: 6, count: 20 },
      { x0: 6, x1: 7, count: 34 },
      { x0: 7, x1: 8, count: 5 },
      { x0: 8, x1: 9, count: 7 },
      { x0: 9, x1: 10, count: 5 },
      { x0: 10, x1: 11, count: 7 },
      { x0: 11, x1: 12, count: 3 },
      { x0: 12, x1: 13, count: 4 },
    ]);
  });

  it('shareAtLeast(seed, 6) is 65/144', () => {
    expect(shareAtLeast(months, 6)).toBe(65 / 144);
  });

  it('countBelow(seed, 6) is 79', () => {
    expect(countBelow(months, 6)).toBe(79);
  });
});

describe('describe on edge cases', () => {
  it('describe([]) is null', () => {
    expect(describeValues([])).toBeNull();
  });

  it('describe([NaN, Infinity]) is null: no finite value', () => {
    expect(describeValues([NaN, Infinity, -Infinity])).toBeNull();
  });

  it('describe([7]) gives 7 everywhere, deviation 0, one bin', () => {
    expect(describeValues([7])).toEqual({
      count: 1,
      min: 7,
      max: 7,
      mean: 7,
      median: 7,
      deviation: 0,
      q1: 7,
      q3: 7,
      iqr: 0,
      counts: [{ months: 7, count: 1 }],
      bins: [{ x0: 7, x1: 8, count: 1 }],
    });
  });

  it('describe([0.1, 0.1, 0.1]) gives a mean of exactly 0.1, deviation 0', () => {
    const d = describeValues([0.1, 0.1, 0.1]);
    expect(d?.mean).toBe(0.1);
    expect(d?.deviation).toBe(0);
    expect(d?.iqr).toBe(0);
    expect(d?.counts).toEqual([{ months: 0.1, count: 3 }]);
    expect(d?.bins).toEqual([{ x0: 0, x1: 1, count: 3 }]);
  });

  it('describe([4, NaN, 2]) ignores NaN', () => {
    expect(describeValues([4, NaN, 2])).toMatchObject({
      count: 2,
      min: 2,
      max: 4,
      mean: 3,
      median: 3,
      deviation: Math.SQRT2,
      q1: 2.5,
      q3: 3.5,
      iqr: 1,
      counts: [
        { months: 4, count: 1 },
        { months: 2, count: 1 },
      ],
    });
  });

  it('describe([1, 2, 3, 4]) gives quartiles 1.75 and 3.25 (R-7)', () => {
    expect(describeValues([1, 2, 3, 4])).toMatchObject({ q1: 1.75, median: 2.5, q3: 3.25 });
  });

  it('describe of values in ranked order (descending) equals describe of the same values shuffled', () => {
    expect(describeValues([12, 9, 9, NaN, 4.5, 1])).toEqual(
      describeValues([9, 1, 12, 4.5, 9, NaN]),
    );
  });

  it('describe([0, -0]) and describe([-0, 0]) both give a minimum of -0, as a sort would', () => {
    expect(Object.is(describeValues([0, -0])?.min, -0)).toBe(true);
    expect(Object.is(describeValues([-0, 0])?.min, -0)).toBe(true);
    expect(Object.is(describeValues([0, -0])?.max, 0)).toBe(true);
  });

  it('describe([0, 1e9]) does not throw: bins widen to 100,000 months to stay under 100,000', () => {
    // One-month bins would be 10⁹ + 1; 10⁴-month bins 100,001; so 10⁵: 10,001 bins.
    const bins = describeValues([0, 1e9])?.bins ?? [];
    expect(bins).toHaveLength(10_001);
    expect(bins[0]).toEqual({ x0: 0, x1: 1e5, count: 1 });
    expect(bins.at(-1)).toEqual({ x0: 1e9, x1: 1e9 + 1e5, count: 1 });
    expect(bins.reduce((t, b) => t + b.count, 0)).toBe(2);
  });
});

describe('histogram', () => {
  it('histogram([]) gives no bin', () => {
    expect(histogram([])).toEqual([]);
  });

  it('histogram([NaN]) gives no bin', () => {
    expect(histogram([NaN])).toEqual([]);
  });

  it('histogram(Float64Array [1.5, NaN, 4]) reads a typed array like a plain one', () => {
    expect(histogram(new Float64Array([1.5, NaN, 4]))).toEqual(histogram([1.5, 4]));
  });

  it('histogram([3, 3, 3]) gives one bin [3, 4)', () => {
    expect(histogram([3, 3, 3])).toEqual([{ x0: 3, x1: 4, count: 3 }]);
  });

  it('histogram([1.5, 4]) keeps the empty bins in between and gives 4 its own bin', () => {
    expect(histogram([1.5, 4])).toEqual([
      { x0: 1, x1: 2, count: 1 },
      { x0: 2, x1: 3, count: 0 },
      { x0: 3, x1: 4, count: 0 },
      { x0: 4, x1: 5, count: 1 },
    ]);
  });

  it('histogram([-1.5, -0.5, 0]) aligns negative bins on multiples of the width', () => {
    expect(histogram([-1.5, -0.5, 0])).toEqual([
      { x0: -2, x1: -1, count: 1 },
      { x0: -1, x1: 0, count: 1 },
      { x0: 0, x1: 1, count: 1 },
    ]);
  });

  it('histogram([0.1, 0.2, 0.3], 0.1) puts 0.3 in [0.3, 0.4) with round edges', () => {
    expect(histogram([0.1, 0.2, 0.3], 0.1)).toEqual([
      { x0: 0.1, x1: 0.2, count: 1 },
      { x0: 0.2, x1: 0.3, count: 1 },
      { x0: 0.3, x1: 0.4, count: 1 },
    ]);
  });

  it('histogram([0.7, 2.1], 0.7) puts 2.1 in [2.1, 2.8)', () => {
    expect(histogram([0.7, 2.1], 0.7)).toEqual([
      { x0: 0.7, x1: 1.4, count: 1 },
      { x0: 1.4, x1: 2.1, count: 0 },
      { x0: 2.1, x1: 2.8, count: 1 },
    ]);
  });

  it('histogram([2, 7, 11, 12], 5) gives 5-month bins [0, 5), [5, 10), [10, 15)', () => {
    expect(histogram([2, 7, 11, 12], 5)).toEqual([
      { x0: 0, x1: 5, count: 1 },
      { x0: 5, x1: 10, count: 1 },
      { x0: 10, x1: 15, count: 2 },
    ]);
  });

  it.each([0, -1, NaN, Infinity])('histogram([1], %s) throws a RangeError', (width) => {
    expect(() => histogram([1], width)).toThrow(RangeError);
  });

  it('histogram([0, 1e6], 1) throws a RangeError: more than 100,000 bins', () => {
    expect(() => histogram([0, 1e6], 1)).toThrow(RangeError);
  });
});

describe('shareAtLeast and countBelow', () => {
  it('shareAtLeast([], 3) is 0: nobody, not NaN', () => {
    expect(shareAtLeast([], 3)).toBe(0);
  });

  it('shareAtLeast([1, 2, 3, 4], 3) is 0.5 (3 counts: at least)', () => {
    expect(shareAtLeast([1, 2, 3, 4], 3)).toBe(0.5);
  });

  it('shareAtLeast([5, NaN], 1) is 1: NaN is left out', () => {
    expect(shareAtLeast([5, NaN], 1)).toBe(1);
  });

  it('shareAtLeast([2, 2], 2) is 1 and shareAtLeast([2, 2], 2.1) is 0', () => {
    expect(shareAtLeast([2, 2], 2)).toBe(1);
    expect(shareAtLeast([2, 2], 2.1)).toBe(0);
  });

  it('countBelow([1, 2, 3, 4], 3) is 2 (strictly below)', () => {
    expect(countBelow([1, 2, 3, 4], 3)).toBe(2);
  });

  it('countBelow([], 3) is 0, and countBelow([NaN, -Infinity, 1], 2) is 1', () => {
    expect(countBelow([], 3)).toBe(0);
    expect(countBelow([NaN, -Infinity, 1], 2)).toBe(1);
  });
});

describe('valuesOf', () => {
  it('valuesOf([{ months: 3 }, { months: 1.5 }, { months: NaN }]) gives a Float64Array 3, 1.5, NaN', () => {
    const values = valuesOf([{ months: 3 }, { months: 1.5 }, { months: NaN }]);
    expect(values).toBeInstanceOf(Float64Array);
    expect(Array.from(values)).toEqual([3, 1.5, NaN]);
  });

  it('describe(valuesOf of 2, 4, 4, 6 months) gives mean 4, deviation √(8/3), median 4', () => {
    const d = describeValues(valuesOf([2, 4, 4, 6].map((months) => ({ months }))));
    expect(d?.mean).toBe(4);
    // Squares about the mean 4: 4 + 0 + 0 + 4 = 8, over n − 1 = 3.
    expect(d?.deviation).toBe(Math.sqrt(8 / 3));
    expect(d?.median).toBe(4);
  });
});
