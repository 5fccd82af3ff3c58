// The histogram's geometry, checked against figures this test works out from the seed itself:
// the schools per one-month bin counted here, the months axis from 0 to 13 (a whole month past the
// seed's maximum, 12), the count axis up to 40 (the nice top over the tallest bin, 34).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describe as describeValues } from '../../src/lib/analysis/distribution';
import {
  histogramLayout,
  litBar,
  type HistogramLayout,
} from '../../src/lib/charts/histogram-layout';
import { seedMonths } from '../analysis/seed';

const months = seedMonths();
const bins = describeValues(months)?.bins ?? [];

/** Schools per bin [k, k + 1), counted here: k from 1 (the seed's least, 1 month) to 12. */
const counted = Array.from({ length: 12 }, (_, i) => ({
  x0: i + 1,
  count: months.filter((m) => m >= i + 1 && m < i + 2).length,
}));
/** The seed's months axis: a whole month past its maximum, 12. */
const DOMAIN = [0, 13] as const;
/** The top of the count axis: the tallest bin holds 34 schools (6 months), and d3's nice with 4
 *  ticks rounds the axis up to the next multiple of 10. */
const COUNT_TOP = 40;

/** The plot's box in pixels, from the layout's own margins. */
function plotOf(layout: HistogramLayout) {
  const { margin, width, height } = layout;
  const left = margin.left;
  const right = width - margin.right;
  const bottom = height - margin.bottom;
  return { left, right, bottom, top: margin.top, perMonth: (right - left) / 13 };
}

describe('histogramLayout on the seed', () => {
  it('the seed counts 3, 9, 23, 24, 20, 34, 5, 7, 5, 7, 3, 4 schools from 1 to 12 months', () => {
    expect(counted.map((b) => b.count)).toEqual([3, 9, 23, 24, 20, 34, 5, 7, 5, 7, 3, 4]);
    expect(counted.reduce((n, b) => n + b.count, 0)).toBe(144);
  });

  it.each([375, 1280])(
    'at %d px, one bar per month, its height in proportion to its count',
    (width) => {
      const layout = histogramLayout({ bins, domain: DOMAIN, width });
      const plot = plotOf(layout);
      expect(layout.bars.map((b) => [b.x0, b.count])).toEqual(counted.map((b) => [b.x0, b.count]));
      expect(layout.baseline).toBeCloseTo(plot.bottom, 9);
      layout.bars.forEach((bar, i) => {
        const { x0, count } = counted[i] ?? { x0: NaN, count: NaN };
        // A pixel of gap on each side of the month.
        expect(bar.x).toBeCloseTo(plot.left + x0 * plot.perMonth + 1, 9);
        expect(bar.width).toBeCloseTo(plot.perMonth - 2, 9);
        expect(bar.height).toBeCloseTo((count / COUNT_TOP) * (plot.bottom - plot.top), 9);
        expect(bar.y + bar.height).toBeCloseTo(plot.bottom, 9);
        // Its count centred over it, 4 px up.
        expect(bar.labelX).toBeCloseTo(plot.left + (x0 + 0.5) * plot.perMonth, 9);
        expect(bar.labelY).toBeCloseTo(bar.y - 4, 9);
      });
    },
  );

  it('the count axis ticks every 10 schools up to 40, whole counts at their height', () => {
    const layout = histogramLayout({ bins, domain: DOMAIN, width: 375 });
    const plot = plotOf(layout);
    expect(layout.yTicks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40]);
    for (const t of layout.yTicks) {
      expect(t.at).toBeCloseTo(plot.bottom - (t.value / COUNT_TOP) * (plot.bottom - plot.top), 9);
    }
  });

  it('months ticks: every month at 375 px (24.5 px a month), every 3rd at 200 px (11 px)', () => {
    const wide = histogramLayout({ bins, domain: DOMAIN, width: 375 });
    expect(wide.xTicks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    const plot = plotOf(wide);
    for (const t of wide.xTicks) expect(t.at).toBeCloseTo(plot.left + t.value * plot.perMonth, 9);
    const narrow = histogramLayout({ bins, domain: DOMAIN, width: 200 });
    expect(narrow.xTicks.map((t) => t.value)).toEqual([0, 3, 6, 9, 12]);
  });

  it('the CTI band makes the chart taller and leaves the bars as they were', () => {
    const plain = histogramLayout({ bins, domain: DOMAIN, width: 375 });
    const banded = histogramLayout({ bins, domain: DOMAIN, width: 375, band: 30 });
    expect(banded.height).toBe(plain.height + 30);
    expect(banded.bars).toEqual(plain.bars);
    expect(banded.refs.bands[0]).toBeCloseTo(banded.baseline + 24, 9);
    expect(banded.title.y).toBe(plain.title.y + 30);
  });

  it('the brush band runs from 8 px over the plot down to the axis', () => {
    const layout = histogramLayout({ bins, domain: DOMAIN, width: 375 });
    expect(layout.brush.top).toBe(layout.margin.top - 8);
    expect(layout.brush.top + layout.brush.height).toBeCloseTo(layout.baseline, 9);
  });
});

