// The ranking chart's layout, checked against figures worked out here from the seed file: ranks and
// tie groups counted by the test, x by the months scale's documented formula (0 to a whole month
// past the maximum, over [plotLeft, width − 16]), bands 16 px a row from the top margin.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandIn,
  blockHeight,
  groupRows,
  NOTE_HEIGHT,
  rankingFrame,
  rankingLayout,
  LISTED_MARK,
  rowMarks,
  rowTop,
  type RankingLayout,
  type RankingRow,
} from '../../src/lib/charts/ranking-layout';
import { fitWidth, textWidth } from '../../src/lib/charts/text-width';
import { seedSchools } from '../analysis/seed';

/** The seed in ranked order (months descending, file order within a tie), ranked by the test. */
const ranked: RankingRow[] = (() => {
  const schools = seedSchools();
  const sorted = schools
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.months - a.s.months || a.i - b.i)
    .map(({ s }) => s);
  return sorted.map((s) => ({
    id: s.id,
    name: s.name,
    months: s.months,
    rank: 1 + schools.filter((o) => o.months > s.months).length,
    tie: { size: schools.filter((o) => o.months === s.months).length },
  }));
})();
const MAX = Math.max(...ranked.map((s) => s.months));
/** The CTI thresholds, 9 and 12 weeks at 52/12 weeks a month. */
const CTI = [(9 * 12) / 52, (12 * 12) / 52];
const texts = (s: RankingRow) => ({
  long: `=${s.rank} · ${s.tie.size} écoles · ${s.months} mois`,
  short: `${s.tie.size} ex æquo`,
});
const layoutAt = (width: number, cti = true, rowHeight = 16): RankingLayout =>
  rankingLayout({
    size: { width, rowHeight, cti },
    maxMonths: MAX,
    shown: ranked,
    mounted: ranked,
    refMonths: cti ? CTI : [],
    texts,
  });

describe('the seed, as the test ranks it', () => {
  it('has 144 schools, 12 months at most, CPE Lyon first of 4 tied', () => {
    expect(ranked).toHaveLength(144);
    expect(MAX).toBe(12);
    expect(ranked[0]).toMatchObject({ name: 'CPE Lyon', rank: 1, tie: { size: 4 } });
  });
});

describe('rankingFrame', () => {
  it.each([
    // width, names column (42 % of the width within [110, 264]), plot left (+ 30 + 6), right (− 16)
    [640, 264, 300, 624],
    [320, 134, 170, 304],
    [375, 158, 194, 359],
    [1280, 264, 300, 1264],
  ])('at %d px: names column %d, plot from %d to %d', (width, labelWidth, left, right) => {
    const frame = rankingFrame({ width, rowHeight: 16, cti: true }, MAX);
    expect(frame.labelWidth).toBe(labelWidth);
    expect(frame.plotLeft).toBe(left);
    expect(frame.plotRight).toBe(right);
    // The CTI labels take 28 px above the axis and under it.
    expect(frame.margin).toEqual({ top: 56, right: 16, bottom: 56 });
    expect(frame.x.domain()).toEqual([0, 13]);
  });

  it('without the CTI lines, the margins are the axis alone: 28 px', () => {
    expect(rankingFrame({ width: 640, rowHeight: 16, cti: false }, MAX).margin).toEqual({
      top: 28,
      right: 16,
      bottom: 28,
    });
  });

  // The seed's top group (4 schools at 12 months) and its labels: 23 and 9 characters, 7 px each.
  const tail = { long: '=1 · 4 écoles · 12 mois', short: '4 ex æquo' };
  it.each([
    // At 928 px (the desktop page's chart) the plot runs 300 → 912 and the room ends at 926. The
    // short label needs 6 + 4 + 9 × 7 = 73 px after the dot: 300 + 612 × 12 / top + 73 ≤ 926 holds
    // from top = 14 (13.2…); the long one, 171 px, from 17 (16.1…), past 12 × 1.25 = 15.
    [928, 14],
    // At 1280 px (plot 300 → 1264): the long one, 300 + 964 × 12 / top + 171 ≤ 1278, from 15 (14.3…).
    [1280, 15],
    // At 343 px (the phone's chart, plot 180 → 327) the short one would need top ≥ 20.1: a whole
    // month past the maximum, as without a label, and the group has none.
    [343, 13],
  ])('at %d px, the axis ends at %d to hold the top group’s tie label', (width, top) => {
    const frame = rankingFrame({ width, rowHeight: 16, cti: true, tail }, MAX);
    expect(frame.x.domain()).toEqual([0, top]);
  });

  it('rowTop and blockHeight: 16 px a row under the 56 px top margin', () => {
    const frame = rankingFrame({ width: 640, rowHeight: 16, cti: true }, MAX);
    expect(rowTop(frame, 0)).toBe(56);
    expect(rowTop(frame, 30, 24)).toBe(56 + 6 * 16);
    expect(blockHeight(frame, 0, 144)).toBe(56 + 144 * 16 + 56);
  });
});

