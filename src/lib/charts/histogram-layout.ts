// Bins + the months domain + a size → the histogram's marks in pixels: margins, both scales, each
// bar, its count's place, the ticks, the brush band's and the reference lines' bounds (pure, no DOM).
// Histogram.svelte copies these onto SVG attributes.
import { linearScale, type Linear } from './linear';
import type { RefBounds } from './references';
import type { Bin } from '../analysis/types';
import { countScale, monthTicks, type Margins, type Tick } from './scales';
import { DIGIT_PX, wrap } from './wrap';
import { textWidth } from './text-width';

/** Height of the chart without the CTI labels' band, in pixels. */
export const HISTOGRAM_HEIGHT = 240;

export interface HistogramInput {
  /** Bins from analysis (x0 inclusive, x1 exclusive). */
  bins: readonly Bin[];
  /** The months domain, [0, top] (Months.domain: the whole table's, shared by every chart). */
  domain: readonly [number, number];
  /** Width of the chart, in pixels. */
  width: number;
  /** Height without the band, in pixels (HISTOGRAM_HEIGHT by default). */
  plotHeight?: number;
  /** Height of the band under the tick labels for the CTI reference labels (0: none). */
  band?: number;
  /** A count as written (the count axis, the counts over the bars): `String` by default. */
  countText?: (count: number) => string;
  /** The axis title, wrapped to the chart's width ('' by default: none). */
  title?: string;
}

/** The axis title's size, in pixels. */
const TITLE_PX = 12;
/** A line of the axis title, in pixels. */
export const TITLE_LINE = 14;

export interface BarMark extends Bin {
  /** The bar's rectangle: a pixel of gap on each side, from its count down to the axis. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where its count is written: centred over the bar, 4 px above it; and the count as written. */
  labelX: number;
  labelY: number;
  label: string;
}

export interface HistogramLayout {
  width: number;
  height: number;
  margin: Margins;
  x: Linear;
  y: Linear;
  /** The axis line and the bars' bottom: y(0). */
  baseline: number;
  /** Left and right ends of the axis and grid lines. */
  left: number;
  right: number;
  bars: BarMark[];
  /** Whole months, thinned to 24 px apart at least; y of their labels. */
  xTicks: Tick[];
  xTickY: number;
  /** Whole counts only (a scale up to 2 would otherwise tick at 0.5 and 1.5), as written. */
  yTicks: (Tick & { label: string })[];
  /** Whether the counts are written over the bars: only when every one fits over its bar (a
   *  table of 100,000 schools counts thousands a month, wider than a phone's bars). */
  counts: boolean;
  /** The brush band's top and height: from 8 px over the plot down to the axis. */
  brush: { top: number; height: number };
  /** The reference lines' extent, and the top of their labels' band. */
  refs: RefBounds;
  /** The axis title's anchor (centred under the plot: its first line's baseline) and its lines,
   *  TITLE_LINE apart. */
  title: { x: number; y: number; lines: string[] };
}

/** The histogram's marks for `bins` drawn `width` pixels wide. */
export function histogramLayout({
  bins,
  domain,
  width,
  plotHeight = HISTOGRAM_HEIGHT,
  band = 0,
  countText = String,
  title = '',
}: HistogramInput): HistogramLayout {
  // 1. Size: the CTI labels take a band between the tick labels and the axis title, and the title
  // takes a line more for each line it wraps to.
  // One line until the width is known (0: not laid out).
  const lines =
    title === '' ? [] : width > 0 ? wrap(title, width - 8, (s) => textWidth(s, TITLE_PX)) : [title];
  const extra = Math.max(0, lines.length - 1) * TITLE_LINE;
  const height = plotHeight + band + extra;
  const top = 20;
  const bottom = 44 + band + extra;
  // 2. Scales: counts up from the axis to a nice maximum; then months across (never under 40 px
  // wide), right of the widest count label (40 px at least, as the other charts).
  const peak = bins.reduce((m, b) => (b.count > m ? b.count : m), 0);
  const y = countScale(peak, height - bottom, top);
  const yTicks = y
    .ticks(4)
    .filter(Number.isInteger)
    .map((value) => ({ value, at: y(value), label: countText(value) }));
  const widest = yTicks.reduce((w, t) => Math.max(w, t.label.length), 0);
  const margin = { top, right: 16, bottom, left: Math.max(40, 8 + widest * DIGIT_PX) };
  const x = linearScale(domain, [margin.left, Math.max(margin.left + 40, width - margin.right)]);
  const baseline = y(0);
  // 3. Marks: one bar per bin, its count above it.
  const bars = bins.map((b) => ({
    x0: b.x0,
    x1: b.x1,
    count: b.count,
    x: x(b.x0) + 1,
    y: y(b.count),
    width: Math.max(0, x(b.x1) - x(b.x0) - 2),
    height: baseline - y(b.count),
    labelX: (x(b.x0) + x(b.x1)) / 2,
    labelY: y(b.count) - 4,
    label: countText(b.count),
  }));
  // A count fits when it is no wider than its bar and the gaps beside it.
  const counts = bars.every((b) => b.label.length * DIGIT_PX <= b.width + 2);
  return {
    width,
    height,
    margin,
    x,
    y,
    baseline,
    left: margin.left,
    right: width - margin.right,
    bars,
    xTicks: monthTicks(x, 24).map((value) => ({ value, at: x(value) })),
    xTickY: baseline + 16,
    yTicks,
    counts,
    brush: { top: margin.top - 8, height: baseline - margin.top + 8 },
    refs: {
      top: margin.top - 8,
      bottom: baseline,
      bands: [baseline + 24],
      left: margin.left,
      right: width - 2,
    },
    title: { x: (margin.left + width - margin.right) / 2, y: height - 6 - extra, lines },
  };
}

/** The index of the bin holding `months` (x0 ≤ months < x1), -1 for none: the bar lit for the
 *  school hovered in any view. Apart from the layout, so that a hover lays nothing out again. */
export function litBar(bins: readonly Bin[], months: number | null): number {
  if (months === null) return -1;
  return bins.findIndex((b) => months >= b.x0 && months < b.x1);
}
