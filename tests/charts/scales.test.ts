import { describe, expect, it } from 'vitest';
import {
  clipRun,
  countScale,
  fitLabel,
  monthsScale,
  monthTicks,
  rowAt,
  rowBlocks,
  scrollToShow,
  stepRow,
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

describe('rowBlocks', () => {
  it('rowBlocks(50, 24) gives 0–24, 24–48, 48–50', () => {
    expect(rowBlocks(50, 24)).toEqual([
      [0, 24],
      [24, 48],
      [48, 50],
    ]);
  });

  it('rowBlocks(144, 24) gives six full blocks', () => {
    expect(rowBlocks(144, 24)).toEqual([
      [0, 24],
      [24, 48],
      [48, 72],
      [72, 96],
      [96, 120],
      [120, 144],
    ]);
  });

  it('rowBlocks(5, 24) and rowBlocks(144, Infinity) give one block, rowBlocks(0, 24) one empty block', () => {
    expect(rowBlocks(5, 24)).toEqual([[0, 5]]);
    expect(rowBlocks(144, Infinity)).toEqual([[0, 144]]);
    expect(rowBlocks(0, 24)).toEqual([[0, 0]]);
  });
});

describe('clipRun', () => {
  const run = { start: 33, length: 32 };
  it('a tie of 32 from row 33, in rows 24–48, keeps rows 33 to 47', () => {
    expect(clipRun(run, 24, 48)).toEqual({ start: 33, length: 15 });
  });

  it('in rows 48–72 it keeps rows 48 to 64, in rows 72–96 nothing', () => {
    expect(clipRun(run, 48, 72)).toEqual({ start: 48, length: 17 });
    expect(clipRun(run, 72, 96)).toBeNull();
  });

  it('a run ending where the block starts is not in it', () => {
    expect(clipRun({ start: 20, length: 4 }, 24, 48)).toBeNull();
    expect(clipRun({ start: 20, length: 4 }, 0, 144)).toEqual({ start: 20, length: 4 });
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

describe('scrollToShow', () => {
  it.each([
    ['in view', 100, 250, 0],
    ['above the viewport', -40, 110, -48],
    ['below it', 800, 950, 58],
    ['taller than the viewport: its top', 300, 1400, 292],
    ['not laid out', Number.NaN, 10, 0],
  ])('%s: [%d, %d] in 900 px scrolls %d', (_, top, bottom, expected) => {
    expect(scrollToShow(top as number, bottom as number, 900)).toBe(expected);
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
