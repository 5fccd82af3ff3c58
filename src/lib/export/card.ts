// The preview card of a page (Open Graph / Twitter): the ranking's first rows with the page's title
// and source, as one SVG document of 1200 × 630 px, the size those cards are shown at. The build
// turns it into a PNG (scripts/prerender.mjs). Pure: words and rows in, a string out.
import { escapeXml, wrap } from './svg';
import { linearScale } from '../charts/linear';
import { fitLabel } from '../charts/scales';

/** The card's size in pixels: what Open Graph and Twitter's large summary card show. */
export const CARD = { width: 1200, height: 630 } as const;

/** One row of the card: a school of the ranking, in ranked order. */
export interface CardRow {
  /** Its rank with its tie, as the page writes it ("1er ex æquo"). */
  rank: string;
  name: string;
  /** Its value, for the bar, and as the page writes it ("12 mois"). */
  value: number;
  valueText: string;
}

export interface CardInput {
  title: string;
  subtitle: string;
  source: string;
  rows: readonly CardRow[];
  /** What the rows left out say ("… et 134 autres écoles"); '' for none. */
  more: string;
  /** The bars' scale runs from 0 to this (the table's largest value). */
  max: number;
}

/** How many rows a card holds. */
export const CARD_ROWS = 6;

/** The fonts, sizes and colours of the card: the page's light theme, its sans-serif. */
const FONT = 'DejaVu Sans, Arial, Helvetica, sans-serif';
const INK = '#1b1f24';
const MUTED = '#57606a';
const ACCENT = '#2563a8';
const GRID = '#d0d7de';
const PAD = 56;
const ROW = 40;
/** A generous advance of a character, in em, to cut names and wrap the title. */
const ADVANCE = 0.6;

/** The card's SVG document. */
export function previewCard(input: CardInput): string {
  const { width, height } = CARD;
  const out: string[] = [];
  const text = (x: number, y: number, size: number, fill: string, body: string, extra = '') =>
    out.push(
      `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${extra}>${escapeXml(body)}</text>`,
    );
  // The title on two lines at most, then the subtitle.
  const titleSize = 40;
  const lines = wrap(input.title, (width - 2 * PAD) / (titleSize * ADVANCE)).slice(0, 2);
  let y = PAD + titleSize * 0.8;
  for (const line of lines) {
    text(PAD, y, titleSize, INK, line, ' font-weight="bold"');
    y += titleSize * 1.2;
  }
  text(
    PAD,
    y + 4,
    22,
    MUTED,
    fitLabel(input.subtitle, Math.floor((width - 2 * PAD) / (22 * ADVANCE))),
  );
  y += 44;
  // The rows: rank, name, a bar to the value and the value.
  const rankW = 190;
  const nameW = 430;
  const valueW = 140;
  const x = linearScale(
    [0, input.max > 0 ? input.max : 1],
    [PAD + rankW + nameW, width - PAD - valueW],
  );
  const rows = input.rows.slice(0, CARD_ROWS);
  rows.forEach((row, i) => {
    const base = y + i * ROW + ROW * 0.65;
    text(PAD, base, 22, MUTED, fitLabel(row.rank, 14));
    text(PAD + rankW, base, 24, INK, fitLabel(row.name, Math.floor(nameW / (24 * ADVANCE))));
    const x0 = x(0);
    const x1 = Math.max(x0 + 2, x(row.value));
    out.push(
      `<line x1="${x0}" x2="${x1}" y1="${base - 8}" y2="${base - 8}" stroke="${ACCENT}" stroke-width="3"/>`,
      `<circle cx="${x1}" cy="${base - 8}" r="7" fill="${ACCENT}"/>`,
    );
    text(x1 + 14, base, 22, INK, row.valueText);
  });
  y += rows.length * ROW + 6;
  out.push(
    `<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="${GRID}" stroke-width="1"/>`,
  );
  if (input.more !== '') text(PAD, y + 32, 22, MUTED, input.more);
  // The source at the foot, on two lines at most.
  const sourceLines = wrap(input.source, (width - 2 * PAD) / (18 * ADVANCE)).slice(0, 2);
  sourceLines.forEach((line, i) =>
    text(PAD, height - PAD + 8 - (sourceLines.length - 1 - i) * 24, 18, MUTED, line),
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    out.join('') +
    '</svg>'
  );
}
