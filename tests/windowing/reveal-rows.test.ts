// @vitest-environment jsdom
// RevealRows: a widened list shows its rows again a slice per frame, nearest to those shown first.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import { REVEAL_PER_FRAME } from '../../src/lib/windowing';
import Reveal from './Reveal.svelte';

const listed = (): string[] =>
  Array.from(document.querySelectorAll('li:not([hidden])'), (li) => li.textContent ?? '');
/** After a frame and the task that follows it: where the next slice comes. */
const afterFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const ids = (from: number, to: number): string[] =>
  Array.from({ length: to - from }, (_, i) => `r${from + i}`);

describe('RevealRows', () => {
  it('shows 100 rows again in three frames, those next to the 4 shown first', async () => {
    expect(REVEAL_PER_FRAME).toBe(40);
    const shown = new Set(ids(50, 54));
    const { rerender } = render(Reveal, { n: 104, shown, on: true });
    expect(listed()).toEqual(ids(50, 54));
    await rerender({ shown: new Set(ids(0, 104)) });
    // 40 at once: r49 and r54 (one away), r48 and r55… up to 20 away on each side.
    expect(listed()).toEqual(ids(30, 74));
    await afterFrame();
    // 40 more: 21 to 40 away on each side (r10–r29 and r74–r93).
    expect(listed()).toEqual(ids(10, 94));
    await afterFrame();
    // The last 20: r0–r9 and r94–r103.
    expect(listed()).toEqual(ids(0, 104));
  });

  it('hides at once what a narrower filter leaves out, and still holds back only what is far from the rows shown', async () => {
    const { rerender } = render(Reveal, { n: 104, shown: new Set(['r0']), on: true });
    await rerender({ shown: new Set(ids(0, 104)) });
    // r1–r40 shown; then the filter changes before the next frame: r0–r19 and r90–r103.
    expect(listed()).toEqual(ids(0, 41));
    await rerender({ shown: new Set([...ids(0, 20), ...ids(90, 104)]) });
    // r0–r19 stay; r90–r103, held back until now, come at once (14, fewer than a slice).
    expect(listed()).toEqual([...ids(0, 20), ...ids(90, 104)]);
  });

  it('shows every row at once where the page does not grow its lists', async () => {
    const { rerender } = render(Reveal, { n: 104, shown: new Set(['r0']) });
    await rerender({ shown: new Set(ids(0, 104)) });
    expect(listed()).toEqual(ids(0, 104));
  });

  it('shows every row when the list has no filter', async () => {
    const { rerender } = render(Reveal, { n: 104, shown: new Set(['r0']), on: true });
    await rerender({ shown: null });
    expect(listed()).toEqual(ids(0, 104));
  });
});
