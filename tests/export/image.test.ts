// @vitest-environment jsdom
// The ranking's image (export/image.ts, image-layout.ts): its sizes, how many rows each holds,
// where the rows and their marks go, and that nothing is cut or overlaps whatever the words and
// rows. Positions are
// worked out here from the layout's constants at the unit type size (1200 px wide: 48 px of
// padding, a 38 px title on 46 px, a 21 px subtitle on 27.3 px, 18 px foot lines on 23.4 px, rows
// of 40 px at most and 25 px at least, their text 0.6 of their height).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacity, imageLayout, typeUnit } from '../../src/lib/export/image-layout';
import {
  imageSvg,
  LIGHT,
  SIZES,
  type ImageInput,
  type ImageRow,
  type ImageSize,
  type ImageText,
} from '../../src/lib/export/image';

const words: ImageText = {
  title: 'Classement',
  subtitle: 'Toutes les écoles',
  source: 'Source : X.',
  link: 'Lien : L',
  more: '',
};

const row = (name: string, value: number, rank = '1er'): ImageRow => ({
  rank,
  name,
  value,
  valueText: `${value} mois`,
});

const input = (size: ImageSize, rows: ImageRow[], over: Partial<ImageInput> = {}): ImageInput => ({
  ...words,
  size,
  rows,
  max: 12,
  ...over,
});

const parse = (svg: string): Element =>
  new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;

describe('SIZES', () => {
  it('are a 640 px column (PNG at 2×), a 1200 × 675 card and a 1080 × 1080 square (PNG at 1×)', () => {
    expect(SIZES).toEqual({
      column: { width: 640, height: null, scale: 2 },
      social: { width: 1200, height: 675, scale: 1 },
      square: { width: 1080, height: 1080, scale: 1 },
    });
  });
});

describe('capacity', () => {
  it('social card, short words: 9 comfortable rows, 15 legible ones at most', () => {
    // Rows from 48 + 46 + 4 + 27.3 + 16 = 141.3 to 675 − 48 − (2 × 23.4 + 12) − 46 = 522.2:
    // 380.9 px, 9 rows of 40 px, 15 of 25.
    expect(capacity(SIZES.social, words)).toEqual({ fit: 9, max: 15 });
  });

  it('square, short words: 22 comfortable rows, 36 at most (type at 0.9)', () => {
    // pad 43, title 34 on 41 → 84, + 4 + 24.7 + 14 → 126.7; foot 2 × 20.8 + 11 = 52.6; more 18 +
    // 23.4 = 41.4: 1080 − 43 − 52.6 − 41.4 − 126.7 = 816.3 px; rows of 36 and 22.5 px.
    expect(capacity(SIZES.square, words)).toEqual({ fit: 22, max: 36 });
  });

  it('column: 10 rows by default, 60 at most (its height follows them)', () => {
    expect(capacity(SIZES.column, words)).toEqual({ fit: 10, max: 60 });
  });

  it('holds fewer rows when a note takes room at the foot', () => {
    const note = { ...words, note: 'Une note de la rédaction sur une ligne.' };
    // One more line of 19 px on 24.7: 380.9 − 24.7 = 356.2 px, 8 rows of 40, 14 of 25.
    expect(capacity(SIZES.social, note)).toEqual({ fit: 8, max: 14 });
  });
});

