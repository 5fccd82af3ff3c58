// The preview card (export/card.ts): its size, the title wrapped, the rows it holds, the bars on
// the value's scale, every text escaped. Positions worked out here from the layout's constants:
// 56 px of padding, rank and name columns of 190 and 430 px, 140 px kept for the value's text.
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
    // x(0) = 56 + 190 + 430 = 676; x(12) = 1200 − 56 − 140 = 1004; x(6) = 840.
    const svg = card([row('A', 12), row('B', 6)]);
    const dots = [...svg.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(dots).toEqual([1004, 840]);
    expect(svg).toContain('<line x1="676" x2="1004"');
  });

  it('wraps a long title on two lines at most and cuts a long name with an ellipsis', () => {
    // 40 px bold at 0.6 em: (1200 − 112) / 24 = 45 characters a line.
    const title =
      'Les écoles d’ingénieurs les plus ouvertes à l’international et bien au-delà encore';
    const name = 'École nationale supérieure des techniques avancées Bretagne';
    const t = texts(card([row(name, 3)], title));
    expect(t.slice(0, 2)).toEqual([
      'Les écoles d’ingénieurs les plus ouvertes à',
      'l’international et bien au-delà encore',
    ]);
    // 430 / (24 × 0.6) = 29 characters: 28 (« École nationale supérieure d ») and the ellipsis.
    expect(t).toContain('École nationale supérieure d…');
  });

  it('writes a name as text: markup in it is escaped, never drawn', () => {
    const svg = card([row('<b>X</b> & "Co"', 5)]);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('>&lt;b&gt;X&lt;/b&gt; &amp; &quot;Co&quot;</text>');
  });
});
