// The comparison embed's dot chart: rows, axis and band worked out by hand on a scale of 0 → 12
// months over 12 → 252 px (20 px a month).
import { describe, expect, it } from 'vitest';
import { compareLayout, ROW } from '../../src/lib/charts/compare-layout';
import { linearScale } from '../../src/lib/charts/linear';

const x = linearScale([0, 12], [12, 252]);
const paris = { id: 'centrale-paris', name: 'Centrale Paris', months: 10.5, value: '10,5 mois' };
const lyon = { id: 'centrale-lyon', name: 'Centrale Lyon', months: 6, value: '6 mois' };

describe('compareLayout', () => {
  it('one row per school: its text line, then its dot on the track under it', () => {
    const l = compareLayout([paris, lyon], x);
    expect(l.rows).toEqual([
      { id: 'centrale-paris', label: 'Centrale Paris · 10,5 mois', labelY: 16, cx: 222, cy: 28 },
      { id: 'centrale-lyon', label: 'Centrale Lyon · 6 mois', labelY: 50, cx: 132, cy: 62 },
    ]);
    expect(ROW).toBe(34);
    // Axis under the last row (4 + 2 × 34 + 2), ticks every 2 months (20 px a month < 28 px).
    expect([l.axisY, l.tickY, l.band, l.height]).toEqual([74, 88, 96, 124]);
    expect(l.ticks.map((t) => [t.value, t.at])).toEqual([
      [0, 12],
      [2, 52],
      [4, 92],
      [6, 132],
      [8, 172],
      [10, 212],
      [12, 252],
    ]);
  });

  it('cuts a long name to its width as drawn (12 px, bold), keeping the months whole', () => {
    // Bold advances in thousandths of an em (text-width.ts): « · 6 mois » is 3 spaces of 385,
    // « · » and « m » of 1110, « 6 o s » of 720 and « i » 385: 5,920, 71.04 px at 12 px. The name
    // has 240 − 71.04 = 168.96 px, 155.64 before « … » (13.32 px): « École nationale supé » is
    // 13,010 thousandths (156.12 px) with its « r », 12,515 (150.18 px) without.
    const long = { ...lyon, name: 'École nationale supérieure des mines de Saint-Étienne' };
    const [row] = compareLayout([long], x).rows;
    expect(row?.label).toBe('École nationale supé… · 6 mois');
    // In capitals, wider letters: fewer of them. 155.64 px is 12,970 thousandths of an em at 12 px;
    // « ÉCOLE NATIONALE S » takes 12,390 (E L T S 735, C O N A 870, I and the spaces 385), its
    // « U » (870) would pass it.
    const caps = { ...lyon, name: 'ÉCOLE NATIONALE SUPÉRIEURE DES MINES' };
    expect(compareLayout([caps], x).rows[0]?.label).toBe('ÉCOLE NATIONALE S… · 6 mois');
  });

  it('no school: only the axis', () => {
    const l = compareLayout([], x);
    expect(l.rows).toEqual([]);
    expect(l.axisY).toBe(6);
  });
});
