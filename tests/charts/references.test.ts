import { describe, expect, it } from 'vitest';
import { labelWidth, refMarks } from '../../src/lib/charts/references';

const line = (id: string, x: number, label = 'x'.repeat(10)) => ({ id, x, label });
/** Six pixels a character: the geometry, apart from how wide a font draws. */
const six = (label: string): number => label.length * 6;

describe('refMarks', () => {
  it('puts each label on its own row, after its line where it fits', () => {
    expect(refMarks([line('a', 100), line('b', 120)], 40, 400, six)).toEqual([
      { id: 'a', x: 100, label: 'xxxxxxxxxx', row: 0, anchor: 'start', labelX: 104 },
      { id: 'b', x: 120, label: 'xxxxxxxxxx', row: 1, anchor: 'start', labelX: 124 },
    ]);
  });

  it('puts it before the line when it would run past the right edge', () => {
    // 10 characters × 6 px = 60 px: 350 + 4 + 60 > 400, and 350 − 4 − 60 ≥ 40.
    expect(refMarks([line('a', 350)], 40, 400, six)[0]).toMatchObject({
      anchor: 'end',
      labelX: 346,
    });
  });

  it('ends a label that fits neither way at the plot’s right edge', () => {
    // 60 px of text in a 70 px plot, line in the middle: wider than estimated, it would still end
    // at 110 and run into the plot, not past the chart.
    expect(refMarks([line('a', 75)], 40, 110, six)[0]).toMatchObject({
      anchor: 'end',
      labelX: 110,
    });
  });

  it('gives nothing for no lines', () => {
    expect(refMarks([], 0, 100, six)).toEqual([]);
  });

  it('measures a label as drawn: 10.5 px bold, « 9 sem. » 42.42 px, capitals wider', () => {
    // Bold advances (text-width.ts): « 9 », « s », « e » 720 each, « m » 1110, the space and « . »
    // 385: 4,040 thousandths of an em, × 10.5 px.
    expect(labelWidth('9 sem.')).toBeCloseTo(42.42, 10);
    expect(labelWidth('ENSAM')).toBeGreaterThan(labelWidth('ensam'));
  });
});
