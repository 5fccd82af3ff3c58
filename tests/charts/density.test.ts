// The dot plot's density columns (charts/density.ts), on a frame and values small enough to work
// out by hand: months → 40 + 10 px a month, columns 2 px wide from x = 40, their foot at y = 100,
// 50 px at most.
import { describe, expect, it } from 'vitest';
import {
  barsPath,
  COLUMN_PX,
  densityAt,
  densityLayout,
  densityPoint,
  insideCounts,
} from '../../src/lib/charts/density';

const frame = { x: (m: number) => 40 + 10 * m, left: 40, bottom: 100, height: 50 };
// x = 40, 40, 40.5, 50 ×4, 63.5 → columns 0, 0, 0, 5 ×4, 11 (floor((x − 40) / 2)).
const values = [0, 0, 0.05, 1, 1, 1, 1, 2.35];
const d = densityLayout(values, frame);

describe('densityLayout', () => {
  it('counts 3 schools in column 0, 4 in column 5, 1 in column 11, of 12 columns 2 px wide', () => {
    expect(COLUMN_PX).toBe(2);
    expect([...d.count]).toEqual([3, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 1]);
    expect([...d.left.slice(0, 6)]).toEqual([40, 42, 44, 46, 48, 50]);
  });
  it('gives each school its column and its level in it, in the order given', () => {
    expect([...d.column]).toEqual([0, 0, 0, 5, 5, 5, 5, 11]);
    expect([...d.level]).toEqual([0, 1, 2, 0, 1, 2, 3, 0]);
  });
  it('the tallest column (4) takes the 50 px: 12.5 px a school', () => {
    expect(d.step).toBe(12.5);
  });
  it('places school 6 (level 3 of column 5) at x 50 + 1, y 100 − 3.5 × 12.5', () => {
    expect(densityPoint(d, 6)).toEqual({ x: 51, y: 56.25 });
    expect(densityPoint(d, 99)).toBeUndefined();
  });
  it('no school: one empty column, no step', () => {
    const none = densityLayout([], frame);
    expect([...none.count]).toEqual([0]);
    expect(none.step).toBe(0);
    expect(barsPath(none, none.count)).toBe('');
  });
});

describe('barsPath and insideCounts', () => {
  it('draws each column with schools as a bar 2 px wide, count × 12.5 px tall from y = 100', () => {
    expect(barsPath(d, d.count)).toBe('M40,100h2v-37.5h-2zM50,100h2v-50h-2zM62,100h2v-12.5h-2z');
  });
  it('counts the schools a filter keeps per column: the even ones, 2 in column 0 and 2 in 5', () => {
    const inside = insideCounts(d, (i) => i % 2 === 0);
    expect([...inside]).toEqual([2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0]);
    expect(barsPath(d, inside)).toBe('M40,100h2v-25h-2zM50,100h2v-25h-2z');
  });
});

describe('densityAt: the school under the pointer', () => {
  it.each([
    ['at the foot of column 5: its first school', 51, 99, 3],
    ['high over column 5: its top school', 51, 40, 6],
    ['between columns 0 and 5 (column 2, empty): the nearest, 0, at its foot', 45, 90, 0],
    ['in column 0, 30 px up: level 2', 41, 70, 2],
    ['10 px or more from any school: none', 90, 90, null],
  ])('%s', (_, px, py, expected) => {
    expect(densityAt(d, px as number, py as number)).toBe(expected);
  });
});
