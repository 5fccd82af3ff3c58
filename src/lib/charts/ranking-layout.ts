// Rows of the ranking + the chart's size → every position the ranking chart draws (pure, no DOM):
// 1. frame: margins, the name column, the months scale and its ticks;
// 2. rows: each mounted row's dot and its name cut to fit;
// 3. tie bands: where each run of tied rows shown lies, alternately shaded;
// 4. tie labels: beside each group's dots, only in free space (never over a mark or a CTI line).
import type { Linear } from './linear';
import { BAND_HEIGHT } from './references';
import { clipRun, monthsScale, monthTicks } from './scales';
import { fitWidth, textWidth } from './text-width';
import { tieRuns } from './tie-runs';
import { DIGIT_PX } from './wrap';

/** What the layout reads of a school. */
export interface RankingRow {
  id: string;
  name: string;
  months: number;
  rank: number;
  tie: { size: number };
}

export interface RankingSize {
  /** The chart's width, in pixels. */
  width: number;
  /** Height of one row, in pixels. */
  rowHeight: number;
  /** Whether the CTI reference lines show (their labels take a band above and under the rows). */
  cti: boolean;
  /** How many lines of note stand above the chart (a long ranking's: what a download holds);
   *  true for one. */
  note?: boolean | number;
  /**
   * The tie label of the group at the maximum, long and short: the axis then stretches a little past
   * the maximum (TAIL_STRETCH at most) so that one of them fits after the group's dots, else that
   * group, drawn against the chart's right edge, has no room for a label.
   */
  tail?: { long: string; short: string } | undefined;
  /** The largest rank a row may print (the table's count of schools): the rank column widens
   *  for it (six digits at 100,000 schools). */
  ranks?: number;
}

/** The months axis ends at most this factor of the maximum (a whole month past it at least). */
export const TAIL_STRETCH = 1.25;

/** Height of a line of the note above a long ranking, in pixels. */
export const NOTE_HEIGHT = 16;

/** Width of the rank column, in pixels, up to three-digit ranks (see `rankColumn`). */
export const RANK_WIDTH = 30;

/** Width of the rank column for ranks up to `ranks`: RANK_WIDTH, or as wide as its digits and
 *  the 4 px before the names and 2 px at the left edge need. */
export const rankColumn = (ranks = 0): number =>
  Math.max(RANK_WIDTH, 6 + String(Math.max(1, Math.floor(ranks))).length * DIGIT_PX);
/** The widest the names column gets (at 629 px and wider): the longest published name, « Ecole
 *  supérieure d'ingénieurs de Poitiers », is estimated at 261.8 px at NAME_FONT_PX, and the names
 *  start 2 px in. At 240 px, four of the first screen's names lost their last letters. */
export const NAMES_MAX = 264;
/** Size of the names' font, in pixels: 12, a phone's smallest legible size (Lighthouse's, which
 *  wants 60 % of a page's text at 12 px or more). At ChartFrame's 11 px, the 144 names were 55 %
 *  of the text while the parts below the charts were still to be built: best practices 96. */
export const NAME_FONT_PX = 12;
/** What a shortlisted school's name starts with, in the chart (not in downloads). */
export const LISTED_MARK = '★\u00a0';
/** Size of the tie labels' font, in pixels. */
export const TIE_FONT_PX = 10.5;
/**
 * A generous advance of one character of a tie label, and the label's height: two thirds of an em
 * covers the widest text of the labels ("=137 · 5 écoles · 2 mois" is about 0.5 em a character in
 * the usual sans-serif fonts), 1.3 em covers any font's line box.
 */
export const TIE_CHAR_PX = (TIE_FONT_PX * 2) / 3;
export const TIE_LINE_PX = TIE_FONT_PX * 1.3;
/** Room kept between a tie label and any mark: the dot's largest radius (picked) plus a gap. */
export const DOT_R_MAX = 6;
export const TIE_GAP = 4;

export interface RankingFrame {
  margin: { top: number; right: number; bottom: number };
  /** Width of the rank column (the ranks end 4 px before it ends, the names start 2 px after). */
  rankWidth: number;
  /** Width of the names column. */
  labelWidth: number;
  /** Left and right ends of the months axis. */
  plotLeft: number;
  plotRight: number;
  /** The months scale, from 0 a whole month past the maximum. */
  x: Linear;
  ticks: { value: number; x: number }[];
  width: number;
  rowHeight: number;
}

