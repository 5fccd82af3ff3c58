// (A .svelte.ts test: it holds a $state.) The shared months domain: from 0 to a whole month past the table's maximum, following it.
import { describe, expect, it } from 'vitest';
import { Months } from '../../src/lib/charts/months.svelte';

describe('Months', () => {
  it.each([
    [12, [0, 13]],
    [10.5, [0, 11]],
    [0, [0, 1]],
  ])('new Months(() => %d).domain is %j', (max, expected) => {
    expect(new Months(() => max).domain).toEqual(expected);
  });

  it('scale(40, 359) puts 0 months at 40 px and 13 at 359 (the seed, maximum 12)', () => {
    const x = new Months(() => 12).scale(40, 359);
    expect(x(0)).toBe(40);
    expect(x(13)).toBe(359);
    expect(x(6.5)).toBe(199.5);
  });

  it('follows its maximum when it changes (a table loaded in place of another)', () => {
    const table = $state({ max: 12 });
    const months = new Months(() => table.max);
    expect(months.domain).toEqual([0, 13]);
    table.max = 30;
    expect(months.domain).toEqual([0, 31]);
    expect(months.scale(0, 31)(31)).toBe(31);
  });
});
