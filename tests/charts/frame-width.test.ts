// @vitest-environment jsdom
// The column's width the charts start at (src/lib/charts/frame-width.ts): recorded by the frames
// that span the page's column (the ranking's, the histogram's, the dot plot's), not by a narrower
// one (the map's), and never as 0 (a hidden frame).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import ChartsHarness from './ChartsHarness.svelte';
import PlacesHarness from '../components/PlacesHarness.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { parsePlaces } from '../../src/lib/data/places';
import { ViewState } from '../../src/lib/state/view.svelte';
import { DEFAULT_WIDTH, frameWidth, measuredFrame } from '../../src/lib/charts/frame-width';
import { seedText } from '../seed-text';

const dataset = buildDataset(seedText);
const schools = dataset.ranking.schools;
const distribution = dataset.distribution ?? (null as never);
const places = parsePlaces(readFileSync('data/lieux.csv', 'utf8')).byId;

/** Every chart frame measures `width` (jsdom lays nothing out). */
const framesMeasure = (width: number): void => {
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(function (this: Element) {
    return this.classList.contains('chart') ? width : 0;
  });
};
afterEach(() => {
  vi.restoreAllMocks();
});

describe('frameWidth', () => {
  it('is the column’s width as its charts measured it; the map’s narrower frame leaves it', () => {
    expect(frameWidth()).toBe(DEFAULT_WIDTH);
    expect(DEFAULT_WIDTH).toBe(640);

    framesMeasure(500);
    render(ChartsHarness, {
      chart: 'ranking',
      schools,
      all: schools,
      distribution,
      view: new ViewState(),
    });
    expect(frameWidth()).toBe(500);

    framesMeasure(300);
    const { container } = render(PlacesHarness, { schools, places });
    expect(container.querySelector('svg[role="img"]')?.getAttribute('width')).toBe('300');
    expect(frameWidth()).toBe(500);

    render(ChartsHarness, {
      chart: 'histogram',
      schools,
      distribution,
      view: new ViewState(),
    });
    expect(frameWidth()).toBe(300);
  });

  it('draws a chart whose frame measures 0 (not displayed) at the width it started at', () => {
    measuredFrame(480);
    framesMeasure(0);
    const { container } = render(ChartsHarness, {
      chart: 'ranking',
      schools,
      all: schools,
      distribution,
      view: new ViewState(),
    });
    expect(container.querySelector('svg[role="img"]')?.getAttribute('width')).toBe('480');
    expect(frameWidth()).toBe(480);
  });

  it('keeps the last width when a hidden frame measures 0', () => {
    measuredFrame(720);
    measuredFrame(0);
    expect(frameWidth()).toBe(720);
  });
});

describe('prerenderedFrame', () => {
  afterEach(() => {
    document.body.textContent = '';
  });

  it('records the prerendered column frame’s width, not a narrower frame’s', async () => {
    vi.resetModules();
    const fresh = await import('../../src/lib/charts/frame-width');
    document.body.innerHTML =
      '<div class="chart" style="width: 300px"></div><div class="chart" data-column=""></div>';
    vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(function (this: Element) {
      return this.hasAttribute('data-column') ? 412 : 300;
    });
    expect(fresh.frameWidth()).toBe(fresh.DEFAULT_WIDTH);
    fresh.prerenderedFrame(document.body);
    expect(fresh.frameWidth()).toBe(412);
    fresh.measuredFrame(380);
    expect(fresh.frameWidth()).toBe(380);
  });

  it('leaves the default when no column frame was prerendered, or it is not laid out', async () => {
    vi.resetModules();
    const fresh = await import('../../src/lib/charts/frame-width');
    fresh.prerenderedFrame(document.body);
    expect(fresh.frameWidth()).toBe(fresh.DEFAULT_WIDTH);
    document.body.innerHTML = '<div class="chart" data-column=""></div>';
    fresh.prerenderedFrame(document.body);
    expect(fresh.frameWidth()).toBe(fresh.DEFAULT_WIDTH);
  });
});
