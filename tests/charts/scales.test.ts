import { describe, expect, it } from 'vitest';
import {
  countScale,
  fitLabel,
  monthsScale,
  monthTicks,
  rowAt,
  stepRow,
  tieRuns,
} from '../../src/lib/charts/scales';

describe('monthsScale', () => {
  it('monthsScale(12, 0, 260) runs from 0 to 13 months', () => {
    const x = monthsScale(12, 0, 260);
    expect(x.domain()).toEqual([0, 13]);
    expect(x(6.5)).toBe(130);
  });

  it('monthsScale(10.5, …) ends at 11 months, monthsScale(0, …) at 1', () => {
    expect(monthsScale(10.5, 0, 1).domain()).toEqual([0, 11]);
    expect(monthsScale(0, 0, 1).domain()).toEqual([0, 1]);
  });
});

describe('monthTicks', () => {
  it.each([
    [650, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]],
    [150, [0, 3, 6, 9, 12]],
    [40, [0, 12]],
  ])('monthTicks over %d px keeps labels 28 px apart: %j', (px, expected) => {
    expect(monthTicks(monthsScale(12, 0, px))).toEqual(expected);
  });
});

describe('countScale', () => {
  it('countScale(34, 200, 0) is nice up to 40', () => {
    expect(countScale(34, 200, 0).domain()).toEqual([0, 40]);
  });
});

describe('fitLabel', () => {
  it.each([
    ['CPE Lyon', 10, 'CPE Lyon'],
    ['ENPC (Ecole des ponts et chaussées)', 12, 'ENPC (Ecole…'],
    ['Mines Saint-Etienne', 1, '…'],
  ])('fitLabel(%s, %d) gives %s', (text, max, expected) => {
    expect(fitLabel(text, max)).toBe(expected);
  });
});

describe('tieRuns', () => {
  const row = (rank: number, size: number) => ({ rank, tie: { size } });
  it('tieRuns of 1, 1, 3, 4, 4, 4 gives runs at 0 (2 rows) and 3 (3 rows)', () => {
    expect(tieRuns([row(1, 2), row(1, 2), row(3, 1), row(4, 3), row(4, 3), row(4, 3)])).toEqual([
      { start: 0, length: 2, rank: 1 },
      { start: 3, length: 3, rank: 4 },
    ]);
  });

  it('a filter showing one school of a tie of 32 gives a run of one row, not 32', () => {
    expect(tieRuns([row(23, 4), row(34, 32), row(136, 1)])).toEqual([
      { start: 0, length: 1, rank: 23 },
      { start: 1, length: 1, rank: 34 },
    ]);
  });

  it('tieRuns([]) is empty', () => {
    expect(tieRuns([])).toEqual([]);
  });
});

describe('rowAt', () => {
  it.each([
    [28, 0],
    [43.9, 0],
    [44, 1],
    [27, null],
    [28 + 16 * 5, null],
    [NaN, null],
  ])('rowAt(%d, 28, 16, 5) gives %s', (y, expected) => {
    expect(rowAt(y, 28, 16, 5)).toBe(expected);
  });
});

describe('stepRow', () => {
  it.each([
    ['ArrowDown', null, 0],
    ['ArrowDown', 3, 4],
    ['ArrowDown', 143, 143],
    ['ArrowUp', null, 0],
    ['ArrowUp', 0, 0],
    ['ArrowUp', 5, 4],
    ['PageDown', 140, 143],
    ['PageUp', 5, 0],
    ['Home', 70, 0],
    ['End', 0, 143],
    ['a', 3, undefined],
  ] as const)('stepRow(%s, %s, 144) gives %s', (key, current, expected) => {
    expect(stepRow(key, current, 144)).toBe(expected);
  });

  it('stepRow on no rows moves nowhere', () => {
    expect(stepRow('ArrowDown', null, 0)).toBeUndefined();
  });
});
