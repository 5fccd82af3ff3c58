// Dot stacks + the box's figures + the months domain + a width → the dot plot's marks in pixels:
// each dot's centre and radius, the box plot (whiskers, box, median, mean), the ticks and the
// bounds of the brush and reference lines (pure, no DOM). Strip.svelte copies these onto SVG.
import { linearScale, type Linear } from './linear';
import type { RefBounds } from './references';
import { DOT_R, DOT_STEP, DOTS_MAX_HEIGHT, dotSize, type StackedDot } from './dots';
import type { DensityFrame } from './density';
import { monthTicks, type Margins, type Tick } from './scales';

/** The figures a box plot is drawn from (analysis/distribution's; quartiles by R-7). */
export interface BoxFigures {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

/** The box: from the first to the third quartile (interpolated at (n − 1)·p, R-7). */
export const boxEnds = (d: BoxFigures): [number, number] => [d.q1, d.q3];

/** The whiskers reach the extremes: every school is a dot above, so none is set apart as an
 *  outlier (no 1.5 × IQR rule, which would leave the dots past it with no whisker). */
export const whiskerEnds = (d: BoxFigures): [number, number] => [d.min, d.max];

/** Height of the box, in pixels. */
export const BOX_HEIGHT = 18;

export interface BoxMarks {
  /** The whisker line, min to max, through the box's middle. */
  whisker: { x1: number; x2: number; y: number };
  /** The box, q1 to q3. */
  box: { x: number; y: number; width: number; height: number };
  /** The median's line, 3 px past the box at each end. */
  median: { x: number; y1: number; y2: number };
  /** The mean's triangle under the box, pointing up at it: its tip. */
  mean: { x: number; y: number };
}

/** A box plot's marks on the months scale `x`, its box `height` tall from `top`. */
export function boxMarks(
  d: BoxFigures,
  x: (months: number) => number,
  top: number,
  height = BOX_HEIGHT,
): BoxMarks {
  const [w0, w1] = whiskerEnds(d);
  const [b0, b1] = boxEnds(d);
  return {
    whisker: { x1: x(w0), x2: x(w1), y: top + height / 2 },
    box: { x: x(b0), y: top, width: x(b1) - x(b0), height },
    median: { x: x(d.median), y1: top - 3, y2: top + height + 3 },
    mean: { x: x(d.mean), y: top + height + 1 },
  };
}

/** The mean's triangle, 10 px wide and 8 tall, its tip at `mean`. */
export const meanPath = (mean: { x: number; y: number }): string =>
  `M${mean.x},${mean.y} l-5,8 h10 z`;

export interface StripInput<T> {
  /** The dots, stacked by value (dotStacks). */
  stacks: { dots: readonly StackedDot<T>[]; tallest: number };
  /** The figures of the box. */
  box: BoxFigures;
  /** The months domain, [0, top] (Months.domain: the whole table's, shared by every chart). */
  domain: readonly [number, number];
  /** Width of the chart, in pixels. */
  width: number;
  /** Height of the band under the axis for the CTI reference labels (0: none). */
  band?: number;
}

export interface StripLayout {
  width: number;
  height: number;
  margin: Margins;
  x: Linear;
  /** Each dot's centre, in the order of stacks.dots. */
  points: { x: number; y: number }[];
  /** Radius of every dot, the step between two dots of a stack, and the radius of a picked or
   *  hovered dot (the usual size, so that it stands out among shrunk ones). */
  r: number;
  step: number;
  markR: number;
  box: BoxMarks;
  /** Whole months, thinned to 24 px apart at least; y of their labels. */
  ticks: Tick[];
  axisY: number;
  /** The reference lines' extent, and the top of their labels' band. */
  refs: RefBounds;
}

/** The dot plot's marks for `stacks` drawn `width` pixels wide. */
export function stripLayout<T>({
  stacks,
  box,
  domain,
  width,
  band = 0,
}: StripInput<T>): StripLayout {
  // 1. Scale: months across, never under 40 px wide.
  const margin = { top: 10, right: 16, bottom: 24, left: 40 };
  const x = linearScale(domain, [margin.left, Math.max(margin.left + 40, width - margin.right)]);
  // 2. Rows, top down: the stacks (dots touch at most, until a stack too tall shrinks them all,
  //    see dotSize), the box 8 px under them, the tick labels, the CTI labels' band.
  const { step, r } = dotSize(stacks.tallest);
  const dotsBottom = margin.top + stacks.tallest * step + 4;
  const boxY = dotsBottom + 8;
  const axisY = boxY + BOX_HEIGHT + margin.bottom - 4;
  // 3. Marks: each dot up its stack from 4 px over the stacks' bottom.
  const points = stacks.dots.map((dot) => ({
    x: x(dot.value),
    y: dotsBottom - 4 - dot.level * step - r,
  }));
  return {
    width,
    height: boxY + BOX_HEIGHT + margin.bottom + band,
    margin,
    x,
    points,
    r,
    step,
    markR: Math.max(r, DOT_R),
    box: boxMarks(box, x, boxY),
    ticks: monthTicks(x, 24).map((value) => ({ value, at: x(value) })),
    axisY,
    // Under the dots and the box, so both stay whole where a line crosses them.
    refs: {
      top: margin.top,
      bottom: boxY + BOX_HEIGHT + 3,
      bands: [axisY + 8],
      left: margin.left,
      right: width - 2,
    },
  };
}

/** Where the hovered dot's label goes: 10 px over it, centred, kept 90 px from the sides and
 *  12 px from the top. */
export function dotLabelAt(
  point: { x: number; y: number },
  width: number,
): { x: number; y: number } {
  return { x: Math.min(Math.max(point.x, 90), width - 90), y: Math.max(12, point.y - 10) };
}

/** The stacks a density layout's frame is made for: no dot, and the tallest stack that fits. */
export const DENSITY_STACKS = { dots: [], tallest: DOTS_MAX_HEIGHT / DOT_STEP } as const;

/** Where density columns stand (density.ts) in a layout made for a stack DOTS_MAX_HEIGHT tall: on
 *  the months scale, their foot where the stacks' is (12 px over the box), up to the plot's top. */
export function densityFrame(layout: StripLayout): DensityFrame {
  return {
    x: layout.x,
    left: layout.margin.left,
    bottom: layout.box.box.y - 12,
    height: DOTS_MAX_HEIGHT,
  };
}