describe('imageLayout', () => {
  it('fits a column’s height to its rows', () => {
    // pad 29, title 23 on 28 → 57, + 2 + 16.9 + 10 → 85.9; 10 rows of 24; more 12 + 15.6;
    // foot 2 × 14.3 + 7; pad 29: 85.9 + 240 + 27.6 + 35.6 + 29 = 418.1 → 419.
    const rows = Array.from({ length: 10 }, (_, i) => row(`École ${i}`, 12 - i));
    const layout = imageLayout(input(SIZES.column, rows));
    expect([layout.width, layout.height]).toEqual([640, 419]);
    expect(layout.rows.map((r) => r.top)).toEqual([
      85.9, 109.9, 133.9, 157.9, 181.9, 205.9, 229.9, 253.9, 277.9, 301.9,
    ]);
  });

  it('puts rank, name, bar and value on one baseline, the bars on 0 → max', () => {
    // Rows of 40 px, text 24 px, rank and value 22.1 px, gaps of 14.4, dots of 6.72. Rank column
    // 3 × 0.6 × 22.1 + 14.4 = 54.18; value 6.72 + 14.4 + 7 × 0.6 × 22.1 = 113.94; the rest, 935.88,
    // 56 % to the name: bars from 48 + 54.18 + 524.09 + 6.72 = 632.99 to 1200 − 48 − 113.94 = 1038.06.
    const layout = imageLayout(input(SIZES.social, [row('A', 12), row('B', 6, '2e')]));
    const [a, b] = layout.rows;
    expect(a?.top).toBe(141.3);
    expect(a?.height).toBe(40);
    expect(a?.baseline).toBe(169.7);
    expect(a?.rank).toMatchObject({ x: 48, y: 169.7, size: 22.1, text: '1er' });
    expect(a?.name).toMatchObject({ x: 102.2, y: 169.7, size: 24, text: 'A' });
    expect(a?.bar).toEqual({ x0: 633, x1: 1038.1, y: 161.3, r: 6.7 });
    expect(a?.value).toMatchObject({ x: 1059.2, text: '12 mois' });
    expect(b?.top).toBe(181.3);
    expect(b?.bar.x1).toBe(835.5);
  });

  it('shares the room among more rows than are comfortable, and leaves out those past the most', () => {
    const rows = Array.from({ length: 20 }, (_, i) => row(`École ${i}`, 12 - i / 2));
    const layout = imageLayout(input(SIZES.social, rows));
    expect(layout.rows).toHaveLength(15);
    // 380.9 / 15 = 25.39 px a row, its text 15.2 px.
    expect(layout.rows[1]?.top).toBe(166.7);
    expect(layout.rows[0]?.font).toBe(15.2);
  });

  it('cuts a long name with an ellipsis to its column, and writes what the rows left out', () => {
    const name = 'École nationale supérieure des techniques avancées de Bretagne occidentale';
    const layout = imageLayout(
      input(SIZES.social, [row(name, 3)], { more: '… et 143 autres écoles' }),
    );
    // 524.09 − 14.4 = 509.69 px, 484.97 of them before « … » (1.03 em × 24 px = 24.72), so
    // 20,207 thousandths of an em (text-width.ts): « École nationale supérieure des techni » takes
    // 20,080 (17 letters of 640, « É » as « E », 6 of 340 « l i i », 3 of 415 « t r r », 6 spaces of
    // 340, « t » 415 …: summed by hand), « q » 640 more would pass it.
    expect(layout.rows[0]?.name.text).toBe('École nationale supérieure des techni…');
    expect(layout.texts.map((t) => t.text)).toContain('… et 143 autres écoles');
  });

  it('wraps a long title on three lines at most, the third ending in an ellipsis', () => {
    // 1104 px of 38 px bold, as text-width.ts estimates it (bold, in em: « m » 1.11, « o » and a
    // digit 0.72, « t » 0.495, a space 0.385, « … » 1.11): « mot0 » is 3.045 em, « mot10 » 3.765.
    // Line 1, mot0 to mot7: 27.055 em (1,028 px), « mot8 » would make it 1,158. Line 2, mot8 to
    // mot14: 27.225 em (1,035 px), « mot15 » 1,192. Line 3 would hold mot15 to mot21 (1,089 px),
    // but not « mot21 … » (1,146): it ends at mot20, then « … ».
    const title = Array.from({ length: 30 }, (_, i) => `mot${i}`).join(' ');
    const titles = imageLayout(input(SIZES.social, [], { title })).texts.filter((t) => t.bold);
    expect(titles.map((t) => t.text)).toEqual([
      'mot0 mot1 mot2 mot3 mot4 mot5 mot6 mot7',
      'mot8 mot9 mot10 mot11 mot12 mot13 mot14',
      'mot15 mot16 mot17 mot18 mot19 mot20 …',
    ]);
  });
});

describe('imageSvg', () => {
  it('is an SVG document of its size, light by default, its colours and font as attributes', () => {
    const { svg, width, height } = imageSvg(input(SIZES.square, [row('A', 12)]));
    expect([width, height]).toEqual([1080, 1080]);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1080" height="1080" viewBox="0 0 1080 1080"/,
    );
    expect(svg).toContain('<rect width="1080" height="1080" fill="#ffffff"/>');
    expect(svg).not.toMatch(/\sclass=|\sstyle=|var\(/);
  });

  it('takes another palette (the page’s dark theme)', () => {
    const dark = {
      bg: '#111418',
      text: '#e6e9ed',
      muted: '#9aa4ae',
      accent: '#6ea8fe',
      grid: '#2f3740',
    };
    const { svg } = imageSvg(input(SIZES.social, [row('A', 12)], { palette: dark }));
    expect(svg).toContain('<rect width="1200" height="675" fill="#111418"/>');
    expect(svg).toContain('<circle cx="1038.1" cy="161.3" r="6.7" fill="#6ea8fe"/>');
  });

  it('draws a note and writes every text as text: markup in a name or a note is escaped', () => {
    const { svg } = imageSvg(
      input(SIZES.social, [row('<b>X</b> & "Co"', 5)], { note: '<script>alert(1)</script>' }),
    );
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<script>');
    const root = parse(svg);
    const texts = Array.from(root.querySelectorAll('text'), (t) => t.textContent);
    expect(texts).toContain('<b>X</b> & "Co"');
    expect(texts).toContain('<script>alert(1)</script>');
  });

  it('tied schools share their rank text', () => {
    const rows = [row('A', 9, '15e ex æquo'), row('B', 9, '15e ex æquo'), row('C', 8, '17e')];
    const root = parse(imageSvg(input(SIZES.social, rows)).svg);
    const ranks = Array.from(root.querySelectorAll('g > text:first-child'), (t) => t.textContent);
    expect(ranks).toEqual(['15e ex æquo', '15e ex æquo', '17e']);
  });

  it('draws a school the author put forward (highlight=) with its name bold and its dot ringed', () => {
    const rows = [row('A', 9), { ...row('B', 8, '2e'), featured: true }, row('C', 7, '3e')];
    const root = parse(imageSvg(input(SIZES.social, rows)).svg);
    const groups = Array.from(root.querySelectorAll('g'));
    const bold = groups.map((g) => g.querySelectorAll('text')[1]?.getAttribute('font-weight'));
    const ring = groups.map((g) => g.querySelector('circle')?.getAttribute('stroke'));
    expect(bold).toEqual([null, 'bold', null]);
    expect(ring).toEqual([null, LIGHT.text, null]);
  });
});

