// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { FIRST_ROWS, GROW_SLICE_MS, ROWS_PER_TASK, grown } from '../../src/lib/windowing';
import Growing from './Growing.svelte';

const items = () => document.querySelectorAll('li').length;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('GrowingRows', () => {
  it('draws the first rows, then steps of rows in each task while it has time, until the whole list', async () => {
    expect([FIRST_ROWS, ROWS_PER_TASK, GROW_SLICE_MS]).toEqual([16, 20, 10]);
    // Each reading of the clock 4 ms later: a step and its drawing take 4 ms, so a task takes three
    // steps (after 4 and 8 ms it has time for another, after 12 it has not).
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 4));
    render(Growing, { n: 130, on: true });
    expect(items()).toBe(16);
    const seen: number[] = [];
    for (let i = 0; i < 6; i++) {
      await nextTask();
      seen.push(items());
    }
    // 16 → 76 (three steps of 20) → 130 (the last steps capped at the list's end).
    expect([...new Set(seen)]).toEqual([76, 130]);
  });

  it('takes a single step in a task whose step alone takes the slice', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += GROW_SLICE_MS));
    render(Growing, { n: 60, on: true });
    const seen: number[] = [];
    for (let i = 0; i < 4; i++) {
      await nextTask();
      seen.push(items());
    }
    expect([...new Set(seen)]).toEqual([36, 56, 60]);
  });

  it('grown() resolves once every list is whole', async () => {
    render(Growing, { n: 200, on: true });
    expect(items()).toBe(16);
    await grown();
    expect(items()).toBe(200);
    await expect(grown()).resolves.toBeUndefined();
  });

  it('draws every row at once where the page does not grow its lists, or says not to', () => {
    render(Growing, { n: 130 });
    expect(items()).toBe(130);
    document.body.innerHTML = '';
    render(Growing, { n: 130, on: false });
    expect(items()).toBe(130);
  });

  it('grown(label) waits for the lists of that label only', async () => {
    // One step a task (each takes the whole slice), whatever the machine's speed.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += GROW_SLICE_MS));
    render(Growing, { n: 200, on: true, label: 'long' });
    render(Growing, { n: 60, on: true, label: 'short' });
    await grown('short');
    const [long, short] = Array.from(document.querySelectorAll('ol'), (ol) => ol.children.length);
    expect(short).toBe(60);
    expect(long).toBeLessThan(200);
    await grown('long');
    expect(document.querySelectorAll('ol')[0]?.children.length).toBe(200);
  });

  it('a short list is whole at once, and grown() does not wait for it', async () => {
    render(Growing, { n: 12, on: true });
    expect(items()).toBe(12);
    await expect(grown()).resolves.toBeUndefined();
  });
});
