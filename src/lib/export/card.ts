// The preview card of a page (Open Graph / Twitter): the ranking's first rows with the page's title
// and source, as one SVG document of 1200 × 630 px, the size those cards are shown at. The build
// turns it into a PNG (scripts/prerender.mjs). Pure: words and rows in, a string out.
import { imageSvg, type ImageRow } from './image';

/** The card's size in pixels: what Open Graph and Twitter's large summary card show. */
export const CARD = { width: 1200, height: 630 } as const;

/** One row of the card: a school of the ranking, in ranked order. */
export type CardRow = ImageRow;

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

/** The card's SVG document: the ranking's image (export/image.ts) at the card's size, light, in
 *  DejaVu Sans (the font the build draws it with), with no link (the card is the link). */
export function previewCard(input: CardInput): string {
  return imageSvg({
    ...input,
    link: '',
    size: { ...CARD, scale: 1 },
    rows: input.rows.slice(0, CARD_ROWS),
  }).svg;
}
