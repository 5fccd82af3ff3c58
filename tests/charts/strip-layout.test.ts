// The dot plot's geometry, checked against figures this test works out from the seed itself: the
// schools per value counted here, the quartiles by the R-7 method ((n − 1)·p, interpolated) worked
// here from the sorted months, the mean, the extremes, and the months axis from 0 to 13.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describe as describeValues } from '../../src/lib/analysis/distribution';
import { dotStacks } from '../../src/lib/charts/dots';
import {
  boxEnds,
  boxMarks,
  dotLabelAt,
  meanPath,
  stripLayout,
  whiskerEnds,
  type StripLayout,
} from '../../src/lib/charts/strip-layout';
import { seedSchools } from '../analysis/seed';

const schools = seedSchools();
const sorted = schools.map((s) => s.months).sort((a, b) => a - b);
const figures = describeValues(sorted) ?? (null as never);
const stacks = dotStacks(schools, (s) => s.months);
const DOMAIN = [0, 13] as const;

/** The p-quantile by R-7: at h = (n − 1)·p, between the values at floor(h) and floor(h) + 1. */
function r7(values: readonly number[], p: number): number {
  const h = (values.length - 1) * p;
  const lo = Math.floor(h);
  const a = values[lo] ?? NaN;
  const b = values[Math.min(lo + 1, values.length - 1)] ?? NaN;
  return a + (h - lo) * (b - a);
}

/** Schools per distinct value, counted here. */
const perValue = new Map<number, number>();
for (const m of sorted) perValue.set(m, (perValue.get(m) ?? 0) + 1);

/** Months → pixels from the layout's own margins, 13 months across the plot. */
function xOf(layout: StripLayout): (m: number) => number {
  const left = layout.margin.left;
  const right = layout.width - layout.margin.right;
  return (m) => left + (m * (right - left)) / 13;
}

describe('the seed by hand', () => {
  it('144 schools: R-7 quartiles 4 (h = 35.75), 5 (h = 71.5) and 6 (h = 107.25); mean 791.2 / 144', () => {
    // 35 schools under 4 months (2 + 1 + 5 + 1 + 2 + 1 + 19 + 1 + 2 + 1), so places 35 and 36
    // (from 0) are both 4; 59 under 5 then 15 at 5 (places 59–73); 79 under 6 then 32 at 6
    // (places 79–110): each quartile falls between two equal values.
    expect(sorted).toHaveLength(144);
    expect(r7(sorted, 0.25)).toBe(4);
    expect(r7(sorted, 0.5)).toBe(5);
    expect(r7(sorted, 0.75)).toBe(6);
    expect(sorted.reduce((sum, m) => sum + m, 0)).toBeCloseTo(791.2, 9);
  });

  it('r7 interpolates between two values: [1, 2, 4] at p = 0.25 gives 1.5, at 0.75 gives 3', () => {
    expect(r7([1, 2, 4], 0.25)).toBe(1.5);
    expect(r7([1, 2, 4], 0.75)).toBe(3);
  });
});

describe('stripLayout on the seed', () => {
  it.each([375, 1280])(
    'at %d px, the box from q1 to q3 by R-7, the median, min to max, the mean',
    (width) => {
      const layout = stripLayout({ stacks, box: figures, domain: DOMAIN, width });
      const x = xOf(layout);
      const { box, whisker, median, mean } = layout.box;
      expect(box.x).toBeCloseTo(x(r7(sorted, 0.25)), 9);
      expect(box.x + box.width).toBeCloseTo(x(r7(sorted, 0.75)), 9);
      expect(median.x).toBeCloseTo(x(r7(sorted, 0.5)), 9);
      // The whiskers reach the extremes, 1 and 12 months.
      expect(whisker.x1).toBeCloseTo(x(1), 9);
      expect(whisker.x2).toBeCloseTo(x(12), 9);
      expect(mean.x).toBeCloseTo(x(791.2 / 144), 9);
      // The whisker through the box's middle, the median past both its ends, the mean under it.
      expect(whisker.y).toBeCloseTo(box.y + box.height / 2, 9);
      expect(median.y1).toBeLessThan(box.y);
      expect(median.y2).toBeGreaterThan(box.y + box.height);
      expect(mean.y).toBeGreaterThan(box.y + box.height);
    },
  );

  it('one stack per value, as many dots as schools at it, each dot one step over the last', () => {
    const layout = stripLayout({ stacks, box: figures, domain: DOMAIN, width: 1280 });
    const x = xOf(layout);
    const byValue = new Map<number, { x: number; y: number }[]>();
    stacks.dots.forEach((dot, i) => {
      const point = layout.points[i];
      if (!point) throw new Error(`no point ${i}`);
      byValue.set(dot.value, [...(byValue.get(dot.value) ?? []), point]);
    });
    expect(
      [...byValue].map(([v, ps]) => [v, ps.length]).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0)),
    ).toEqual([...perValue].sort((a, b) => a[0] - b[0]));
    const bottoms = new Set<number>();
    for (const [value, points] of byValue) {
      points.forEach((p, level) => {
        expect(p.x).toBeCloseTo(x(value), 9);
        // Bottom up, in the order the schools come (rank order).
        expect(p.y).toBeCloseTo((points[0]?.y ?? NaN) - level * layout.step, 9);
      });
      bottoms.add(points[0]?.y ?? NaN);
    }
    // Every stack stands on the same line.
    expect(bottoms.size).toBe(1);
    // The tallest stack, 32 schools at 6 months, fits in 200 px at 5 px a dot: no shrinking.
    expect(Math.max(...perValue.values())).toBe(32);
    expect(layout.step).toBe(5);
    expect(layout.r).toBe(2.3);
  });

  it('the dots stay between the top margin and the box; the box above the tick labels', () => {
    const layout = stripLayout({ stacks, box: figures, domain: DOMAIN, width: 375 });
    const ys = layout.points.map((p) => p.y);
    expect(Math.min(...ys) - layout.r).toBeGreaterThanOrEqual(layout.margin.top);
    expect(Math.max(...ys) + layout.r).toBeLessThan(layout.box.median.y1);
    expect(layout.axisY).toBeGreaterThan(layout.box.mean.y + 8);
    expect(layout.height).toBeGreaterThan(layout.axisY);
  });

  it('the CTI band adds to the height only', () => {
    const plain = stripLayout({ stacks, box: figures, domain: DOMAIN, width: 375 });
    const banded = stripLayout({ stacks, box: figures, domain: DOMAIN, width: 375, band: 30 });
    expect(banded.height).toBe(plain.height + 30);
    expect(banded.points).toEqual(plain.points);
    expect(banded.refs).toEqual(plain.refs);
  });

  it('no school: no dot, and a box still placed', () => {
    const empty = dotStacks<{ months: number }>([], (s) => s.months);
    const layout = stripLayout({ stacks: empty, box: figures, domain: DOMAIN, width: 375 });
    expect(layout.points).toEqual([]);
    expect(Number.isFinite(layout.box.box.y)).toBe(true);
  });
});

