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
  it('shows 100 rows again in five frames, those next to the 4 shown first', async () => {
    expect(REVEAL_PER_FRAME).toBe(24);
    const shown = new Set(ids(50, 54));
    const { rerender } = render(Reveal, { n: 104, shown, on: true });
    expect(listed()).toEqual(ids(50, 54));
    await rerender({ shown: new Set(ids(0, 104)) });
    // 24 at once: r49 and r54 (one away), r48 and r55… up to 12 away on each side.
    expect(listed()).toEqual(ids(38, 66));
    await afterFrame();
    // 24 more: 13 to 24 away on each side (r26–r37 and r66–r77).
    expect(listed()).toEqual(ids(26, 78));
    await afterFrame();
    expect(listed()).toEqual(ids(14, 90));
    await afterFrame();
    expect(listed()).toEqual(ids(2, 102));
    await afterFrame();
    // The last 4: r0, r1, r102 and r103.
    expect(listed()).toEqual(ids(0, 104));
  });

  it('hides at once what a narrower filter leaves out, and still holds back only what is far from the rows shown', async () => {
    const { rerender } = render(Reveal, { n: 104, shown: new Set(['r0']), on: true });
    await rerender({ shown: new Set(ids(0, 104)) });
    // r1–r24 shown; then the filter changes before the next frame: r0–r19 and r90–r103.
    expect(listed()).toEqual(ids(0, 25));
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