describe('histogramLayout at 100,000 schools (counts in the thousands)', () => {
  // 13 one-month bins of 7,917 to 8,438 schools: the count axis goes to 10,000.
  const big = Array.from({ length: 13 }, (_, i) => ({ x0: i, x1: i + 1, count: 7917 + 40 * i }));
  // French grouping with a narrow no-break space, as the page writes counts.
  const countText = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, '\u202f');

  it('moves the plot right of its widest count label: 8 + 6 characters × 7 px = 50 px', () => {
    const layout = histogramLayout({ bins: big, domain: DOMAIN, width: 343, countText });
    expect(layout.yTicks.map((t) => t.label)).toEqual([
      '0',
      '2\u202f000',
      '4\u202f000',
      '6\u202f000',
      '8\u202f000',
      '10\u202f000',
    ]);
    expect(layout.margin.left).toBe(50);
    expect(layout.x.range()[0]).toBe(50);
  });

  it('writes no count over the bars on a phone, where 5 characters (35 px) pass a 19 px bar', () => {
    const phone = histogramLayout({ bins: big, domain: DOMAIN, width: 343, countText });
    // (343 − 50 − 16) / 13 = 21.3 px a month, bars 2 px narrower.
    expect(phone.bars[0]?.width).toBeCloseTo(277 / 13 - 2, 9);
    expect(phone.counts).toBe(false);
    // At 1248 px a bar is 89 px wide: every count is written, as written on the page.
    const desktop = histogramLayout({ bins: big, domain: DOMAIN, width: 1248, countText });
    expect(desktop.counts).toBe(true);
    expect(desktop.bars[0]?.label).toBe('7\u202f917');
  });

  it('the seed keeps its counts at 320 px (two digits, 14 px, over 15.8 px bars)', () => {
    const layout = histogramLayout({ bins, domain: DOMAIN, width: 288 });
    expect(layout.margin.left).toBe(40);
    expect(layout.counts).toBe(true);
  });

  it('wraps a long axis title to the width, each line taking 14 px more height', () => {
    const title = "Temps moyen passé à l'étranger par les étudiants (en mois)";
    const one = histogramLayout({ bins, domain: DOMAIN, width: 1248, title });
    expect(one.title.lines).toEqual([title]);
    // 343 − 8 = 335 px of 12 px text, as text-width.ts estimates it: up to « étudiants », 26.85 em
    // (322.2 px); « (en » and its space, 2.035 em more, would make it 346.6 px.
    const two = histogramLayout({ bins, domain: DOMAIN, width: 343, title });
    expect(two.title.lines).toEqual([
      "Temps moyen passé à l'étranger par les étudiants",
      '(en mois)',
    ]);
    // Not laid out yet (no width): one line, not a character a line.
    expect(histogramLayout({ bins, domain: DOMAIN, width: 0, title }).title.lines).toEqual([title]);
    const plain = histogramLayout({ bins, domain: DOMAIN, width: 343 });
    expect(two.height).toBe(plain.height + 14);
    expect(two.bars).toEqual(plain.bars);
    expect(two.title.y).toBe(plain.title.y);
  });
});

describe('histogramLayout edge cases', () => {
  it('no bin: no bar, and a count axis of one school', () => {
    const layout = histogramLayout({ bins: [], domain: [0, 1], width: 375 });
    expect(layout.bars).toEqual([]);
    expect(layout.y.domain()).toEqual([0, 1]);
  });

  it('a width under the margins keeps a 40 px plot, bars of no negative width', () => {
    const layout = histogramLayout({ bins, domain: DOMAIN, width: 0 });
    const [left, right] = layout.x.range();
    expect((right ?? 0) - (left ?? 0)).toBe(40);
    for (const bar of layout.bars) expect(bar.width).toBeGreaterThanOrEqual(0);
  });
});

describe('litBar', () => {
  it.each([
    [6, 5],
    [6.5, 5],
    [12, 11],
    [1, 0],
    [0.5, -1],
    [13, -1],
    [null, -1],
  ])('litBar(seed bins, %s) gives %d', (m, expected) => {
    expect(litBar(bins, m)).toBe(expected);
  });
});

describe('histogramLayout properties', () => {
  const someBins = fc
    .array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 30 })
    .map((counts) => counts.map((count, k) => ({ x0: k, x1: k + 1, count })));

  it('every bar stands on the axis, inside the plot, its height in proportion to its count', () => {
    fc.assert(
      fc.property(someBins, fc.integer({ min: 100, max: 2000 }), (bs, width) => {
        const layout = histogramLayout({ bins: bs, domain: [0, bs.length], width });
        const peak = Math.max(...bs.map((b) => b.count));
        const perCount = (layout.baseline - layout.y(peak)) / Math.max(1, peak);
        for (const bar of layout.bars) {
          expect(bar.y + bar.height).toBeCloseTo(layout.baseline, 6);
          expect(bar.height).toBeCloseTo(bar.count * perCount, 6);
          expect(bar.y).toBeGreaterThanOrEqual(layout.margin.top - 1e-9);
          expect(bar.x).toBeGreaterThanOrEqual(layout.margin.left);
          expect(bar.x + bar.width).toBeLessThanOrEqual(layout.width - layout.margin.right + 1e-9);
        }
      }),
    );
  });
});
