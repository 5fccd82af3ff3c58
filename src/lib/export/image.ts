// Schools of the ranking + the words around them + a size → an image of that size, as one SVG
// document: the title wrapped, the subtitle, rows of rank (with its tie), name cut to fit, a bar to
// the value and the value, what the rows left out, a note, the source and the link at the foot. The
// size decides the type: a column of an article (its height fitted to the rows), a social card or a
// square (fixed: the rows share the room left, and no more rows than fit legibly). Pure: words and
// rows in, a string out; where each mark goes is image-layout.ts's. export/card.ts draws with it.
import { escapeXml } from './svg';
import { imageLayout, r1, type TextMark } from './image-layout';

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

/** One row: a school of the ranking, in ranked order. */
export interface ImageRow {
  /** Its rank with its tie, as the page writes it ("15e ex æquo"): tied schools share it. */
  rank: string;
  name: string;
  /** Its value, for the bar, and as the page writes it ("9 mois"). */
  value: number;
  valueText: string;
  /** Put forward by the author (`highlight=`): drawn as on the page, its name bold, its dot ringed. */
  featured?: boolean;
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
        `<circle cx="${x1}" cy="${y}" r="${r}" fill="${colour('accent')}"${row.featured ? ` stroke="${colour('text')}" stroke-width="${r1(Math.max(2, r * 0.4))}"` : ''}/>${text(row.value)}</g>`,
    );
  }
  const { rule } = layout;
  out.push(
    `<line x1="${rule.x1}" x2="${rule.x2}" y1="${rule.y}" y2="${rule.y}" stroke="${colour('grid')}" stroke-width="1"/>`,
    '</svg>',
  );
  return { svg: out.join('\n'), width, height };
}
