import { describe, expect, it } from 'vitest';
import { brushRange, dotStacks, nearestDot } from '../../src/lib/charts/dots';

describe('dotStacks', () => {
  it('dotStacks of 6, 6, 5, 6 stacks the sixes 0, 1, 2 and the five at 0', () => {
    const { dots, tallest } = dotStacks([6, 6, 5, 6], (v) => v);
    expect(dots.map((d) => [d.value, d.level])).toEqual([
      [6, 0],
      [6, 1],
      [5, 0],
      [6, 2],
    ]);
    expect(tallest).toBe(3);
  });

  it('dotStacks([]) has no dot and height 0', () => {
    expect(dotStacks([], (v: number) => v)).toEqual({ dots: [], tallest: 0 });
  });
});

describe('brushRange', () => {
  const invert = (px: number): number => px / 10; // 10 px per month
  it.each([
    [30, 50, [3, 5]],
    [50, 30, [3, 5]],
    [31, 49, [3.1, 4.9]],
    [-20, 500, [0, 13]],
    [33.3, 33.3, [3.3, 3.4]],
  ])('brushRange(%d, %d) gives %j', (a, b, expected) => {
    expect(brushRange(a, b, invert, [0, 13])).toEqual(expected);
  });
  it('ignores floating-point noise from the scale: 2.9999999999999996 to 5.000000000000001 is 3 to 5', () => {
    const noisy = (px: number): number => (px === 30 ? 2.9999999999999996 : 5.000000000000001);
    expect(brushRange(30, 50, noisy, [0, 13])).toEqual([3, 5]);
  });
});

describe('nearestDot', () => {
  const points = [
    { x: 10, y: 10 },
    { x: 20, y: 10 },
    { x: 20, y: 30 },
  ];
  it.each([
    [11, 10, 0],
    [19, 12, 1],
    [20, 27, 2],
    [60, 60, null],
  ])('nearestDot(points, %d, %d) gives %s', (px, py, expected) => {
    expect(nearestDot(points, px, py)).toBe(expected);
  });

  it('nearestDot([], …) gives null', () => {
    expect(nearestDot([], 0, 0)).toBeNull();
  });
});
