// A domain and a range → a linear scale (value → pixels, pixels → value, ticks), computed exactly as
// d3-scale's scaleLinear computes it, with d3-array's ticks and nice intervals. Not d3-scale's own:
// its continuous scales import d3-interpolate (colours, strings), d3-color and d3-format (tick
// formats) for uses these charts do not have, about 6 KiB gzip in the page's first script (issue 12).
// tests/charts/linear.test.ts checks it against scaleLinear value for value.
import { nice, ticks } from 'd3-array';

/** A linear scale over a fixed domain and range (read-only: make another for other extents). */
export interface Linear {
  /** The position of `value` (not clamped: outside the domain, outside the range). */
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  /** The value at position `px`. */
  invert(px: number): number;
  /** About `count` round values across the domain (d3-array's `ticks`). */
  ticks(count?: number): number[];
}

/** [a, b] → t ↦ the point at t from a to b (d3-interpolate's interpolateNumber). */
const lerp =
  (a: number, b: number) =>
  (t: number): number =>
    a * (1 - t) + b * t;

/** [a, b] → x ↦ where x stands from a (0) to b (1); 0.5 for an empty span (as d3-scale). */
function unit(a: number, b: number): (x: number) => number {
  const span = b - a;
  return span ? (x) => (x - a) / span : () => (Number.isNaN(span) ? Number.NaN : 0.5);
}

/** A map from [d0, d1] onto [r0, r1], normalised over the ascending domain (d3-scale's bimap). */
function bimap(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (x: number) => number {
  const [t, v] = d1 < d0 ? [unit(d1, d0), lerp(r1, r0)] : [unit(d0, d1), lerp(r0, r1)];
  return (x) => v(t(x));
}

/** The linear scale from `domain` onto `range`. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): Linear {
  const d: [number, number] = [domain[0], domain[1]];
  const r: [number, number] = [range[0], range[1]];
  const forward = bimap(d, r);
  const scale: Linear = Object.assign((value: number) => forward(value), {
    domain: (): [number, number] => [d[0], d[1]],
    range: (): [number, number] => [r[0], r[1]],
    invert: bimap(r, d),
    ticks: (count = 10) => ticks(d[0], d[1], count),
  });
  return scale;
}

/** [start, stop] widened to round values that about `count` ticks fall on (d3-array's `nice`). */
export function niceDomain(start: number, stop: number, count = 10): [number, number] {
  const [a, b] = nice(start, stop, count);
  return [a, b];
}
