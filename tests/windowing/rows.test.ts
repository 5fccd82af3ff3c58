import { describe, expect, it } from 'vitest';
import { EXPORT_ROWS, KEEP_MOUNTED_MAX, rowWindow, windowRows } from '../../src/lib/windowing';

describe('rowWindow', () => {
  // A chart whose rows start 28 px down, 16 px each, 10,000 rows, a 900 px viewport, 20 rows spare.
  it.each([
    ['at the top of the page, below the fold', 1200, [0, 0]],
    ['its top in view', 500, [0, 44]],
    ['scrolled into the middle', -16 * 5000, [4978, 5075]],
    ['scrolled to the end', -16 * 10_000, [9978, 10_000]],
    ['scrolled past it', -16 * 20_000, [10_000, 10_000]],
    ['not laid out (NaN)', Number.NaN, [0, 0]],
  ])('%s: top %d gives %j', (_, top, expected) => {
    expect(rowWindow(top as number, 900, 28, 16, 10_000)).toEqual(expected);
  });
  it('never starts after it ends, and stays within the rows', () => {
    for (const top of [-1e9, -5000, 0, 5000, 1e9]) {
      const [start, end] = rowWindow(top, 900, 28, 16, 144, 0);
      expect(0 <= start && start <= end && end <= 144).toBe(true);
    }
  });
});

describe('KEEP_MOUNTED_MAX', () => {
  it("is 1,000 schools, the limit the README's Performance section names", () => {
    expect(KEEP_MOUNTED_MAX).toBe(1000);
  });
});

describe('windowRows', () => {
  // A long list always draws its first 100 rows (what a download holds) and the window.
  it.each([
    ['the window inside the first rows', [0, 60], [[0, 100]]],
    ['the window running on from them', [80, 160], [[0, 160]]],
    ['the window starting right after them', [100, 180], [[0, 180]]],
    [
      'the window further down',
      [4978, 5075],
      [
        [0, 100],
        [4978, 5075],
      ],
    ],
  ])('%s: %j gives %j', (_, window, expected) => {
    expect(windowRows(100, window as [number, number])).toEqual(expected);
  });
});

describe('EXPORT_ROWS', () => {
  it('is 100 rows: a download of a long ranking is 100 × 16 px of rows, about 1,700 px tall', () => {
    expect(EXPORT_ROWS).toBe(100);
  });
});
