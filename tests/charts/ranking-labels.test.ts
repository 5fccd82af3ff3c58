// @vitest-environment jsdom
// The ranking chart's tie labels hide no mark, read from what is drawn: the rendered component's SVG
// attributes, and the standalone SVG a download builds from it, at 320, 375, 640 and 1280 px.
// (jsdom lays no text out: a label's text is taken as 0.6 em a character of its 10.5 px font, one
// line of 1.3 em; the browser test, tests/e2e/ranking-labels.spec.ts, measures the real text.)
import { afterEach, describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import ChartsHarness from './ChartsHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { chartDocument } from '../../src/lib/export/chart';
import { seedText } from '../seed-text';

const dataset = buildDataset(seedText);
const schools = dataset.ranking.schools;
const distribution = dataset.distribution ?? (null as never);

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const overlap = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const num = (e: Element | null | undefined, name: string): number =>
  Number(e?.getAttribute(name) ?? NaN);
/** The y of a `translate(0 y)`. */
const shift = (e: Element): number =>
  Number(/translate\(0 (-?[\d.]+)\)/.exec(e.getAttribute('transform') ?? '')?.[1] ?? NaN);

/** Every mark a label must not cover, and every label, found in a chart's SVG by its structure. */
function read(svg: Element): {
  labels: (Box & { text: string })[];
  marks: (Box & { what: string })[];
} {
  const marks: (Box & { what: string })[] = [];
  const labels: (Box & { text: string })[] = [];
  for (const g of svg.querySelectorAll('g')) {
    const kids = [...g.children];
    const circle = kids.find((k) => k.localName === 'circle');
    const line = kids.find((k) => k.localName === 'line');
    const text = kids.find((k) => k.localName === 'text');
    const rect = kids.find((k) => k.localName === 'rect');
    if (circle && line) {
      // A row: its stem from x1 to x2 (1.5 px wide), its dot, at the row's middle.
      const y = shift(g);
      const name = kids.filter((k) => k.localName === 'text')[1]?.textContent ?? '?';
      const [x1, x2] = [num(line, 'x1'), num(line, 'x2')];
      marks.push({
        left: Math.min(x1, x2),
        right: Math.max(x1, x2),
        top: y - 0.75,
        bottom: y + 0.75,
        what: `stem of ${name}`,
      });
      const [cx, r] = [num(circle, 'cx'), num(circle, 'r')];
      marks.push({
        left: cx - r,
        right: cx + r,
        top: y - r,
        bottom: y + r,
        what: `dot of ${name}`,
      });
    } else if (kids.length === 2 && rect && text) {
      // A tie label: its patch and its text, in the band's first row.
      const y = shift(g);
      const x = num(text, 'x');
      const chars = text.textContent?.length ?? 0;
      const mid = y + num(text, 'y');
      labels.push({
        left: Math.min(num(rect, 'x'), x),
        right: Math.max(num(rect, 'x') + num(rect, 'width'), x + chars * 10.5 * 0.6),
        top: Math.min(y + num(rect, 'y'), mid - (10.5 * 1.3) / 2),
        bottom: Math.max(y + num(rect, 'y') + num(rect, 'height'), mid + (10.5 * 1.3) / 2),
        text: text.textContent ?? '',
      });
    } else if (line && !text && kids.every((k) => k.localName === 'line' || k.localName === 'g')) {
      // The CTI lines: vertical, across the plot (their labels are in the groups beside them).
      for (const l of kids.filter((k) => k.localName === 'line')) {
        const x = num(l, 'x1');
        marks.push({
          left: x - 0.75,
          right: x + 0.75,
          top: num(l, 'y1'),
          bottom: num(l, 'y2'),
          what: 'CTI line',
        });
      }
    }
  }
  return { labels, marks };
}

const covered = (found: ReturnType<typeof read>): string[] =>
  found.labels.flatMap((label) =>
    found.marks.filter((m) => overlap(label, m)).map((m) => `${label.text} over the ${m.what}`),
  );

/** The chart drawn at `width` px: jsdom lays nothing out, so the frame's measure is given. */
function renderAt(width: number): SVGSVGElement {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => width,
  });
  render(ChartsHarness, {
    chart: 'ranking',
    schools,
    all: schools,
    distribution,
    view: new ViewState(),
  });
  const svg = document.querySelector('svg[role="img"]');
  if (!(svg instanceof SVGSVGElement)) throw new Error('no chart');
  return svg;
}

afterEach(() => {
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
});

describe('RankingChart: tie labels hide no mark', () => {
  it.each([320, 375, 640, 1280])('on the page at %d px', (width) => {
    const svg = renderAt(width);
    expect(svg.getAttribute('width')).toBe(String(width));
    const found = read(svg);
    // What was read: 144 stems and dots, the two CTI lines, and some labels.
    expect(found.marks.filter((m) => m.what.startsWith('dot'))).toHaveLength(144);
    expect(found.marks.filter((m) => m.what === 'CTI line')).toHaveLength(2);
    expect(found.labels.length).toBeGreaterThan(2);
    expect(covered(found)).toEqual([]);
  });

  it.each([320, 375, 640, 1280])('in the SVG downloaded at %d px', (width) => {
    const doc = chartDocument(renderAt(width), {
      title: 'Classement',
      subtitle: 'Filtre',
      legend: [],
      source: 'Source',
      link: 'Lien',
    });
    const parsed = new DOMParser().parseFromString(doc.svg, 'image/svg+xml');
    const chart = parsed.documentElement.querySelector('svg');
    if (!chart) throw new Error('no chart in the download');
    const found = read(chart);
    expect(found.marks.filter((m) => m.what.startsWith('dot'))).toHaveLength(144);
    expect(found.marks.filter((m) => m.what === 'CTI line')).toHaveLength(2);
    expect(found.labels.length).toBeGreaterThan(2);
    expect(covered(found)).toEqual([]);
  });
});

describe('RankingChart: what a tie label said is in each row’s title and the tooltip', () => {
  const firstBand = (svg: Element) =>
    [...svg.querySelectorAll('.tie-labels g:not([data-off])')]
      .filter((g) => shift(g) === 56)
      .map((g) => g.querySelector('text')?.textContent?.replace(/\s/g, ' '));

  it('at 640 px the axis ends at 15 months, so that the first place has its short label', () => {
    // 276 + 348 × 12 / top + 6 + 4 + 9 × 7 ≤ 638 from top = 15 (14.4…), at most 12 × 1.25.
    const svg = renderAt(640);
    expect(firstBand(svg)).toEqual(['4 ex æquo']);
  });

  it('at 320 px the first place has no label, and its rows still say rank, tie and months', () => {
    const svg = renderAt(320);
    // No label in the first band's row (row 0, 56 px down): no room after the 12-month dots, and
    // the axis would have to end at 22 months (170 + 134 × 12 / top + 73 ≤ 318) to make some.
    expect(firstBand(svg)).toEqual([]);
    // Each tied school's title: its name, its months and its rank with « ex æquo ».
    const titles = [...svg.querySelectorAll('.rows .row title')].map((t) =>
      (t.textContent ?? '').replace(/\s/g, ' '),
    );
    expect(titles[0]).toBe('CPE Lyon : 12 mois, 1er ex æquo');
    const tied = schools.filter((s) => s.tie.size > 1);
    expect(tied.length).toBeGreaterThan(100);
    schools.forEach((s, i) => {
      expect(titles[i]?.startsWith(`${s.name} : `)).toBe(true);
      expect(titles[i]?.endsWith(' ex æquo')).toBe(s.tie.size > 1);
    });
  });
});
