// The preview card (export/card.ts): its size, the title wrapped, the rows it holds, the bars on
// the value's scale, every text escaped. Drawn by the ranking's image (export/image.ts) at the
// card's size; positions worked out here from its constants: 48 px of padding, rows of 40 px with
// 24 px names and 22.1 px ranks and values (0.6 em a character), gaps of 14.4 px, dots of 6.72 px;
// the rank and value columns as wide as their longest text, 56 % of the rest to the name.
import { describe, expect, it } from 'vitest';
import { CARD, CARD_ROWS, previewCard, type CardRow } from '../../src/lib/export/card';

const row = (name: string, value: number, rank = '1er'): CardRow => ({
  rank,
  name,
  value,
  valueText: `${value} mois`,
});

const card = (rows: CardRow[], title = 'Écoles', more = '') =>
  previewCard({ title, subtitle: 'Sous-titre', source: 'Source : X.', rows, more, max: 12 });

const texts = (svg: string): string[] =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');

describe('previewCard', () => {
  it('is an SVG document of 1200 × 630 px on white', () => {
    const svg = card([row('A', 12)]);
    expect(CARD).toEqual({ width: 1200, height: 630 });
    expect(
      svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"'),
    ).toBe(true);
    // No link drawn: the card is the link.
    expect(texts(svg)).not.toContain('');
    expect(svg).toContain('<rect width="1200" height="630" fill="#ffffff"/>');
  });

  it(`holds the first ${CARD_ROWS} rows, in order, then what the rows left out say`, () => {
    const rows = Array.from({ length: 9 }, (_, i) => row(`École ${i + 1}`, 12 - i, `${i + 1}e`));
    const t = texts(card(rows, 'Écoles', '… et 3 autres écoles'));
    expect(t.filter((s) => s.startsWith('École '))).toEqual([
      'École 1',
      'École 2',
      'École 3',
      'École 4',
      'École 5',
      'École 6',
    ]);
    expect(t).toContain('… et 3 autres écoles');
    expect(t).toContain('6e');
    expect(t).not.toContain('7e');
  });

  it('puts the bars on 0 → max between the name column and the value’s room', () => {
    // Rank column 3 × 0.6 × 22.1 + 14.4 = 54.18; value column 6.72 + 14.4 + 7 × 0.6 × 22.1 =
    // 113.94; the name 56 % of 1104 − 54.18 − 113.94: x(0) = 48 + 54.18 + 524.09 + 6.72 = 632.99,
    // x(12) = 1200 − 48 − 113.94 = 1038.06, x(6) halfway, 835.53.
    const svg = card([row('A', 12), row('B', 6)]);
    const dots = [...svg.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(dots).toEqual([1038.1, 835.5]);
    expect(svg).toContain('<line x1="633" x2="1038.1"');
  });

  it('wraps a long title on two lines at most and cuts a long name with an ellipsis', () => {
    // 38 px bold at 0.6 em: (1200 − 96) / 22.8 = 48 characters a line.
    const title =
      'Les écoles d’ingénieurs les plus ouvertes à l’international et bien au-delà encore';
    const name = 'École nationale supérieure des techniques avancées Bretagne';
    const t = texts(card([row(name, 3)], title));
    expect(t.slice(0, 2)).toEqual([
      'Les écoles d’ingénieurs les plus ouvertes à',
      'l’international et bien au-delà encore',
    ]);
    // Value column 6.72 + 14.4 + 6 × 0.6 × 22.1 = 100.68, the name's (1104 − 54.18 − 100.68) × 0.56
    // = 531.52 px: 517.12 after the gap, 492.4 before « … » (24.72 px), 20,516 thousandths of an
    // em at 24 px; « École nationale supérieure des techni » takes 20,080, its « q » would be 20,720
    // (text-width.ts' advances, summed as in image.test.ts).
    expect(t).toContain('École nationale supérieure des techni…');
  });

  it('writes a name as text: markup in it is escaped, never drawn', () => {
    const svg = card([row('<b>X</b> & "Co"', 5)]);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('>&lt;b&gt;X&lt;/b&gt; &amp; &quot;Co&quot;</text>');
  });
});
