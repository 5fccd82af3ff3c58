import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linearScale } from '../../src/lib/charts/linear';
import {
  fittedLabel,
  labelRoom,
  referenceLayout,
  type ReferenceKind,
  type ReferenceLine,
} from '../../src/lib/charts/reference-layout';
import { labelWidth } from '../../src/lib/charts/references';

// 0–10 onto 10–310 px: 30 px a unit. The geometry's labels at 6.6 px a character (`perChar`), 6 px
// kept between two.
const x = linearScale([0, 10], [10, 310]);
const perChar = (label: string): number => label.length * 6.6;
const line = (kind: ReferenceKind, value: number, label: string): ReferenceLine => ({
  kind,
  value,
  label,
});

describe('referenceLayout', () => {
  it('school, median and a threshold: two rows, the threshold beside the median', () => {
    const layout = referenceLayout(
      x,
      [
        // x = 220; 20 characters = 132 px: past the right edge after the line, so before it.
        line('school', 7, 'Mines Paris : 7 mois'),
        // x = 160; 16 characters = 105.6 px after it, to 269.6: meets the school's span [78, 226].
        line('all', 5, 'Médiane : 5 mois'),
        // x = 70; 6 characters to 113.6 (+ 6): meets [78, 226] in row 0, not [154, 275.6] in row 1.
        line('minimum', 2, '9 sem.'),
      ],
      perChar,
    );
    expect(
      layout.marks.map((m) => [
        m.kind,
        m.x,
        m.anchor,
        Math.round(m.labelX),
        m.row,
        m.rowY,
        m.piece,
      ]),
    ).toEqual([
      ['school', 220, 'end', 216, 0, 43, true],
      ['all', 160, 'start', 164, 1, 57, true],
      ['minimum', 70, 'start', 74, 1, 57, true],
    ]);
    // Strip 4–22, tick labels at 35, rows from 43: two rows of 14 and 2 px.
    expect([layout.top, layout.axisY, layout.tickY, layout.height]).toEqual([4, 22, 35, 73]);
    // 30 px a unit: a tick every unit (at least 24 px apart).
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('a label too long for either side of its line is pushed over it, without the line’s piece', () => {
    // x = 160; 40 characters = 264 px: past 310 after the line, before 10 before it; pushed to
    // end at 310 (so from 310 − 264 = 46), over 160.
    const [m] = referenceLayout(x, [line('family', 5, 'x'.repeat(40))], perChar).marks;
    expect([m?.anchor, m?.labelX, m?.piece]).toEqual(['end', 310, false]);
  });

  it('measures a label as drawn: twenty « W » fit after the middle line at 6.6 px, not as drawn', () => {
    // 20 × 6.6 = 132 px: after x = 160, to 296 ≤ 310. Drawn, a bold « W » is 1.11 em of 10.5 px
    // (text-width.ts), 233.1 px: past 310 after the line, before 10 before it: pushed over it.
    const wide = [line('family', 5, 'W'.repeat(20))];
    expect(referenceLayout(x, wide, perChar).marks[0]?.anchor).toBe('start');
    const [m] = referenceLayout(x, wide).marks;
    expect([m?.anchor, m?.labelX, m?.piece]).toEqual(['end', 310, false]);
  });

  it('labels far apart share the first row', () => {
    const layout = referenceLayout(x, [line('school', 1, 'A'), line('all', 9, 'B')], perChar);
    expect(layout.marks.map((m) => m.row)).toEqual([0, 0]);
    expect(layout.height).toBe(43 + 14 + 2);
  });

  it('no two labels of a row meet, as drawn, and each stays inside the plot, at any width', () => {
    const kinds: ReferenceKind[] = ['school', 'all', 'family', 'minimum', 'recommended'];
    fc.assert(
      fc.property(
        fc.integer({ min: 280, max: 1400 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 130 }), fc.string({ maxLength: 30 })), {
          minLength: 1,
          maxLength: 5,
        }),
        (width, points) => {
          const scale = linearScale([0, 13], [10, width - 10]);
          const lines = points.map(([v, label], i) => line(kinds[i] ?? 'all', v / 10, label));
          const layout = referenceLayout(scale, lines);
          const spans = layout.marks.map((m) => {
            const w = labelWidth(m.label);
            const a = m.anchor === 'start' ? m.labelX : m.labelX - w;
            return { row: m.row, a, b: a + w };
          });
          // A piece of a line is drawn only beside its label, never across it.
          for (const [i, m] of layout.marks.entries()) {
            const s = spans[i];
            if (m.piece && s) expect(m.x <= s.a + 1e-9 || m.x >= s.b - 1e-9).toBe(true);
          }
          for (const s of spans) {
            // A label that fits the plot at all is inside it.
            if (s.b - s.a <= width - 20) {
              expect(s.a).toBeGreaterThanOrEqual(10 - 1e-9);
              expect(s.b).toBeLessThanOrEqual(width - 10 + 1e-9);
            }
            for (const o of spans) {
              if (o === s || o.row !== s.row) continue;
              expect(s.b <= o.a || s.a >= o.b).toBe(true);
            }
          }
          const rows = new Set(layout.marks.map((m) => m.row)).size;
          expect(layout.height).toBe(43 + rows * 14 + 2);
        },
      ),
    );
  });
});

describe('fittedLabel, labelRoom: a label cut in its name to fit the chart', () => {
  const family = (n: string) => `Médiane ${n} : 10,35 mois`;
  it('a chart of 300 px (a phone of 320) holds 280 px; the family name is cut, not the value', () => {
    // Bold advances in thousandths of an em (text-width.ts), summed by hand: « Médiane ␣ » and
    // « ␣: 10,35 mois » 13,220, « Universités de technologie » 16,185: 29,405, 308.75 px at 10.5
    // px, 28.75 too many. The name gets 169.94 − 28.75 = 141.19 px, 13,447 thousandths, 12,337
    // before « … » (1,110): « Universités de tech » takes 11,815, its « n » would pass it.
    expect(labelRoom(300)).toBe(280);
    const cut = fittedLabel(family, 'Universités de technologie', 280);
    expect(cut).toBe('Médiane Universités de tech… : 10,35 mois');
    // 13,220 + 11,815 + 1,110 = 26,145 thousandths: 274.52 px.
    expect(labelWidth(cut)).toBeCloseTo(274.5225, 10);
  });
  it('a label that fits is left whole; a name keeps 8 characters at least', () => {
    expect(fittedLabel(family, 'Polytech', 280)).toBe('Médiane Polytech : 10,35 mois');
    expect(fittedLabel(family, 'Universités de technologie', 100)).toBe(
      'Médiane Univers… : 10,35 mois',
    );
    expect(labelRoom(20)).toBe(0);
    expect(labelRoom(10)).toBe(0);
  });
});