describe('rankingLayout: rows', () => {
  it('puts each dot at 300 + months × 324/13 px at 640 px, and shows every published name whole', () => {
    const { rows } = layoutAt(640);
    expect(rows.map((r) => r.id)).toEqual(ranked.map((s) => s.id));
    rows.forEach((row, i) => {
      const s = ranked[i] as RankingRow;
      expect(row.x).toBeCloseTo(300 + (s.months * (640 - 16 - 300)) / 13, 9);
      // 264 px of names, from 2 px in: the longest published name, « Ecole supérieure
      // d'ingénieurs de Poitiers », is estimated at 261.8 px at 12 px (NAME_FONT_PX).
      expect(row.label).toBe(s.name);
    });
    expect(rows[0]?.x).toBeCloseTo(300 + (12 * 324) / 13, 9);
  });

  it('at 600 px (252 px of names) cuts the three names estimated over 250 px', () => {
    const { rows } = layoutAt(600);
    const cut = rows.filter((r, i) => r.label !== ranked[i]?.name).map((r) => r.label);
    expect(cut).toEqual([
      fitWidth('UTT (Université de technologie Troyes)', 250, 12),
      fitWidth('Institut polytechnique Lasalle Beauvais', 250, 12),
      fitWidth("Ecole supérieure d'ingénieurs de Poitiers", 250, 12),
    ]);
    expect(rows.filter((r) => r.label.endsWith('…'))).toHaveLength(3);
  });

  it('cuts a bold name to its bold width, and a listed one to what its star leaves', () => {
    const frame = rankingFrame({ width: 375, rowHeight: 16, cti: true }, MAX);
    const room = frame.labelWidth - 2;
    const star = textWidth(LISTED_MARK, 12);
    const starBold = textWidth(LISTED_MARK, 12, true);
    const plain = rowMarks(frame, ranked);
    const bold = rowMarks(frame, ranked, () => ({ bold: true, listed: false }));
    const listed = rowMarks(frame, ranked, () => ({ bold: false, listed: true }));
    const both = rowMarks(frame, ranked, () => ({ bold: true, listed: true }));
    ranked.forEach((s, i) => {
      expect(plain[i]?.label).toBe(fitWidth(s.name, room, 12));
      expect(bold[i]?.label).toBe(fitWidth(s.name, room, 12, true));
      expect(listed[i]?.label).toBe(fitWidth(s.name, room - star, 12));
      expect(both[i]?.label).toBe(fitWidth(s.name, room - starBold, 12, true));
    });
    // Bold and starred names are cut more often than plain ones.
    const cut = (marks: { label: string }[]) => marks.filter((m) => m.label.endsWith('…')).length;
    expect(cut(bold)).toBeGreaterThan(cut(plain));
    expect(cut(both)).toBeGreaterThan(cut(listed));
  });
});

