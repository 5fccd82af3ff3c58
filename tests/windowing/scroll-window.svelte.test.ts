// @vitest-environment jsdom
// ScrollWindow: the page's scroll → the rows a windowed list draws, measured at most once a frame,
// again when what the measurer reads changes, and not at all while it gives no measure.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_WINDOW, ScrollWindow } from '../../src/lib/windowing';

/** A window whose frames run when `frame()` is called, and whose scroll events the test sends. */
function fakeWindow() {
  const target = new EventTarget();
  let queued: FrameRequestCallback[] = [];
  const win = {
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    requestAnimationFrame: (run: FrameRequestCallback) => queued.push(run),
    cancelAnimationFrame: (id: number) => {
      queued = queued.map((run, i) => (i + 1 === id ? () => {} : run));
    },
  } as unknown as Window;
  const frame = () => {
    const now = queued;
    queued = [];
    now.forEach((run) => run(0));
  };
  const scroll = () => target.dispatchEvent(new Event('scroll'));
  return { win, frame, scroll, pending: () => queued.length };
}

describe('ScrollWindow', () => {
  let stop: () => void = () => {};
  afterEach(() => stop());

  it('starts with the first rows, then holds what each frame measures', () => {
    const { win, frame, scroll } = fakeWindow();
    let top = 0;
    const measure = vi.fn(() => [top, top + 10] as const);
    let scrolled!: ScrollWindow;
    stop = $effect.root(() => {
      scrolled = new ScrollWindow(() => measure, win);
    });
    flushSync();
    expect(scrolled.range).toEqual(FIRST_WINDOW);
    frame();
    expect(scrolled.range).toEqual([0, 10]);
    top = 50;
    // Three scroll events in one frame: one measure.
    scroll();
    scroll();
    scroll();
    frame();
    expect(measure).toHaveBeenCalledTimes(2);
    expect(scrolled.range).toEqual([50, 60]);
  });

  it('measures again when what the measurer reads changes, and stops when it gives none', () => {
    const { win, frame, scroll, pending } = fakeWindow();
    const rows = $state({ count: 100, windowed: true });
    let scrolled!: ScrollWindow;
    stop = $effect.root(() => {
      scrolled = new ScrollWindow(() => {
        if (!rows.windowed) return null;
        const count = rows.count;
        return () => [0, count] as const;
      }, win);
    });
    flushSync();
    frame();
    expect(scrolled.range).toEqual([0, 100]);
    rows.count = 40;
    flushSync();
    frame();
    expect(scrolled.range).toEqual([0, 40]);
    rows.windowed = false;
    flushSync();
    scroll();
    expect(pending()).toBe(0);
    expect(scrolled.range).toEqual([0, 40]);
  });
});
