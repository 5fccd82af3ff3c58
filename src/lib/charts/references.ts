// Reference lines (x positions and labels) + the plot's bounds → where each label goes in the band
// under the axis: one row per line, beside it, to the right where it fits, else to the left (pure).
import { ctiThresholds } from '../context/thresholds';
import { textWidth } from './text-width';
import type { Format } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import { PUBLISHED_MEASURE, type Measure } from '../load/types';

export interface RefLine {
  id: string;
  /** The line's x, in pixels. */
  x: number;
  label: string;
}

export interface RefMark extends RefLine {
  /** The row of the label band (0 for the first line). */
  row: number;
  anchor: 'start' | 'end';
  /** Where the label's anchor sits. */
  labelX: number;
}

/**
 * Each line's label on its own row, `gap` pixels beside the line: after it when the text (`width`
 * estimates how wide it is drawn) ends before `right`, else before it; a label that fits neither
 * way ends at `right`, so that a text wider than its estimate runs into the plot, not past the
 * chart's edge (English at 320 px: « 12 wk ≈ 2.8 months » was 4 px past it).
 */
export function refMarks(
  lines: readonly RefLine[],
  left: number,
  right: number,
  width: (label: string) => number,
  gap = 4,
): RefMark[] {
  return lines.map((line, row) => {
    const w = width(line.label);
    if (line.x + gap + w <= right) return { ...line, row, anchor: 'start', labelX: line.x + gap };
    if (line.x - gap - w >= left) return { ...line, row, anchor: 'end', labelX: line.x - gap };
    return { ...line, row, anchor: 'end', labelX: right };
  });
}

/** Where a chart draws the CTI lines (RefLines' props but the scale): the lines from `top` to
 *  `bottom`, their labels in bands starting at each of `bands`, within `left` to `right`. */
export interface RefBounds {
  top: number;
  bottom: number;
  bands: readonly number[];
  left: number;
  right: number;
}

/** The size of RefLines' and the reference charts' labels (10.5 px text at weight 600, drawn bold
 *  where the font has no semibold: DejaVu Sans), and how wide a label is drawn at it. */
export const LABEL_PX = 10.5;
export const labelWidth = (label: string): number => textWidth(label, LABEL_PX, true);

/** Height of the label band RefLines draws under an axis: two rows of 13 px and a margin. */
export const BAND_HEIGHT = 28;

/** The CTI thresholds as lines on the value's scale, labelled "9 sem. ≈ 2,1 mois" on a months
 *  scale, "9 semaines" on a weeks one; none for a value that is not a duration. */
export function ctiLines(
  x: (value: number) => number,
  t: Messages,
  f: Format,
  measure: Measure = PUBLISHED_MEASURE,
): RefLine[] {
  return ctiThresholds(measure).map((th) => ({
    id: th.id,
    x: x(th.months),
    label:
      measure.unit === 'weeks' ? f.value(th.weeks) : t.rules.line(th.weeks, f.months(th.shown)),
  }));
}

/** What a chart's text alternative adds while the lines show ('' when it draws none). */
export function ctiAlt(t: Messages, f: Format, measure: Measure = PUBLISHED_MEASURE): string {
  const [a, b] = ctiLines((m) => m, t, f, measure).map((l) => l.label);
  return a === undefined ? '' : t.rules.alt(a, b ?? '');
}