describe('rankingLayout: tie bands', () => {
  it('one band per group of two or more, from the row after the schools with more months', () => {
    const layout = layoutAt(640);
    const groups = [...new Set(ranked.map((s) => s.months))]
      .map((months) => ({
        rank: 1 + ranked.filter((s) => s.months > months).length,
        size: ranked.filter((s) => s.months === months).length,
      }))
      .filter((g) => g.size > 1);
    expect(groups).toHaveLength(layout.bands.size);
    groups.forEach((g, k) => {
      expect(bandIn(layout.frame, layout.bands.get(g.rank), 0, 144)).toEqual({
        y: 56 + (g.rank - 1) * 16,
        height: g.size * 16,
        odd: k % 2 === 1,
      });
    });
    // The 32 schools at 6 months, from the 34th place: rows 33 to 64.
    expect(bandIn(layout.frame, layout.bands.get(34), 0, 144)).toEqual({
      y: 56 + 33 * 16,
      height: 32 * 16,
      odd: expect.any(Boolean) as boolean,
    });
  });

  it('in a printed block of 24 rows, the part of a band inside it', () => {
    const layout = layoutAt(640);
    // The 34th place's run, rows 33–64, in the block of rows 48–72: rows 48–64, from its top.
    expect(bandIn(layout.frame, layout.bands.get(34), 48, 72)).toMatchObject({
      y: 56,
      height: 17 * 16,
    });
    expect(bandIn(layout.frame, layout.bands.get(1), 24, 48)).toBeNull();
  });
});

describe('rankingLayout: tie labels', () => {
  const labelOf = (layout: RankingLayout, rank: number) =>
    layout.labels.find((l) => l.key === rank);
  const x = (months: number): number => 300 + (months * 324) / 13;

  it('at 640 px: the 34th place labelled 10 px after its dots (6 px of dot, 4 of gap)', () => {
    const label = labelOf(layoutAt(640), 34);
    expect(label?.label).toBe('=34 · 32 écoles · 6 mois');
    expect(label?.labelX).toBeCloseTo(x(6) + 10, 9);
    // 24 characters at 7 px (two thirds of the 10.5 px font).
    expect((label?.box.right ?? 0) - (label?.box.left ?? 0)).toBeCloseTo(24 * 7, 9);
  });

  it('at 640 px: the 143rd place (1 month) past both CTI lines, 5 px after the second', () => {
    const label = labelOf(layoutAt(640), 143);
    expect(label?.label).toBe('=143 · 2 écoles · 1 mois');
    expect(label?.labelX).toBeCloseTo(x((12 * 12) / 52) + 5, 9);
  });

  it('at 640 px: no label for the first place (12 months), no room after its dots', () => {
    // 638 − (x(12) + 10) ≈ 28.9 px: not even « 4 ex æquo » (63 px).
    expect(labelOf(layoutAt(640), 1)?.label).toBe('');
  });

  it('without the CTI lines, the 143rd place is labelled right after its dots', () => {
    expect(labelOf(layoutAt(640, false), 143)?.labelX).toBeCloseTo(x(1) + 10, 9);
  });

  it('rows too short for a line of 10.5 px text: no tie label at all', () => {
    expect(layoutAt(640, true, 12).labels.every((l) => l.label === '')).toBe(true);
  });
});

/**
 * Which marks a label's box covers, by the test's own geometry: the label one line of 1.3 em
 * (10.5 px) high, centred on its band's first row; each row's stem from x(0) to its dot, the dot
 * 6 px round at most (picked); each CTI line 1.5 px wide.
 */
function covered(layout: RankingLayout, width: number, cti: boolean): string[] {
  const { frame } = layout;
  const h = frame.rowHeight;
  const scale = (m: number): number =>
    frame.plotLeft + (m * (Math.max(frame.plotLeft + 40, width - 16) - frame.plotLeft)) / 13;
  const found: string[] = [];
  for (const label of layout.labels) {
    if (label.label === '') continue;
    const band = layout.bands.get(label.key);
    if (!band) continue;
    const mid = 56 * (cti ? 1 : 0.5) + band.start * h + h / 2;
    const [top, bottom] = [mid - (10.5 * 1.3) / 2, mid + (10.5 * 1.3) / 2];
    const [left, right] = [label.box.left, label.box.right];
    // The text fits its box at a generous 0.6 em a character, and the box fits the chart.
    if (right - left < label.label.length * 10.5 * 0.6) found.push(`${label.label}: too narrow`);
    if (left < 0 || right > width) found.push(`${label.label}: outside the chart`);
    ranked.forEach((s, j) => {
      const rowTop = 56 * (cti ? 1 : 0.5) + j * h;
      const rowMid = rowTop + h / 2;
      if (rowMid + 6 <= top || rowMid - 6 >= bottom) return;
      if (left < scale(s.months) + 6 && right > scale(0) - 6)
        found.push(`${label.label}: ${s.name}`);
    });
    if (cti)
      for (const m of CTI)
        if (left < scale(m) + 0.75 && right > scale(m) - 0.75)
          found.push(`${label.label}: CTI ${m}`);
  }
  return found;
}

