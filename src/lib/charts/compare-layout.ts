// The compared schools + a months scale → a small dot chart's marks: one row per school, its name
// and months on a line of their own above a track where its dot sits, on the page's months axis,
// then the axis and the band where the CTI lines are labelled (pure). A name never meets a dot, a
// CTI line (drawn across the tracks only) or another row's text: each has its own line.
import { BAND_HEIGHT } from './references';
import { monthTicks, type Tick } from './scales';
import type { Linear } from './linear';
import { fitWidth, textWidth } from './text-width';

/** One school's row. */
export interface CompareRow {
  id: string;
  /** Its name, cut to the width, and its months: « Centrale Paris · 10,5 mois ». */
  label: string;
  /** The text's baseline. */
  labelY: number;
  /** The dot's centre. */
  cx: number;
  cy: number;
}

export interface CompareLayout {
  rows: CompareRow[];
  /** Where the axis line is drawn, and its tick labels' baseline. */
  axisY: number;
  tickY: number;
  ticks: Tick[];
  /** Where the CTI lines' labels go (RefLines' band, under the axis). */
  band: number;
  height: number;
}

/** Height of a row: a line of text (FONT_PX, at weight 600) and the track under it. */
export const ROW = 34;
export const FONT_PX = 12;
const TOP = 4;

/**
 * `schools` (id, name, months, and `value`: the months as the page writes them) on `x`; each name
 * cut to the scale's range less its months (text-width.ts: its width as drawn, bold), which stay
 * whole.
 */
export function compareLayout(
  schools: readonly { id: string; name: string; value: string; months: number }[],
  x: Linear,
): CompareLayout {
  const [left, right] = x.range();
  const rows = schools.map((s, i) => {
    const tail = ` · ${s.value}`;
    return {
      id: s.id,
      label: fitWidth(s.name, right - left - textWidth(tail, FONT_PX, true), FONT_PX, true) + tail,
      labelY: TOP + i * ROW + 12,
      cx: x(s.months),
      cy: TOP + i * ROW + 24,
    };
  });
  const axisY = TOP + schools.length * ROW + 2;
  const band = axisY + 22;
  return {
    rows,
    axisY,
    tickY: axisY + 14,
    ticks: monthTicks(x).map((value) => ({ value, at: x(value) })),
    band,
    height: band + BAND_HEIGHT,
  };
}
