// Schools → a dot plot layout: one stack per distinct value, each school's place in its stack (pure).

export interface StackedDot<T> {
  item: T;
  /** The value the dot stands at. */
  value: number;
  /** 0 for the bottom dot of its stack, 1 for the next… */
  level: number;
}

/** Stacks items that share a value (in the given order, bottom up); the tallest stack's height too. */
export function dotStacks<T>(
  items: readonly T[],
  value: (item: T) => number,
): { dots: StackedDot<T>[]; tallest: number } {
  const heights = new Map<number, number>();
  let tallest = 0;
  const dots = items.map((item) => {
    const v = value(item);
    const level = heights.get(v) ?? 0;
    heights.set(v, level + 1);
    if (level + 1 > tallest) tallest = level + 1;
    return { item, value: v, level };
  });
  return { dots, tallest };
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
  let best: number | null = null;
  let bestD = reach * reach;
  points.forEach((p, i) => {
    const d = (p.x - px) ** 2 + (p.y - py) ** 2;
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}
