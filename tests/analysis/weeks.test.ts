import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WEEKS_PER_MONTH, weeksToMonths } from '../../src/lib/analysis/weeks';

describe('weeksToMonths', () => {
  it('uses 52/12 weeks a month (≈ 4.33)', () => {
    expect(WEEKS_PER_MONTH).toBeCloseTo(4.3333, 4);
    expect(weeksToMonths(52)).toBe(12);
    expect(weeksToMonths(0)).toBe(0);
  });

  it.each([
    [9, 2.0769],
    [11, 2.5385],
    [12, 2.7692],
  ])('weeksToMonths(%d) gives %d', (weeks, months) => {
    expect(weeksToMonths(weeks)).toBeCloseTo(months, 4);
  });

  it('and back: months × 52/12 gives the weeks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 520 }), (w) => {
        expect(weeksToMonths(w) * WEEKS_PER_MONTH).toBeCloseTo(w, 9);
      }),
    );
  });
});