/** Step 1: margins (the CTI labels take BAND_HEIGHT above and under), the names column, the scale. */
export function rankingFrame(size: RankingSize, maxMonths: number): RankingFrame {
  const { width, rowHeight } = size;
  const band = size.cti ? BAND_HEIGHT : 0;
  const note = size.note === true ? 1 : size.note || 0;
  const margin = { top: 28 + band + note * NOTE_HEIGHT, right: 16, bottom: 28 + band };
  const labelWidth = Math.round(Math.min(NAMES_MAX, Math.max(110, width * 0.42)));
  const rankWidth = rankColumn(size.ranks);
  const plotLeft = rankWidth + labelWidth + 6;
  const plotRight = Math.max(plotLeft + 40, width - margin.right);
  const x = monthsScale(
    maxMonths,
    plotLeft,
    plotRight,
    axisTop(size, maxMonths, plotLeft, plotRight),
  );
  const ticks = monthTicks(x).map((value) => ({ value, x: x(value) }));
  return {
    margin,
    rankWidth,
    labelWidth,
    plotLeft,
    plotRight,
    x,
    ticks,
    width,
    rowHeight,
  };
}

/**
 * Where the months axis ends: a whole month past the maximum, or the first whole month up to
 * TAIL_STRETCH times the maximum that leaves room after the top group's dots for its long label,
 * else for its short one, in the room tieLabels gives it (up to 2 px from the chart's right edge).
 */
export function axisTop(
  size: RankingSize,
  maxMonths: number,
  plotLeft: number,
  plotRight: number,
): number {
  const first = Math.max(1, Math.floor(maxMonths) + 1);
  if (size.tail === undefined || maxMonths <= 0) return first;
  const last = Math.max(first, Math.ceil(maxMonths * TAIL_STRETCH));
  const rightEdge = size.width - 2;
  for (const text of [size.tail.long, size.tail.short]) {
    const room = DOT_R_MAX + TIE_GAP + text.length * TIE_CHAR_PX;
    for (let top = first; top <= last; top++) {
      if (plotLeft + ((plotRight - plotLeft) * maxMonths) / top + room <= rightEdge) return top;
    }
  }
  return first;
}

/** Top of row i in the SVG of the block of rows starting at `from`. */
export function rowTop(frame: RankingFrame, i: number, from = 0): number {
  return frame.margin.top + (i - from) * frame.rowHeight;
}

/** Height of the SVG of the rows [from, to), axes and margins included. */
export function blockHeight(frame: RankingFrame, from: number, to: number): number {
  return frame.margin.top + (to - from) * frame.rowHeight + frame.margin.bottom;
}

export interface RowMark {
  id: string;
  /** x of the dot; the stem runs from x(0) to it. */
  x: number;
  /** The name, cut to fit its column. */
  label: string;
}

/** How a row's name is drawn: in bold (a featured or kept school), after LISTED_MARK (listed). */
export interface NameStyle {
  bold: boolean;
  listed: boolean;
}

const PLAIN: NameStyle = { bold: false, listed: false };

/**
 * Step 2: each mounted row's dot and name, the name cut to the room its column leaves it (it starts
 * 2 px into the column; a listed name after its mark), as wide as its style draws it. Cut to 6.6 px
 * a character, « CNAM Champagne-Ar… » ran 11 px past the column at 320 px, and a starred or bold
 * name up to 8: the column's edge cut them where no « … » said so.
 */
export function rowMarks(
  frame: RankingFrame,
  rows: readonly RankingRow[],
  style: (id: string) => NameStyle = () => PLAIN,
): RowMark[] {
  return rows.map((s) => {
    const { bold, listed } = style(s.id);
    const mark = listed ? textWidth(LISTED_MARK, NAME_FONT_PX, bold) : 0;
    return {
      id: s.id,
      x: frame.x(s.months),
      label: fitWidth(s.name, frame.labelWidth - 2 - mark, NAME_FONT_PX, bold),
    };
  });
}

/**
 * The rows whose tie groups a windowed chart labels: each run of rows [start, end) drawn, widened
 * to whole groups of tied rows, runs that then meet joined (no group twice), in order.
 */
export function groupRows<T extends { rank: number }>(
  rows: readonly T[],
  runs: readonly (readonly [number, number])[],
): T[] {
  const out: T[] = [];
  let done = 0;
  for (const [from, to] of runs) {
    let a = Math.max(done, Math.min(from, rows.length));
    while (a > done && rows[a - 1]?.rank === rows[a]?.rank) a--;
    let b = Math.max(a, Math.min(to, rows.length));
    while (b > a && b < rows.length && rows[b]?.rank === rows[b - 1]?.rank) b++;
    for (let i = a; i < b; i++) out.push(rows[i] as T);
    done = Math.max(done, b);
  }
  return out;
}

