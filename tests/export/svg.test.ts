// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeXml, standaloneSvg, wrap, type StandaloneParts } from '../../src/lib/export/svg';
import { textWidth } from '../../src/lib/charts/text-width';
import { characters } from '../../src/lib/data/characters';
import { nb } from '../i18n/spaces';
import { parse, texts } from './svg-doc';

const palette = {
  bg: '#ffffff',
  text: '#1b1f24',
  muted: '#57606a',
  accent: '#1f5fa8',
  band: '#eef2f7',
  grid: '#d8dee4',
};

const parts = (over: Partial<StandaloneParts> = {}): StandaloneParts => ({
  width: 600,
  chart: {
    markup:
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 600 200"><circle cx="10" cy="10" r="4" fill="#1f5fa8"/></svg>',
    height: 200,
  },
  title: 'Toutes les écoles, dans l’ordre du classement',
  subtitle: 'Filtre : recherche « mines » · 7 sur 144 écoles',
  legend: [
    { swatch: 'dot', colour: 'accent', label: 'Point : une école' },
    { swatch: 'band', colour: 'band', label: 'Bande grisée : écoles ex æquo' },
    { swatch: 'dot', colour: '#D55E00', label: 'Mines Albi-Carmaux (choisie pour la comparaison)' },
  ],
  source: 'Source : classement général « les plus ouvertes à l’international »',
  link: 'http://127.0.0.1:4541/?q=mines&pick=mines-albi-carmaux',
  palette,
  font: 'system-ui, "Segoe UI", sans-serif',
  ...over,
});

describe('standaloneSvg', () => {
  it('is a well-formed SVG document with xmlns, width, height and viewBox', () => {
    const { svg, width, height } = standaloneSvg(parts());
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('600');
    expect(root.getAttribute('height')).toBe(String(height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(root.getAttribute('font-family')).toBe('system-ui, "Segoe UI", sans-serif');
    expect(height).toBeGreaterThan(200 + 16 + 16 * 3);
  });

  it('draws the title, the filter words, every legend label, the source and the link', () => {
    const doc = parse(standaloneSvg(parts()).svg);
    expect(doc.querySelector('title')?.textContent).toBe(
      'Toutes les écoles, dans l’ordre du classement',
    );
    expect(texts(doc)).toEqual([
      'Toutes les écoles, dans l’ordre du classement',
      'Filtre : recherche « mines » · 7 sur 144 écoles',
      'Point : une école',
      'Bande grisée : écoles ex æquo',
      'Mines Albi-Carmaux (choisie pour la comparaison)',
      'Source : classement général « les plus ouvertes à l’international »',
      'http://127.0.0.1:4541/?q=mines&pick=mines-albi-carmaux',
    ]);
    // The palette's colours and the pick's own colour, nothing from a stylesheet.
    expect(doc.querySelector('svg > rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(
      Array.from(doc.documentElement.querySelectorAll(':scope > circle'), (c) =>
        c.getAttribute('fill'),
      ),
    ).toEqual(['#1f5fa8', '#D55E00']);
    expect(doc.querySelector('g > svg circle')).not.toBeNull();
  });

  it('escapes hostile text and stays well-formed', () => {
    const doc = parse(
      standaloneSvg(
        parts({ subtitle: 'Filtre : recherche « </text><script>x</script> & "\' »\u0001' }),
      ).svg,
    );
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('script')).toBeNull();
    expect(texts(doc)).toContain('Filtre : recherche « </text><script>x</script> & "\' »');
  });

  it('wraps long lines to the width on a phone, the link cut anywhere', () => {
    const link = `http://127.0.0.1:4541/?q=${'x'.repeat(120)}`;
    const doc = parse(standaloneSvg(parts({ width: 343, link })).svg);
    const lines = texts(doc);
    const linkLines = lines.slice(lines.findIndex((l) => l.startsWith('http')));
    expect(linkLines.join('')).toBe(link);
    // 11 px text in 343 − 2 × 10 = 323 px: an « x » is 0.64 em (7.04 px), so 45 of them a line
    // (46 would take 323.84 px); the first line, the address and 24 « x », is 317.9 px.
    expect(linkLines.map((l) => l.length)).toEqual([49, 45, 45, 6]);
  });
});

describe('standaloneSvg, words measured as drawn', () => {
  it('wraps a title in capitals, bold, inside the image', () => {
    // 343 px wide, 10 px padding: 323 px of 16 px bold. At 0.6 em a character (33 a line), the
    // second line was « CENTRALESUPÉLEC : COMBIEN DE », estimated at 331 px. As text-width.ts
    // estimates it: « CENTRALESUPÉLEC : COMBIEN » is 299.2 px, and « DE » with its space 1.99 em
    // (31.8 px) more.
    const title = 'MINES PARISTECH ET CENTRALESUPÉLEC : COMBIEN DE MOIS À L’ÉTRANGER ?';
    const doc = parse(standaloneSvg(parts({ width: 343, title })).svg);
    expect(texts(doc).slice(0, 3)).toEqual([
      'MINES PARISTECH ET',
      'CENTRALESUPÉLEC : COMBIEN',
      'DE MOIS À L’ÉTRANGER ?',
    ]);
  });
});

describe('wrap', () => {
  it.each([
    ['one two three', 7, ['one two', 'three']],
    ['one two three', 100, ['one two three']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['  spaced   out  ', 20, ['spaced out']],
    ['', 10, []],
    // Never at a no-break space: the colon and the unit stay with the word before them.
    [nb('Filtre~: de 3 à 5~mois'), 9, [nb('Filtre~:'), 'de 3 à', nb('5~mois')]],
    [nb('la «^x^» b'), 7, ['la', nb('«^x^» b')]],
  ])('wrap(%j, %d) gives %j', (text, max, expected) => {
    expect(wrap(text, max)).toEqual(expected);
  });

  it('with a measure: no line wider than the width but a single character, no word lost', () => {
    const measure = (s: string): number => textWidth(s, 12, true);
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), { maxLength: 12 }),
        fc.integer({ min: 10, max: 400 }),
        (words, max) => {
          const text = words.join(' ');
          const lines = wrap(text, max, measure);
          for (const line of lines)
            expect(measure(line) <= max || characters(line).length === 1).toBe(true);
          // The words, in order, with nothing added or dropped (a wide word is cut in pieces).
          const squeeze = (s: string): string => s.split(/[^\S\u00a0\u202f]+/).join('');
          expect(lines.map(squeeze).join('')).toBe(squeeze(text));
        },
      ),
    );
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and drops what XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\u001f\t`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;\t',
    );
  });
});
