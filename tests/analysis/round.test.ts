import { describe, expect, it } from 'vitest';
import { roundTo } from '../../src/lib/analysis/round';

describe('roundTo', () => {
  it.each([
    [2.0769, 1, 2.1],
    [2.7692, 1, 2.8],
    [2.5385, 1, 2.5],
    [2.0769, 2, 2.08],
    [2.7692, 2, 2.77],
    [8, 1, 8],
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: three decimals give 0.3.
    [0.1 + 0.2, 3, 0.3],
    [0.0005, 3, 0.001],
    [7, 0, 7],
  ])('roundTo(%d, %d) gives %d', (value, digits, expected) => {
    expect(roundTo(value, digits)).toBe(expected);
  });
});