export interface TieBand {
  /** The run's first row and length among the rows shown. */
  start: number;
  length: number;
  /** Alternate shade, so that neighbouring bands stay apart. */
  odd: boolean;
}

/** Step 3: each run of tied rows shown, by its rank. */
export function tieBands(shown: readonly RankingRow[]): Map<number, TieBand> {
  return new Map(
    tieRuns(shown).map((run, k) => [
      run.rank,
      { start: run.start, length: run.length, odd: k % 2 === 1 },
    ]),
  );
}

/** A band's part in the block of rows [from, to): its top, height and shade; null if none. */
export function bandIn(
  frame: RankingFrame,
  band: TieBand | undefined,
  from: number,
  to: number,
): { y: number; height: number; odd: boolean } | null {
  const part = band ? clipRun(band, from, to) : null;
  if (!part || !band) return null;
  return {
    y: rowTop(frame, part.start, from),
    height: part.length * frame.rowHeight,
    odd: band.odd,
  };
}

/** An interval of x, [left, right]. */
export interface Span {
  left: number;
  right: number;
}

export interface TieLabel {
  /** The group's rank: its key. */
  key: number;
  /** The text drawn: the long form, the short one, or '' (no room: none drawn). */
  label: string;
  /** Where the text starts (anchor start), in the band's first row of each block. */
  labelX: number;
  /** The box kept free around the text (estimated generously): it covers no mark. */
  box: Span;
}

/**
 * Step 4: each tie group's label, in the first row of its band, after the group's dots (all tied
 * schools share their months, so one x) in the first stretch of free space that holds it whole:
 * between the dot and a CTI line, between the lines, or after them, up to the chart's right edge.
 * The long form where it fits, else the short one, else none. The label's row holds nothing else
 * to its right: its box, one line high, stays inside its row (else no label is drawn at all), so
 * it meets no other row's stem or dot, under any filter.
 */
export function tieLabels(
  frame: RankingFrame,
  groups: readonly RankingRow[],
  refMonths: readonly number[],
  texts: (first: RankingRow) => { long: string; short: string },
): TieLabel[] {
  const fitsRow = TIE_LINE_PX <= frame.rowHeight - 2;
  const rightEdge = frame.width - 2;
  const refs = refMonths.map((m) => frame.x(m)).sort((a, b) => a - b);
  return tieRuns(groups).map((run) => {
    const s = groups[run.start] as RankingRow;
    const dot = frame.x(s.months);
    // Free stretches after the dot, cut by the reference lines (1.5 px wide) right of it.
    const free: Span[] = [];
    let cursor = dot + DOT_R_MAX + TIE_GAP;
    for (const r of refs) {
      if (r + 1 + TIE_GAP <= cursor) continue;
      if (r - 1 - TIE_GAP > cursor) free.push({ left: cursor, right: r - 1 - TIE_GAP });
      cursor = r + 1 + TIE_GAP;
    }
    if (rightEdge > cursor) free.push({ left: cursor, right: rightEdge });
    const place = (text: string): TieLabel | null => {
      const w = text.length * TIE_CHAR_PX;
      const room = free.find((f) => f.right - f.left >= w);
      return room
        ? {
            key: run.rank,
            label: text,
            labelX: room.left,
            box: { left: room.left, right: room.left + w },
          }
        : null;
    };
    const { long, short } = texts(s);
    const none = { key: run.rank, label: '', labelX: dot, box: { left: dot, right: dot } };
    return (fitsRow ? (place(long) ?? place(short)) : null) ?? none;
  });
}

/** Everything the chart draws, for a chart showing `shown` of the ranking with `mounted` rows. */
export interface RankingLayout {
  frame: RankingFrame;
  rows: RowMark[];
  bands: Map<number, TieBand>;
  labels: TieLabel[];
}

/** Steps 1–4 at once (the component derives each apart, so a filter recomputes only the bands). */
export function rankingLayout(input: {
  size: RankingSize;
  maxMonths: number;
  shown: readonly RankingRow[];
  mounted: readonly RankingRow[];
  refMonths: readonly number[];
  texts: (first: RankingRow) => { long: string; short: string };
  /** The rows whose tie groups are labelled (default: the mounted rows). */
  groups?: readonly RankingRow[];
}): RankingLayout {
  const frame = rankingFrame(input.size, input.maxMonths);
  return {
    frame,
    rows: rowMarks(frame, input.mounted),
    bands: tieBands(input.shown),
    labels: tieLabels(frame, input.groups ?? input.mounted, input.refMonths, input.texts),
  };
}
