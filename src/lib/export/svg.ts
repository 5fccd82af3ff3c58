// A chart's SVG + its title, filter, legend, source and link → one standalone SVG document that
// says what it shows without the page around it (pure: strings in, a string out).
import { wrap } from '../charts/wrap';
import { textWidth } from '../charts/text-width';

export { wrap };

/** Colours resolved from the page's tokens at the time of the download (light or dark). */
export interface Palette {
  bg: string;
  text: string;
  muted: string;
  accent: string;
  band: string;
  grid: string;
}

/** A palette token, or a literal colour (a pick's colour). */
export type ColourRef = keyof Palette | `#${string}`;

export interface LegendItem {
  swatch: 'dot' | 'bar' | 'band' | 'box' | 'ring' | 'dashed';
  colour: ColourRef;
  label: string;
}

export interface StandaloneParts {
  /** Width of the chart on screen, in pixels: the document's width. */
  width: number;
  /** The chart's own `<svg>` element, serialised with its styles inlined, and its height. */
  chart: { markup: string; height: number };
  title: string;
  /** The filter in words and the count of schools. */
  subtitle: string;
  /** An author's note (note=), wrapped under the subtitle; none when empty or left out. */
  note?: string;
  legend: readonly LegendItem[];
  source: string;
  /** The page the chart was downloaded from. */
  link: string;
  palette: Palette;
  /** CSS font-family list for the text around the chart. */
  font: string;
}

/** Text → XML character data or attribute value; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const r = (v: number): number => Math.round(v * 10) / 10;

/** The standalone document, and its size. */
export function standaloneSvg(p: StandaloneParts): { svg: string; width: number; height: number } {
  const { width, palette } = p;
  const pad = width < 480 ? 10 : 16;
  const colour = (c: ColourRef): string => (c.startsWith('#') ? c : palette[c as keyof Palette]);
  const out: string[] = [];
  let y = pad;

  /** Wrapped lines of text from y down; moves y below them. */
  const block = (text: string, size: number, fill: string, x = pad, weight = 'normal'): void => {
    const lh = Math.round(size * 1.3);
    // Each line's estimated width in its size and weight (a title in capitals, a link's escapes:
    // at 0.6 em a character, both ran past the image's right edge).
    const measure = (s: string): number => textWidth(s, size, weight === 'bold');
    for (const line of wrap(text, width - x - pad, measure)) {
      out.push(
        `<text x="${x}" y="${r(y + size)}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(fill)}">${escapeXml(line)}</text>`,
      );
      y += lh;
    }
  };

  // 1. Title and filter, above the chart.
  block(p.title, 16, palette.text, pad, 'bold');
  y += 2;
  block(p.subtitle, 12, palette.muted);
  if (p.note) {
    y += 4;
    block(p.note, 12, palette.text);
  }
  y += 6;
  // 2. The chart as drawn on screen.
  out.push(`<g transform="translate(0 ${r(y)})">${p.chart.markup}</g>`);
  y += p.chart.height + 8;
  // 3. Legend: a swatch and its words, one item a line.
  for (const item of p.legend) {
    const c = escapeXml(colour(item.colour));
    const mid = y + 8;
    const swatch = {
      dot: `<circle cx="${pad + 7}" cy="${mid}" r="4.5" fill="${c}"/>`,
      bar: `<rect x="${pad + 1}" y="${mid - 6}" width="12" height="12" fill="${c}"/>`,
      band: `<rect x="${pad}" y="${mid - 5}" width="14" height="10" fill="${c}" stroke="${escapeXml(palette.muted)}" stroke-width="0.5"/>`,
      box: `<rect x="${pad}" y="${mid - 5}" width="14" height="10" fill="${c}" stroke="${escapeXml(palette.muted)}"/><line x1="${pad + 7}" x2="${pad + 7}" y1="${mid - 6}" y2="${mid + 6}" stroke="${escapeXml(palette.text)}" stroke-width="2"/>`,
      ring: `<circle cx="${pad + 7}" cy="${mid}" r="5" fill="${c}" stroke="${escapeXml(palette.text)}" stroke-width="2"/>`,
      dashed: `<rect x="${pad + 1}" y="${mid - 5}" width="13" height="10" fill="none" stroke="${c}" stroke-dasharray="3 2"/>`,
    }[item.swatch];
    out.push(swatch);
    block(item.label, 12, palette.text, pad + 22);
    y += 3;
  }
  // 4. Source and the link to the view, below.
  y += 4;
  block(p.source, 11, palette.muted);
  block(p.link, 11, palette.accent);
  const height = Math.ceil(y + pad);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(p.font)}">`,
    `<title>${escapeXml(p.title)}</title>`,
    `<desc>${escapeXml(`${p.subtitle}. ${p.note ? `${p.note} ` : ''}${p.source} ${p.link}`)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(palette.bg)}"/>`,
    ...out,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