describe('imageLayout, whatever the words and rows', () => {
  const text = fc.string({ maxLength: 160 });
  const rows = fc.array(
    fc.record({
      rank: fc
        .integer({ min: 1, max: 144 })
        .chain((k) => fc.constantFrom(`${k}e`, `${k}e ex æquo`, `tied ${k}th`)),
      name: fc.string({ maxLength: 120 }),
      value: fc.double({ min: 0, max: 12, noNaN: true }),
      valueText: fc.constantFrom('12 mois', '8,5 mois', '1 month', '10.5 months'),
    }),
    { maxLength: 80 },
  );
  const size = fc.constantFrom(SIZES.column, SIZES.social, SIZES.square);

  it('keeps every row inside the canvas, between the head and the foot, none overlapping', () => {
    fc.assert(
      fc.property(size, text, text, text, rows, (size, title, subtitle, note, rows) => {
        const words = {
          title,
          subtitle,
          note,
          source: 'Source : X.',
          link: 'Lien : L',
          more: '… et 3 autres',
        };
        const layout = imageLayout(input(size, rows, words));
        const { max } = capacity(size, words);
        expect(layout.rows.length).toBe(Math.min(rows.length, max));
        if (size.height !== null) expect(layout.height).toBe(size.height);
        const head = layout.texts.filter((t) => t.y < (layout.rows[0]?.top ?? 0));
        const foot = layout.texts.filter((t) => t.y > layout.rule.y);
        for (const [i, r] of layout.rows.entries()) {
          expect(r.top).toBeGreaterThanOrEqual(Math.max(...head.map((t) => t.y + t.size * 0.3)));
          expect(r.top + r.height).toBeLessThanOrEqual(layout.rule.y);
          // Legible: at the unit size, 15 px of row text and more.
          expect(r.font).toBeGreaterThanOrEqual(15 * typeUnit(size) - 0.1);
          const next = layout.rows[i + 1];
          if (next) expect(next.top).toBeGreaterThanOrEqual(r.top + r.height - 0.11);
          // Nothing past the right edge's padding, the value's text included.
          const right = r.value.x + r.value.text.length * 0.6 * r.value.size;
          expect(right).toBeLessThanOrEqual(size.width - 28);
          expect(r.name.x + r.name.text.length * 0.6 * r.font).toBeLessThanOrEqual(r.bar.x0);
        }
        for (const t of [...layout.texts]) {
          expect(t.y - t.size).toBeGreaterThanOrEqual(0);
          expect(t.y + t.size * 0.3).toBeLessThanOrEqual(layout.height);
          expect(t.x + t.text.length * 0.6 * t.size).toBeLessThanOrEqual(size.width - t.x + 0.5);
        }
        // The foot's lines never run into each other.
        for (let i = 1; i < foot.length; i += 1) {
          const [a, b] = [foot[i - 1], foot[i]];
          if (a && b) expect(b.y - b.size * 0.85).toBeGreaterThanOrEqual(a.y);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('draws every row’s name as the text given (cut to fit), the document well-formed', () => {
    fc.assert(
      fc.property(size, rows, (size, rows) => {
        const doc = imageSvg(input(size, rows));
        const root = parse(doc.svg);
        expect(root.querySelector('parsererror')).toBeNull();
        const names = Array.from(
          root.querySelectorAll('g > text:nth-child(2)'),
          (t) => t.textContent,
        );
        const layout = imageLayout(input(size, rows));
        // Printable ASCII names, < > & " ' among them: read back as written.
        expect(names).toEqual(layout.rows.map((r) => r.name.text));
      }),
      { numRuns: 100 },
    );
  });
});
