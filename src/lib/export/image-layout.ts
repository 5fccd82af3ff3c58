// The ranking's image (export/image.ts) → where each of its marks goes: the words above and below
// the rows wrapped to its width, the room left for the rows, how many rows it holds legibly, and
// each row's rank, name, bar and value on one baseline. Pure: numbers in, numbers out.
import { wrap, type Measure } from '../charts/wrap';
import { linearScale } from '../charts/linear';
import { fitWidth, textWidth } from '../charts/text-width';
import { characters } from '../data/characters';
import type { ImageInput, ImagePalette, ImageSize, ImageText } from './image';

/** How many rows an image fitted to its rows (a column) takes at most: a longer list is a table. */
export const COLUMN_MAX_ROWS = 60;

/** A generous advance of a character, in em, for the rank's and the value's columns (DejaVu Sans'
 *  common letters are about 0.6 em; a narrower font leaves room). Lines of words are measured
 *  (charts/text-width.ts): a title in capitals is half as wide again as 0.6 em a letter. */
const ADVANCE = 0.6;
/** A row's text size as a share of its height; the most comfortable row, and the smallest legible
 *  one, in pixels at the unit size (1200 px wide). */
const ROW_FONT = 0.6;
const ROW_COMFORT = 40;
const ROW_MIN = 25;

/** The size of type: 1 at 1200 px and more, smaller on narrower images but never under 0.6 (a
 *  column’s PNG is drawn at twice: its 14.4 px names are 28.8 px in the file). */
export const typeUnit = (size: ImageSize): number => Math.min(1, Math.max(0.6, size.width / 1200));

/** One line of text to draw: its baseline. */
export interface TextMark {
  x: number;
  y: number;
  size: number;
  fill: keyof ImagePalette;
  bold?: boolean;
  text: string;
}

/** One row's marks: its box (top, height), and its texts and bar on one baseline. */
export interface RowMark {
  top: number;
  height: number;
  baseline: number;
  font: number;
  rank: TextMark;
  name: TextMark;
  bar: { x0: number; x1: number; y: number; r: number };
  value: TextMark;
  /** Put forward by the author (`highlight=`): its name bold, its dot ringed. */
  featured: boolean;
}

export interface ImageLayout {
  width: number;
  height: number;
  /** Title, subtitle, what is left out, note, source and link. */
  texts: TextMark[];
  rows: RowMark[];
  /** The rule under the rows. */
  rule: { x1: number; x2: number; y: number };
}

/** Text blocks above and below the rows, and what they leave the rows. */
interface Frame {
  u: number;
  pad: number;
  head: TextMark[];
  rowsTop: number;
  /** The "more" line's room under the rows, and the foot's lines, from its top. */
  moreRoom: number;
  foot: { size: number; fill: keyof ImagePalette; lines: string[] }[];
  footHeight: number;
}

/** `text` wrapped in lines no wider than `max` as `measure` gives them, `most` lines at most: the
 *  last one kept ends in an ellipsis when words are left out. */
function lines(text: string, max: number, most: number, measure: Measure): string[] {
  const all = wrap(text, max, measure);
  if (all.length <= most) return all;
  const kept = all.slice(0, most);
  // Whole words of the last line, as many as leave room for the ellipsis (a word alone is cut).
  let last = kept[most - 1] ?? '';
  while (measure(`${last} …`) > max && last.lastIndexOf(' ') > 0)
    last = last.slice(0, last.lastIndexOf(' '));
  // A letter is never parted from its accents (data/characters.ts).
  const letters = characters(last);
  while (measure(`${letters.join('')} …`) > max && letters.length > 1) letters.pop();
  last = letters.join('');
  kept[most - 1] = `${last} …`;
  return kept;
}

const lineHeight = (size: number): number => Math.round(size * 1.3 * 10) / 10;

/** The words around the rows, wrapped to the image's width, and the room each takes. */
function frame(size: ImageSize, text: ImageText): Frame {
  const u = typeUnit(size);
  const pad = Math.round(48 * u);
  const inner = size.width - 2 * pad;
  /** A line's estimated width in a size, bold or not. */
  const inSize =
    (font: number, bold = false): Measure =>
    (s) =>
      textWidth(s, font, bold);
  const head: TextMark[] = [];
  let y = pad;
  const titleSize = Math.round(38 * u);
  for (const line of lines(text.title, inner, 3, inSize(titleSize, true))) {
    head.push({
      x: pad,
      y: y + titleSize * 0.85,
      size: titleSize,
      fill: 'text',
      bold: true,
      text: line,
    });
    y += Math.round(titleSize * 1.2);
  }
  const subSize = Math.round(21 * u);
  y += Math.round(4 * u);
  for (const line of lines(text.subtitle, inner, 2, inSize(subSize))) {
    head.push({ x: pad, y: y + subSize * 0.85, size: subSize, fill: 'muted', text: line });
    y += lineHeight(subSize);
  }
  const footSize = Math.round(18 * u);
  const noteSize = Math.round(19 * u);
  const foot = [
    {
      size: noteSize,
      fill: 'text' as const,
      lines: lines(text.note ?? '', inner, 4, inSize(noteSize)),
    },
    {
      size: footSize,
      fill: 'muted' as const,
      lines: lines(text.source, inner, 3, inSize(footSize)),
    },
    {
      size: footSize,
      fill: 'accent' as const,
      lines: lines(text.link, inner, 3, inSize(footSize)),
    },
  ].filter((b) => b.lines.length > 0);
  const footHeight = foot.reduce((h, b) => h + b.lines.length * lineHeight(b.size), 0);
  return {
    u,
    pad,
    head,
    rowsTop: y + Math.round(16 * u),
    moreRoom: Math.round(20 * u) + lineHeight(Math.round(20 * u)),
    foot,
    footHeight: footHeight + Math.round(12 * u),
  };
}

