// Schools of the ranking + the words around them + a size → an image of that size, as one SVG
// document: the title wrapped, the subtitle, rows of rank (with its tie), name cut to fit, a bar to
// the value and the value, what the rows left out, a note, the source and the link at the foot. The
// size decides the type: a column of an article (its height fitted to the rows), a social card or a
// square (fixed: the rows share the room left, and no more rows than fit legibly). Pure: words and
// rows in, positions (`imageLayout`) and a string (`imageSvg`) out; export/card.ts draws with it.
import { escapeXml, wrap } from './svg';
import { linearScale } from '../charts/linear';
import { fitLabel } from '../charts/scales';

/** A size the image is made at: its width, its height (null: fitted to the rows) and how many PNG
 *  pixels an SVG pixel gives. */
export interface ImageSize {
  width: number;
  height: number | null;
  scale: number;
}

export type SizeId = 'column' | 'social' | 'square';
export const SIZE_IDS: readonly SizeId[] = ['column', 'social', 'square'];

/** The sizes offered: a column of an article (its PNG at twice, for sharp screens), a social card
 *  (1200 × 675, 16:9, what the networks show whole) and a square (1080 × 1080). */
export const SIZES: Readonly<Record<SizeId, ImageSize>> = {
  column: { width: 640, height: null, scale: 2 },
  social: { width: 1200, height: 675, scale: 1 },
  square: { width: 1080, height: 1080, scale: 1 },
};

/** How many rows an image fitted to its rows (a column) takes at most: a longer list is a table. */
export const COLUMN_MAX_ROWS = 60;

/** One row: a school of the ranking, in ranked order. */
export interface ImageRow {
  /** Its rank with its tie, as the page writes it ("15e ex æquo"): tied schools share it. */
  rank: string;
  name: string;
  /** Its value, for the bar, and as the page writes it ("9 mois"). */
  value: number;
  valueText: string;
}

/** The words drawn around the rows; every one is text, escaped, never markup. */
export interface ImageText {
  title: string;
  /** The filter in words and the count. */
  subtitle: string;
  /** A note of the author's, under the rows; '' or none for none. */
  note?: string | undefined;
  source: string;
  /** The link to the view, as written ("Lien : https://…"). */
  link: string;
  /** What the rows left out say ("… et 134 autres écoles"); '' for none. */
  more: string;
}

export interface ImagePalette {
  bg: string;
  text: string;
  muted: string;
  accent: string;
  grid: string;
}

/** The page's light theme: an image goes into an article, most often on white. */
export const LIGHT: ImagePalette = {
  bg: '#ffffff',
  text: '#1b1f24',
  muted: '#57606a',
  accent: '#1f5fa8',
  grid: '#d0d7de',
};

/** DejaVu Sans first: the build draws its card with it (scripts/prerender.mjs). */
export const FONT = 'DejaVu Sans, Arial, Helvetica, sans-serif';

export interface ImageInput extends ImageText {
  size: ImageSize;
  rows: readonly ImageRow[];
  /** The bars' scale runs from 0 to this (the table's largest value). */
  max: number;
  palette?: ImagePalette | undefined;
  font?: string | undefined;
}

/** A generous advance of a character, in em, to cut names and wrap lines (DejaVu Sans' widest
 *  common letters are about 0.6 em; a narrower font leaves room, never overflows). */
const ADVANCE = 0.6;
/** A row's text size as a share of its height; the most comfortable row, and the smallest legible
 *  one, in pixels at the unit size (1200 px wide). */
const ROW_FONT = 0.6;
const ROW_COMFORT = 40;
const ROW_MIN = 25;

/** The size of type: 1 at 1200 px and more, smaller on narrower images but never under 0.6 (a
 *  column's PNG is drawn at twice, so its 15 px rows are 30 px in the file). */
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

/** `text` wrapped in lines of `maxChars` characters, `most` lines at most: the last one kept ends
 *  in an ellipsis when words are left out. */
