// Schools → a dot plot layout: one stack per distinct value, each school's place in its stack, the
// size of the dots, and (for large tables) the dots as path strings (pure).

/** Up to this many schools the dot plot draws one `<circle>` per school; above it, two `<path>`s. */
export const DOT_ELEMENTS_MAX = 1000;
/** Distance between two dots of a stack, and their radius, when the tallest stack fits. */
export const DOT_STEP = 5;
export const DOT_R = 2.3;
/** The most height the stacks may take, in pixels (the seed's 32 schools at 6 months take 160). */
export const DOTS_MAX_HEIGHT = 200;
/** The smallest radius: a dot under 2 px across fades into its anti-aliasing. */
const MIN_R = 1;

export interface StackedDot<T> {
  item: T;
  /** The value the dot stands at. */
  value: number;
  /** 0 for the bottom dot of its stack, 1 for the next… */
  level: number;
}

/** Stacks items that share a value (in the given order, bottom up); the tallest stack's height too.
 *  A run of equal values (ranked items come so) is counted without the look-up of its stack: the
 *  map is read and written once a run, not twice an item (100,000 items: a fifth of the time). */
export function dotStacks<T>(
  items: readonly T[],
  value: (item: T) => number,
): { dots: StackedDot<T>[]; tallest: number } {
  const heights = new Map<number, number>();
  let tallest = 0;
  const dots = new Array<StackedDot<T>>(items.length);
  // The run under way: its value and the height its stack has reached (NaN equal to NaN, as
  // the map's keys compare).
  let started = false;
  let run = 0;
  let height = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const v = value(item);
    if (!started || (v !== run && !(Number.isNaN(v) && Number.isNaN(run)))) {
      if (started) heights.set(run, height);
      started = true;
      run = v;
      height = heights.get(v) ?? 0;
    }
    dots[i] = { item, value: v, level: height };
    height += 1;
    if (height > tallest) tallest = height;
  }
  return { dots, tallest };
}

/**
 * The step between the dots of a stack and their radius: DOT_STEP and DOT_R while the tallest
 * stack fits in `maxHeight`, else the step that fits it and a radius in the same proportion, but
 * never under a pixel (tiny dots then overlap into a column as tall as the count).
 */
export function dotSize(tallest: number, maxHeight = DOTS_MAX_HEIGHT): { step: number; r: number } {
  if (tallest * DOT_STEP <= maxHeight) return { step: DOT_STEP, r: DOT_R };
  const step = maxHeight / tallest;
  return { step, r: Math.max(MIN_R, (step * DOT_R) / DOT_STEP) };
}

const tenth = (v: number): number => Math.round(v * 10) / 10;
const hundredth = (v: number): number => Math.round(v * 100) / 100;

/**
 * Points → one SVG path command per point, a circle of radius r: a move to its left end and two
 * half-circle arcs (`M x-r,y a r,r 0 1,0 2r,0 a r,r 0 1,0 -2r,0`). Positions to a tenth of a pixel,
 * the radius to a hundredth, so 10,000 circles take about 400 kB. Formatting the numbers is the
 * slow part (2 ms for 10,000 points in Node, joining them 0.3 ms): done once per layout, not once
 * per filter change.
 */
export function circleCommands(points: readonly { x: number; y: number }[], r: number): string[] {
  const rr = hundredth(r);
  const d = hundredth(2 * r);
  const arcs = `a${rr},${rr} 0 1,0 ${d},0a${rr},${rr} 0 1,0 ${-d},0`;
  return points.map((p) => `M${tenth(p.x - r)},${tenth(p.y)}${arcs}`);
}

/** Points → one SVG path of circles of radius r (see circleCommands); no point → ''. */
export function circlesPath(points: readonly { x: number; y: number }[], r: number): string {
  return circleCommands(points, r).join('');
}

/** Each dot's circle command, split by `inside(i)` → the path of those inside and of the rest. */
export function dotPaths(
  commands: readonly string[],
  inside: (i: number) => boolean,
): { inside: string; outside: string } {
  let a = '';
  let b = '';
  for (let i = 0; i < commands.length; i++) {
    if (inside(i)) a += commands[i];
    else b += commands[i];
  }
  return { inside: a, outside: b };
}

/** A brushed span of pixels → a months range, rounded to tenths, ends in order and within the domain. */
export function brushRange(
  a: number,
  b: number,
  invert: (px: number) => number,
  domain: readonly [number, number],
): [number, number] {
  const clamp = (v: number): number => Math.min(domain[1], Math.max(domain[0], v));
  const lo = clamp(invert(Math.min(a, b)));
  const hi = clamp(invert(Math.max(a, b)));
  // A hair of tolerance: invert(x(3)) can be 2.9999999999999996, which must stay 3, not 2.9.
  return [Math.floor(lo * 10 + 1e-9) / 10, Math.ceil(hi * 10 - 1e-9) / 10];
}

/** The index of the dot nearest to (px, py) within `reach` pixels, or null when none is that close. */
export function nearestDot(
  points: readonly { x: number; y: number }[],
  px: number,
  py: number,
  reach = 10,
): number | null {
  // A plain scan: 0.1 ms over 10,000 points in Node, so no bucketing by x is needed per pointer move.
  let best: number | null = null;
  let bestD = reach * reach;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (!p) continue;
    const d = (p.x - px) ** 2 + (p.y - py) ** 2;
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/**
 * The dot the arrow keys go to, among the dots `shown` (those inside the filter), or undefined for
 * another key. Left and Right go to the bottom dot of the next stack to that side, Up and Down to
 * the next dot of the same stack, Home and End to the first and last dot; with no dot yet, any of
 * them starts at the first. Undefined too when nothing is shown.
 */
export function stepDot(
  key: string,
  current: number | null,
  dots: readonly { value: number; level: number }[],
  shown: (i: number) => boolean,
): number | undefined {
  if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key)) {
    return undefined;
  }
  // The stacks of the dots shown, left to right, each bottom up.
  const byValue = new Map<number, number[]>();
  dots.forEach((dot, i) => {
    if (!shown(i)) return;
    const stack = byValue.get(dot.value);
    if (stack) stack.push(i);
    else byValue.set(dot.value, [i]);
  });
  const columns = [...byValue.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, stack]) => stack.sort((a, b) => (dots[a]?.level ?? 0) - (dots[b]?.level ?? 0)));
  const first = columns[0]?.[0];
  const lastColumn = columns[columns.length - 1];
  if (first === undefined || lastColumn === undefined) return undefined;
  const col = current === null ? -1 : columns.findIndex((stack) => stack.includes(current));
  const column = columns[col];
  if (key === 'Home' || column === undefined) return key === 'End' ? lastColumn.at(-1) : first;
  if (key === 'End') return lastColumn.at(-1);
  const at = column.indexOf(current ?? -1);
  switch (key) {
    case 'ArrowRight':
      return columns[Math.min(columns.length - 1, col + 1)]?.[col + 1 < columns.length ? 0 : at];
    case 'ArrowLeft':
      return columns[Math.max(0, col - 1)]?.[col > 0 ? 0 : at];
    case 'ArrowUp':
      return column[Math.min(column.length - 1, at + 1)];
    default:
      return column[Math.max(0, at - 1)];
  }
}
