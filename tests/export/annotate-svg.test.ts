// @vitest-environment jsdom
// A downloaded chart with an author's headline and note (title=, note=, issue 15): the note wrapped
// under the filter, hostile text kept as text, and the ring of the schools put forward explained.
import { describe, expect, it } from 'vitest';
import { standaloneSvg, type StandaloneParts } from '../../src/lib/export/svg';
import { featuredLegend, keptLegend } from '../../src/lib/export/featured';
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
  width: 400,
  chart: {
    markup: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"></svg>',
    height: 100,
  },
  title: 'Les Mines en tête',
  subtitle: '144 écoles',
  legend: [],
  source: 'Source : le classement',
  link: 'http://x/?title=Les+Mines+en+t%C3%AAte',
  palette,
  font: 'sans-serif',
  ...over,
});

describe('standaloneSvg with a note', () => {
  it('draws the note under the filter, wrapped to the width, in the text colour', () => {
    // 400 px wide, 10 px padding: 380 px of 12 px text, as charts/text-width.ts estimates it: the
    // first line 29.965 em (359.6 px); « huit » and its space (2.375 em) would take it to 388 px.
    const note = 'Les écoles des Mines envoient leurs élèves à l’étranger huit mois en moyenne.';
    const doc = parse(standaloneSvg(parts({ note })).svg);
    expect(texts(doc).slice(0, 4)).toEqual([
      'Les Mines en tête',
      '144 écoles',
      'Les écoles des Mines envoient leurs élèves à l’étranger',
      'huit mois en moyenne.',
    ]);
    const noteLine = doc.documentElement.querySelectorAll(':scope > text')[2];
    expect(noteLine?.getAttribute('fill')).toBe('#1b1f24');
    expect(noteLine?.getAttribute('font-size')).toBe('12');
    expect(doc.querySelector('desc')?.textContent).toBe(
      `144 écoles. ${note} Source : le classement http://x/?title=Les+Mines+en+t%C3%AAte`,
    );
  });

  it('is as tall as without a note plus the note’s lines and its gap', () => {
    const without = standaloneSvg(parts()).height;
    // One line of 12 px text (a 16 px line) and a 4 px gap above it.
    expect(standaloneSvg(parts({ note: 'Une ligne.' })).height).toBe(without + 4 + 16);
    expect(standaloneSvg(parts({ note: '' })).height).toBe(without);
  });

  it('keeps hostile titles and notes as text: markup, quotes, right-to-left', () => {
    const title = '<script>alert("x")</script> & \'quotes\'';
    const note = '\u202Eevil</text><image href="http://x/"/> שלום עולם';
    const { svg } = standaloneSvg(parts({ title, note }));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos;',
    );
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('image')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe(title);
    // 400 px wide, 10 px padding: 380 px a line. The title, 16 px bold, is estimated at 389.8 px
    // (« < » and « > » at 1.11 em): « 'quotes' » goes to a second line. The note, 12 px, at 371.8
    // px (a letter of another script, or a control character, at 1.03 em): one line.
    expect(texts(doc).slice(0, 4)).toEqual([
      '<script>alert("x")</script> &',
      "'quotes'",
      '144 écoles',
      note,
    ]);
  });

  it('draws a ring swatch for the schools put forward', () => {
    const legend = featuredLegend(['a'], new Set(['a', 'b']), 'Cerclée : mise en avant');
    const doc = parse(standaloneSvg(parts({ legend })).svg);
    const ring = doc.documentElement.querySelector(':scope > circle');
    expect(ring?.getAttribute('fill')).toBe('#1f5fa8');
    expect(ring?.getAttribute('stroke')).toBe('#1b1f24');
    expect(ring?.getAttribute('stroke-width')).toBe('2');
    expect(texts(doc)).toContain('Cerclée : mise en avant');
  });

  it('draws a dashed box in the text colour for the schools kept outside the filter', () => {
    const legend = keptLegend(2, 'Tracé en tirets : hors filtre');
    const doc = parse(standaloneSvg(parts({ legend })).svg);
    const box = doc.documentElement.querySelector(':scope > rect[stroke-dasharray]');
    expect(box?.getAttribute('stroke')).toBe('#1b1f24');
    expect(box?.getAttribute('stroke-dasharray')).toBe('3 2');
    expect(box?.getAttribute('fill')).toBe('none');
    expect(texts(doc)).toContain('Tracé en tirets : hors filtre');
    expect(keptLegend(0, 'L')).toEqual([]);
  });
});

describe('featuredLegend', () => {
  it.each([
    [['a'], ['a', 'b'], 1],
    [['c', 'a'], ['a'], 1],
    [['c'], ['a', 'b'], 0],
    [[], ['a'], 0],
  ])('featuredLegend(%j) over the schools %j gives %d item', (highlight, shown, n) => {
    const items = featuredLegend(highlight, new Set(shown), 'L');
    expect(items).toEqual(n ? [{ swatch: 'ring', colour: 'accent', label: 'L' }] : []);
  });
});
