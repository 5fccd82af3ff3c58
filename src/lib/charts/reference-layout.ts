// A school's value, its reference points and a width → the reference chart's marks: a strip with
// the axis of the value, a line at the school and at each reference across it, and under the axis
// rows of labels, each label beside a short piece of its line (references.ts `refMarks` chooses the
// side), put in the first row where it meets no other label, so that no two labels meet at any
// width and a wide chart takes fewer rows (pure).
import type { Linear } from './linear';
import { LABEL_PX, labelWidth, refMarks, type RefLine, type RefMark } from './references';
import { fitLabel, monthTicks, type Tick } from './scales';
import { fitWidth } from './text-width';

/** What a line of the chart marks: the school, a median, or a CTI threshold. */
export type ReferenceKind = 'school' | 'all' | 'family' | 'minimum' | 'recommended';

export interface ReferenceLine {
  kind: ReferenceKind;
  value: number;
  label: string;
}

export interface ReferenceMark extends RefMark {
  kind: ReferenceKind;
  /** Whether its row shows a piece of its line beside the label: not when the label, too long for
   *  either side of the line (a narrow chart), is pushed over it. */
  piece: boolean;
  /** Top of the label's row. */
  rowY: number;
}

export interface ReferenceLayout {
  height: number;
  /** The strip the lines cross, above the axis. */
  top: number;
  axisY: number;
  ticks: Tick[];
  /** Baseline of the tick labels. */
  tickY: number;
  marks: ReferenceMark[];
}

/** Pixels: side margins, the strip's height, a label row's height. A label is as RefLines' (10.5 px
 *  text at weight 600), its width estimated by references.ts `labelWidth`. */
export const SIDE = 10;
const STRIP = 18;
export const ROW = 14;
/** Room kept between two labels of a row. */
const GAP = 6;

/** A name cut to fit keeps at least this many characters (its « … » included). */
const MIN_NAME = 8;

/**
 * The label `make(name)` in at most `room` pixels (as `labelWidth` estimates it): `name` cut (with
 * « … », text-width.ts fitWidth) by as much as the label is too wide, keeping MIN_NAME characters;
 * what the label says of the value is never cut. « Médiane Universités de technologie : 10,35
 * mois », about 309 px, in a chart of 300 px (a phone's of 320, 280 px of room): « Médiane
 * Universités de tech… : 10,35 mois ».
 */
export function fittedLabel(make: (name: string) => string, name: string, room: number): string {
  const whole = make(name);
  const over = labelWidth(whole) - room;
  if (over <= 0) return whole;
  // A label's width is the sum of its characters': the name's share shrinks by what is over.
  const nameRoom = labelWidth(name) - over;
  const least = fitLabel(name, MIN_NAME);
  return make(nameRoom <= labelWidth(least) ? least : fitWidth(name, nameRoom, LABEL_PX, true));
}

/** How many pixels a label may take in a chart `width` pixels wide (its plot, SIDE in). */
export const labelRoom = (width: number): number => Math.max(0, width - 2 * SIDE);

/** The marks of `lines` (the school first) on the scale `x` (its range [SIDE, width − SIDE]), each
 *  label as wide as `width` estimates. */
export function referenceLayout(
  x: Linear,
  lines: readonly ReferenceLine[],
  width: (label: string) => number = labelWidth,
): ReferenceLayout {
  const [left, right] = x.range();
  const top = 4;
  const axisY = top + STRIP;
  const tickY = axisY + 13;
  const band = tickY + 8;
  const placed = refMarks(
    lines.map((l): RefLine => ({ id: l.kind, x: x(l.value), label: l.label })),
    left,
    right,
    width,
  );
  // Each row's spans taken (a label and its line's piece, GAP apart); a label goes in the first
  // row where its span meets none.
  const taken: [number, number][][] = [];
  const marks = placed.map((m, i): ReferenceMark => {
    const w = width(m.label);
    const start = m.anchor === 'start' ? m.labelX : m.labelX - w;
    const span: [number, number] = [Math.min(m.x, start) - GAP, Math.max(m.x, start + w) + GAP];
    let row = taken.findIndex((spans) => spans.every(([a, b]) => span[1] <= a || span[0] >= b));
    if (row < 0) row = taken.push([]) - 1;
    taken[row]?.push(span);
    const piece = m.x <= start || m.x >= start + w;
    return { ...m, row, piece, kind: lines[i]?.kind ?? 'school', rowY: band + row * ROW };
  });
  return {
    height: band + taken.length * ROW + 2,
    top,
    axisY,
    ticks: monthTicks(x, 24).map((value) => ({ value, at: x(value) })),
    tickY,
    marks,
  };
}