function lines(text: string, maxChars: number, most: number): string[] {
  const all = wrap(text, maxChars);
  if (all.length <= most) return all;
  const kept = all.slice(0, most);
  // Whole words of the last line, as many as leave room for the ellipsis (a word alone is cut).
  const max = Math.max(3, Math.floor(maxChars));
  let last = kept[most - 1] ?? '';
  while (last.length + 2 > max && last.lastIndexOf(' ') > 0)
    last = last.slice(0, last.lastIndexOf(' '));
  kept[most - 1] = `${last.slice(0, max - 2)} …`;
  return kept;
}

const lineHeight = (size: number): number => Math.round(size * 1.3 * 10) / 10;

/** The words around the rows, wrapped to the image's width, and the room each takes. */
function frame(size: ImageSize, text: ImageText): Frame {
  const u = typeUnit(size);
  const pad = Math.round(48 * u);
  const inner = size.width - 2 * pad;
  const chars = (font: number): number => inner / (font * ADVANCE);
  const head: TextMark[] = [];
  let y = pad;
  const titleSize = Math.round(38 * u);
  for (const line of lines(text.title, chars(titleSize), 3)) {
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
  for (const line of lines(text.subtitle, chars(subSize), 2)) {
    head.push({ x: pad, y: y + subSize * 0.85, size: subSize, fill: 'muted', text: line });
    y += lineHeight(subSize);
  }
  const footSize = Math.round(18 * u);
  const noteSize = Math.round(19 * u);
  const foot = [
    {
      size: noteSize,
      fill: 'text' as const,
      lines: lines(text.note ?? '', chars(noteSize), 4),
    },
    {
      size: footSize,
      fill: 'muted' as const,
      lines: lines(text.source, chars(footSize), 3),
    },
    {
      size: footSize,
      fill: 'accent' as const,
      lines: lines(text.link, chars(footSize), 3),
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

const r1 = (v: number): number => Math.round(v * 10) / 10;

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
  const nameChars = Math.max(4, Math.floor((nameW - gap) / (font * ADVANCE)));

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
        text: fitLabel(row.name, nameChars),
      },
      bar: { x0: zero, x1: end, y: mid, r: r1(dot) },
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
      text: fitLabel(input.more, Math.floor((width - 2 * f.pad) / (moreSize * ADVANCE))),
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

/** The image's SVG document: colours and font as attributes, no class, no style, no reference. */
export function imageSvg(input: ImageInput): { svg: string; width: number; height: number } {
  const layout = imageLayout(input);
  const palette = input.palette ?? LIGHT;
  const colour = (c: keyof ImagePalette): string => escapeXml(palette[c]);
  const text = (m: TextMark): string =>
    `<text x="${m.x}" y="${m.y}" font-size="${m.size}"${m.bold ? ' font-weight="bold"' : ''} fill="${colour(m.fill)}">${escapeXml(m.text)}</text>`;
  const { width, height } = layout;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(input.font ?? FONT)}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml([input.subtitle, input.note ?? '', input.source].filter((s) => s !== '').join(' '))}</desc>`,
    `<rect width="${width}" height="${height}" fill="${colour('bg')}"/>`,
    ...layout.texts.map(text),
  ];
  for (const row of layout.rows) {
    const { x0, x1, y, r } = row.bar;
    out.push(
      `<g>${text(row.rank)}${text(row.name)}` +
        `<line x1="${x0}" x2="${x1}" y1="${y}" y2="${y}" stroke="${colour('accent')}" stroke-width="${r1(Math.max(2, r * 0.45))}"/>` +
        `<circle cx="${x1}" cy="${y}" r="${r}" fill="${colour('accent')}"/>${text(row.value)}</g>`,
    );
  }
  const { rule } = layout;
  out.push(
    `<line x1="${rule.x1}" x2="${rule.x2}" y1="${rule.y}" y2="${rule.y}" stroke="${colour('grid')}" stroke-width="1"/>`,
    '</svg>',
  );
  return { svg: out.join('\n'), width, height };
}
