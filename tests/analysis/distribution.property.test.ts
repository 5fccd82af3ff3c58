// Invariants of the distribution, checked on random values: bins tile the data, order of figures.
import { deviation, mean } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countBelow,
  describe as describeValues,
  histogram,
  shareAtLeast,
  valuesOf,
} from '../../src/lib/analysis/distribution';

/** Months-like values: tenths from 0 to 60, or any value in a wide finite range. */
const value = fc.oneof(
  fc.integer({ min: 0, max: 600 }).map((t) => t / 10),
  fc.double({ min: -1000, max: 1000, noNaN: true }),
);

/** Values with some NaN and infinities mixed in, which every function leaves out. */
const values = fc.array(
  fc.oneof({ weight: 8, arbitrary: value }, fc.constantFrom(NaN, Infinity, -Infinity)),
  { maxLength: 80 },
);

/** Bin widths people use, and odd ones. */
const width = fc.oneof(
  fc.constantFrom(0.1, 0.2, 0.25, 0.5, 0.7, 1, 2, 5),
  fc.double({ min: 0.5, max: 50, noNaN: true }),
);

const finite = (list: readonly number[]) => list.filter(Number.isFinite);

describe('distribution properties', () => {
  it("bins' counts sum to the number of finite values", () => {
    fc.assert(
      fc.property(values, width, (list, w) => {
        const total = histogram(list, w).reduce((t, b) => t + b.count, 0);
        expect(total).toBe(finite(list).length);
      }),
    );
  });

  it('every value falls in exactly one bin, x0 ≤ v < x1, and bins are contiguous', () => {
    fc.assert(
      fc.property(values, width, (list, w) => {
        const bins = histogram(list, w);
        bins.forEach((b, i) => {
          expect(b.x1).toBeGreaterThan(b.x0);
          const next = bins[i + 1];
          if (next !== undefined) expect(next.x0).toBe(b.x1);
        });
        for (const v of finite(list)) {
          expect(bins.filter((b) => b.x0 <= v && v < b.x1)).toHaveLength(1);
        }
        // Each bin holds exactly the values it spans.
        for (const b of bins) {
          expect(finite(list).filter((v) => b.x0 <= v && v < b.x1)).toHaveLength(b.count);
        }
      }),
    );
  });

  it('the first bin holds the minimum and the last the maximum (top edge rule)', () => {
    fc.assert(
      fc.property(values, width, (list, w) => {
        const bins = histogram(list, w);
        const first = bins[0];
        const last = bins.at(-1);
        if (first === undefined || last === undefined) return;
        expect(first.count).toBeGreaterThan(0);
        expect(last.count).toBeGreaterThan(0);
        expect(finite(list).every((v) => v < last.x1)).toBe(true);
      }),
    );
  });

  it('describe does not depend on order: values sorted either way give the same summary', () => {
    fc.assert(
      fc.property(values, (list) => {
        const up = [...list].sort((a, b) => a - b);
        const down = [...list].sort((a, b) => b - a);
        expect(describeValues(up)).toEqual(describeValues(list));
        expect(describeValues(down)).toEqual(describeValues(list));
      }),
    );
  });

  it('q1 ≤ median ≤ q3 and min ≤ mean ≤ max', () => {
    fc.assert(
      fc.property(values, (list) => {
        const d = describeValues(list);
        if (d === null) {
          expect(finite(list)).toHaveLength(0);
          return;
        }
        expect(d.q1).toBeLessThanOrEqual(d.median);
        expect(d.median).toBeLessThanOrEqual(d.q3);
        expect(d.min).toBeLessThanOrEqual(d.q1);
        expect(d.q3).toBeLessThanOrEqual(d.max);
        expect(d.min).toBeLessThanOrEqual(d.mean);
        expect(d.mean).toBeLessThanOrEqual(d.max);
        expect(d.deviation).toBeGreaterThanOrEqual(0);
        expect(d.count).toBe(finite(list).length);
      }),
    );
  });

  it('counts are one per distinct value, descending, summing to the count', () => {
    fc.assert(
      fc.property(values, (list) => {
        const d = describeValues(list);
        if (d === null) return;
        expect(d.counts.map((c) => c.months)).toEqual(
          [...new Set(finite(list))].sort((a, b) => b - a),
        );
        expect(d.counts.reduce((t, c) => t + c.count, 0)).toBe(d.count);
      }),
    );
  });

  it('shareAtLeast is decreasing in x, from 1 at the minimum, in 0..1', () => {
    fc.assert(
      fc.property(values, value, value, (list, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const share = shareAtLeast(list, lo);
        expect(shareAtLeast(list, hi)).toBeLessThanOrEqual(share);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
        if (finite(list).length > 0) expect(shareAtLeast(list, -Infinity)).toBe(1);
      }),
    );
  });

  it('shareAtLeast(x) × n + countBelow(x) = n', () => {
    fc.assert(
      fc.property(values, value, (list, x) => {
        const n = finite(list).length;
        expect(Math.round(shareAtLeast(list, x) * n) + countBelow(list, x)).toBe(n);
      }),
    );
  });
});

describe('describe: mean and deviation as d3-array gives them, to the last bit', () => {
  it('describe(values) has the mean (clamped to min–max) and deviation of d3 over the sorted finite values', () => {
    fc.assert(
      fc.property(values, (list) => {
        const d = describeValues(list);
        const sorted = Float64Array.from(finite(list)).sort();
        expect(d === null).toBe(sorted.length === 0);
        if (d === null) return;
        const m = mean(sorted) ?? NaN;
        expect(d.mean).toBe(Math.min(d.max, Math.max(d.min, m)));
        expect(d.deviation).toBe(deviation(sorted) ?? 0);
      }),
    );
  });

  it('describe(valuesOf(schools)) is describe of their months as an array', () => {
    fc.assert(
      fc.property(values, (list) => {
        const schools = list.map((months) => ({ months }));
        const typed = valuesOf(schools);
        expect(Array.from(typed)).toEqual(list);
        expect(describeValues(typed)).toEqual(describeValues(list));
      }),
    );
  });
});
