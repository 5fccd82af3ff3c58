// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import { FIRST_ROWS, ROWS_PER_TASK, grown } from '../../src/lib/windowing';
import Growing from './Growing.svelte';

const items = () => document.querySelectorAll('li').length;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('GrowingRows', () => {
  it('draws the first rows, then a slice more in each task, until the whole list', async () => {
    expect(FIRST_ROWS).toBe(16);
    expect(ROWS_PER_TASK).toBe(20);
    render(Growing, { n: 130, on: true });
    expect(items()).toBe(16);
    const seen: number[] = [];
    for (let i = 0; i < 12; i++) {
      await nextTask();
      seen.push(items());
    }
    // 16 → 36 → 56 → … → 116 → 130, one step a task (a step may land a task late on a busy machine).
    expect([...new Set(seen)].filter((n) => n > 16)).toEqual([36, 56, 76, 96, 116, 130]);
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