describe('rankingLayout: tie labels hide nothing', () => {
  it.each([320, 375, 640, 1280])(
    'at %d px, no label covers a stem, a dot or a CTI line',
    (width) => {
      const layout = layoutAt(width);
      expect(covered(layout, width, true)).toEqual([]);
      // Not vacuous: some groups are labelled.
      expect(layout.labels.filter((l) => l.label !== '').length).toBeGreaterThan(2);
    },
  );

  it('at any width, row height, with or without the CTI lines', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 2400 }),
        fc.integer({ min: 8, max: 32 }),
        fc.boolean(),
        (width, rowHeight, cti) => {
          expect(covered(layoutAt(width, cti, rowHeight), width, cti)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('groupRows: the rows a windowed chart labels the tie groups of', () => {
  // Ranks of 10 rows: groups [0, 3), [3, 4), [4, 8), [8, 10).
  const rows = [1, 1, 1, 4, 5, 5, 5, 5, 9, 9].map((rank, i) => ({ rank, i }));
  const at = (runs: [number, number][]): number[] => groupRows(rows, runs).map((r) => r.i);
  it('a run inside a group widens to the whole group: rows 5–6 → 4–7', () => {
    expect(at([[5, 7]])).toEqual([4, 5, 6, 7]);
  });
  it('a run across two groups widens to both: rows 2–3 → 0–3', () => {
    expect(at([[2, 4]])).toEqual([0, 1, 2, 3]);
  });
  it('two runs widened into the same group list it once: [0, 2) and [6, 9) → 0–2, 4–9', () => {
    expect(
      at([
        [0, 2],
        [6, 9],
      ]),
    ).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9]);
  });
  it('runs that meet once widened are joined, no row twice: [0, 1) and [2, 5) → 0–7', () => {
    expect(
      at([
        [0, 1],
        [2, 5],
      ]),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
  it('a run past the end stops at the last row; an empty list gives none', () => {
    expect(at([[9, 50]])).toEqual([8, 9]);
    expect(groupRows([], [[0, 100]])).toEqual([]);
  });
});

describe('rankingFrame with a note', () => {
  it(`a long ranking's note takes ${NOTE_HEIGHT} px more above the rows: 56 + 16 = 72 with the CTI lines`, () => {
    const frame = rankingFrame({ width: 640, rowHeight: 16, cti: true, note: true }, 12);
    expect(NOTE_HEIGHT).toBe(16);
    expect(frame.margin.top).toBe(72);
    expect(rowTop(frame, 100)).toBe(72 + 1600);
  });
});

describe('rankingFrame with a note of several lines', () => {
  it(`two lines take 2 × ${NOTE_HEIGHT} px above the rows: 56 + 32 = 88 with the CTI lines`, () => {
    const frame = rankingFrame({ width: 375, rowHeight: 16, cti: true, note: 2 }, 12);
    expect(frame.margin.top).toBe(88);
  });
});

describe('rankingFrame: the rank column', () => {
  it('is 30 px up to three-digit ranks, and widens 7 px a digit past them', () => {
    const at = (ranks?: number) =>
      rankingFrame({ width: 375, rowHeight: 16, cti: false, ranks }, 12);
    expect(at().rankWidth).toBe(30);
    expect(at(144).rankWidth).toBe(30);
    // 6 + 5 × 7 and 6 + 6 × 7: « 43042 », « 100000 » end 4 px before the names.
    expect(at(99_999).rankWidth).toBe(41);
    expect(at(100_000).rankWidth).toBe(48);
    // The names and the plot move right with it; the names keep their width.
    expect(at(100_000).plotLeft - at(144).plotLeft).toBe(18);
    expect(at(100_000).labelWidth).toBe(at(144).labelWidth);
  });
});