/** Room for rows in a fixed-height image, in pixels (none for a fitted one). */
const rowRoom = (size: ImageSize, f: Frame): number =>
  size.height === null
    ? Number.POSITIVE_INFINITY
    : size.height - f.pad - f.footHeight - f.moreRoom - f.rowsTop;

/** How many rows fit: `fit` at a comfortable height (a default), `max` at the smallest legible one
 *  (never more: a longer list is cut, and what is left out said). At least one. */
export function capacity(size: ImageSize, text: ImageText): { fit: number; max: number } {
  const f = frame(size, text);
  const room = rowRoom(size, f);
  if (!Number.isFinite(room)) return { fit: 10, max: COLUMN_MAX_ROWS };
  const max = Math.max(1, Math.floor(room / (ROW_MIN * f.u)));
  return { fit: Math.min(max, Math.max(1, Math.floor(room / (ROW_COMFORT * f.u)))), max };
}

export const r1 = (v: number): number => Math.round(v * 10) / 10;

/** Where everything goes. Rows past the size's `capacity().max` are left out. */
export function imageLayout(input: ImageInput): ImageLayout {
  const { size } = input;
  const f = frame(size, input);
  const rows = input.rows.slice(0, capacity(size, input).max);
  const n = Math.max(1, rows.length);
  const room = rowRoom(size, f);
  const rowH = Math.min(ROW_COMFORT * f.u, room / n);
  const font = r1(rowH * ROW_FONT);
  const small = r1(font * 0.92);
  const width = size.width;
  const height =
    size.height ?? Math.ceil(f.rowsTop + rows.length * rowH + f.moreRoom + f.footHeight + f.pad);

  // Columns: rank, name, bar, value; the rank's and the value's as wide as their longest text.
  const longest = (texts: string[]): number => Math.max(3, ...texts.map((s) => s.length));
  const gap = font * 0.6;
  const rankW = longest(rows.map((r) => r.rank)) * ADVANCE * small + gap;
  const dot = Math.max(3, font * 0.28);
  const valueW = dot + gap + longest(rows.map((r) => r.valueText)) * ADVANCE * small;
  const rest = width - 2 * f.pad - rankW - valueW;
  const nameW = rest * 0.56;
  const x0 = f.pad + rankW + nameW;
  const lo = Math.min(0, ...rows.map((r) => r.value));
  const hi = Math.max(input.max, ...rows.map((r) => r.value));
  const x = linearScale([lo, hi > lo ? hi : lo + 1], [x0 + dot, width - f.pad - valueW]);

  const marks: RowMark[] = rows.map((row, i) => {
    const top = f.rowsTop + i * rowH;
    const baseline = r1(top + rowH / 2 + font * 0.35);
    const mid = r1(top + rowH / 2);
    const end = r1(x(row.value));
    const zero = r1(x(0));
    return {
      top: r1(top),
      height: r1(rowH),
      baseline,
      font,
      rank: { x: f.pad, y: baseline, size: small, fill: 'muted', text: row.rank },
      name: {
        x: r1(f.pad + rankW),
        y: baseline,
        size: font,
        fill: 'text',
        // Cut to its width as drawn (text-width.ts), bold when featured: a name in capitals is
        // half as wide again as 0.6 em a letter, one of narrow letters fits whole.
        text: fitWidth(row.name, nameW - gap, font, row.featured === true),
        ...(row.featured === true ? { bold: true } : {}),
      },
      bar: { x0: zero, x1: end, y: mid, r: r1(dot) },
      featured: row.featured === true,
      value: {
        x: r1(Math.max(end, zero) + dot + gap),
        y: baseline,
        size: small,
        fill: 'text',
        text: row.valueText,
      },
    };
  });

  const texts = [...f.head];
  const ruleY = r1(f.rowsTop + rows.length * rowH + 6 * f.u);
  const moreSize = Math.round(20 * f.u);
  if (input.more !== '') {
    texts.push({
      x: f.pad,
      y: r1(ruleY + moreSize * 1.4),
      size: moreSize,
      fill: 'muted',
      text: fitWidth(input.more, width - 2 * f.pad, moreSize),
    });
  }
  // The foot from the bottom up: note, source, link.
  let y = height - f.pad - f.footHeight + Math.round(12 * f.u);
  for (const block of f.foot) {
    for (const line of block.lines) {
      texts.push({
        x: f.pad,
        y: r1(y + block.size * 0.85),
        size: block.size,
        fill: block.fill,
        text: line,
      });
      y += lineHeight(block.size);
    }
  }
  return { width, height, texts, rows: marks, rule: { x1: f.pad, x2: width - f.pad, y: ruleY } };
}