describe('box plot helpers', () => {
  const d = { min: 1, q1: 2, median: 3, q3: 4, max: 5, mean: 3.5 };

  it('boxEnds gives q1 and q3; whiskerEnds the extremes', () => {
    expect(boxEnds(d)).toEqual([2, 4]);
    expect(whiskerEnds(d)).toEqual([1, 5]);
  });

  it('boxMarks(d, 10 px a month, top 100) places the box at 20–40, the median at 30', () => {
    expect(boxMarks(d, (m) => 10 * m, 100)).toEqual({
      whisker: { x1: 10, x2: 50, y: 109 },
      box: { x: 20, y: 100, width: 20, height: 18 },
      median: { x: 30, y1: 97, y2: 121 },
      mean: { x: 35, y: 119 },
    });
  });

  it('meanPath({35, 119}) is a triangle 10 px wide, 8 tall, its tip at the mean', () => {
    expect(meanPath({ x: 35, y: 119 })).toBe('M35,119 l-5,8 h10 z');
  });
});

describe('dotLabelAt', () => {
  it.each([
    [{ x: 200, y: 100 }, 400, { x: 200, y: 90 }],
    [{ x: 20, y: 100 }, 400, { x: 90, y: 90 }],
    [{ x: 390, y: 15 }, 400, { x: 310, y: 12 }],
  ])('dotLabelAt(%j, %d) gives %j', (point, width, expected) => {
    expect(dotLabelAt(point, width)).toEqual(expected);
  });
});

describe('stripLayout properties', () => {
  const monthsList = fc.array(
    fc.integer({ min: 0, max: 240 }).map((t) => t / 10),
    { minLength: 1, maxLength: 200 },
  );

  // Up to 200 dots: a stack taller than 200 shrinks its dots under a pixel's step while their
  // radius stays 1 px, so the top one may reach a pixel into the top margin.
  it('every dot inside the plot, over the box, one step above the one under it', () => {
    fc.assert(
      fc.property(monthsList, fc.integer({ min: 100, max: 2000 }), (list, width) => {
        const top = Math.floor(Math.max(...list)) + 1;
        const st = dotStacks(list, (m) => m);
        const sorted = [...list].sort((a, b) => a - b);
        const box = {
          min: sorted[0] ?? 0,
          q1: r7(sorted, 0.25),
          median: r7(sorted, 0.5),
          q3: r7(sorted, 0.75),
          max: sorted.at(-1) ?? 0,
          mean: sorted.reduce((sum, m) => sum + m, 0) / sorted.length,
        };
        const layout = stripLayout({ stacks: st, box, domain: [0, top], width });
        const [x0 = 0, x1 = 0] = layout.x.range();
        const below = new Map<number, number>();
        st.dots.forEach((dot, i) => {
          const p = layout.points[i] ?? { x: NaN, y: NaN };
          expect(p.x).toBeGreaterThanOrEqual(x0);
          expect(p.x).toBeLessThanOrEqual(x1 + 1e-9);
          expect(p.y - layout.r).toBeGreaterThanOrEqual(layout.margin.top - 1e-9);
          expect(p.y + layout.r).toBeLessThan(layout.box.median.y1);
          const under = below.get(dot.value);
          if (under !== undefined) expect(under - p.y).toBeCloseTo(layout.step, 9);
          below.set(dot.value, p.y);
        });
        // The box inside the whiskers, the median inside the box.
        const { whisker, box: b, median } = layout.box;
        expect(b.x).toBeGreaterThanOrEqual(whisker.x1 - 1e-9);
        expect(b.x + b.width).toBeLessThanOrEqual(whisker.x2 + 1e-9);
        expect(median.x).toBeGreaterThanOrEqual(b.x - 1e-9);
        expect(median.x).toBeLessThanOrEqual(b.x + b.width + 1e-9);
      }),
    );
  });
});
