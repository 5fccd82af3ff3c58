import { describe, expect, it } from 'vitest';
import { KEEP_MOUNTED_MAX, rowWindow } from '../../src/lib/windowing';

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
