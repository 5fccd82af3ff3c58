// @vitest-environment jsdom
// Each chart's SVG on the seed at a phone's width (375 px) and a desktop's (1280 px), kept as a file
// beside this test: numbers rounded to hundredths, Svelte's comments and style hashes taken out, so
// that a snapshot changes only when the drawing does. Looking at the diff of one is reviewing the
// drawing; `npx vitest run tests/charts/snapshots.test.ts -u` writes them again after a change.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import ChartsHarness from './ChartsHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';

const dataset = buildDataset(seedText);
const schools = dataset.ranking.schools;
const distribution = dataset.distribution ?? (null as never);

/** The width every chart frame measures (jsdom lays nothing out: it would measure 0). */
let frameWidth = 0;
beforeEach(() => {
  // The frame reads its clientWidth when its ResizeObserver reports (at once here: tests/setup.ts).
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(function (this: Element) {
    return this.classList.contains('chart') ? frameWidth : 0;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A number rounded to hundredths, without trailing zeros or a minus zero. */
const round = (text: string): string => String(Math.round(Number(text) * 100) / 100 + 0);

/** Svelte's scoped-style hashes taken out of a class attribute; none left, no attribute. */
const classes = (_: string, list: string): string => {
  const kept = list.split(/\s+/).filter((c) => c !== '' && !/^(?:svelte|sv)-[a-z0-9]+$/.test(c));
  return kept.length > 0 ? ` class="${kept.join(' ')}"` : '';
};

/** Generated ids (`$props.id()`: c1, c2… in the order components mount) → id1, id2… in the
 *  order they appear, with every reference to them. */
function stableIds(markup: string): string {
  const ids = [...markup.matchAll(/ id="([^"]+)"/g)].map((m) => m[1] ?? '');
  return ids.reduce((text, id, i) => text.split(id).join(`id${i + 1}`), markup);
}

/** A copy of the SVG with each element's attributes in alphabetical order: the order Svelte sets
 *  them in changes with the way the markup is written, not with the drawing. */
function sortedAttributes(svg: Element): Element {
  const copy = svg.cloneNode(true) as Element;
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    const attributes = [...el.attributes]
      .map((a) => [a.name, a.value] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name] of attributes) el.removeAttribute(name);
    for (const [name, value] of attributes) el.setAttribute(name, value);
  }
  return copy;
}

/** The SVG's markup, stable across runs and Svelte versions, one element a line. */
export function stableSvg(svg: Element): string {
  const markup = sortedAttributes(svg)
    .outerHTML // Svelte's hydration and block markers.
    .replace(/<!--[^]*?-->/g, '')
    .replace(/ class="([^"]*)"/g, classes)
    .replace(/-?\d*\.\d+(?:e-?\d+)?/g, round)
    // An element with no child closes itself.
    .replace(/<([a-zA-Z]+)([^<>]*)><\/\1>/g, '<$1$2/>')
    .replace(/></g, '>\n<');
  return `${stableIds(markup)}\n`;
}

describe.each([375, 1280])('the charts on the seed at %d px', (width) => {
  const draw = (chart: 'histogram' | 'strip' | 'ranking'): string => {
    frameWidth = width;
    const { container } = render(ChartsHarness, {
      chart,
      schools,
      all: schools,
      distribution,
      view: new ViewState(),
    });
    const svg = container.querySelector('svg[role="img"]');
    if (!svg) throw new Error(`no SVG drawn for ${chart}`);
    // Drawn at the width measured, not the frame's default.
    expect(svg.getAttribute('width')).toBe(String(width));
    return stableSvg(svg);
  };

  it('Histogram', async () => {
    await expect(draw('histogram')).toMatchFileSnapshot(`./__snapshots__/histogram-${width}.svg`);
  });

  it('Strip', async () => {
    await expect(draw('strip')).toMatchFileSnapshot(`./__snapshots__/strip-${width}.svg`);
  });

  it('RankingChart', async () => {
    await expect(draw('ranking')).toMatchFileSnapshot(`./__snapshots__/ranking-${width}.svg`);
  });
});

describe('stableSvg', () => {
  it('names generated ids by order of appearance, references too', () => {
    const g = document.createElement('div');
    g.innerHTML =
      '<svg><clipPath id="c7-labels-0"></clipPath><g clip-path="url(#c7-labels-0)"></g></svg>';
    const svg = g.querySelector('svg');
    if (!svg) throw new Error('no svg');
    expect(stableSvg(svg)).toBe(
      '<svg>\n<clipPath id="id1"/>\n<g clip-path="url(#id1)"/>\n</svg>\n',
    );
  });

  it('writes attributes in alphabetical order', () => {
    const g = document.createElement('div');
    g.innerHTML = '<svg><rect y="2" height="3" x="1"></rect></svg>';
    const svg = g.querySelector('svg');
    if (!svg) throw new Error('no svg');
    expect(stableSvg(svg)).toBe('<svg>\n<rect height="3" x="1" y="2"/>\n</svg>\n');
  });

  it('rounds numbers to hundredths and drops Svelte markers and style hashes', () => {
    const g = document.createElement('div');
    g.innerHTML =
      '<svg width="375"><!----><rect class="svelte-1abc2de" x="40.123456" y="-0.001"></rect><circle class="out svelte-xyz987" r="2.3"></circle></svg>';
    const svg = g.querySelector('svg');
    if (!svg) throw new Error('no svg');
    expect(stableSvg(svg)).toBe(
      '<svg width="375">\n<rect x="40.12" y="0"/>\n<circle class="out" r="2.3"/>\n</svg>\n',
    );
  });
});
