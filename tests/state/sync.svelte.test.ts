// @vitest-environment jsdom
// The view → the address: written a moment after a change (one write per burst of typing, a step
// once its frame is drawn), pushed or replaced by what changed, and never over an address that
// back/forward just restored.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ViewState } from '../../src/lib/state/view.svelte';
import { FRAME_WAIT_MS, WRITE_DELAY_MS, syncWithUrl } from '../../src/lib/state/sync.svelte';
import { fromSearch } from '../../src/lib/state/url';

describe('syncWithUrl', () => {
  let stop: () => void = () => {};
  const known = { families: new Set(['mines', 'centrale']) };
  const start = (): ViewState => {
    // The first view comes from the address, as the explorer model reads it.
    const view = new ViewState(fromSearch(window.location.search, known));
    stop = $effect.root(() => syncWithUrl(view, () => known));
    flushSync();
    return view;
  };
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('writes a burst of typing once, after the delay, replacing the entry', () => {
    const view = start();
    const entries = window.history.length;
    const writes = vi.spyOn(window.history, 'replaceState');
    for (const q of ['c', 'ce', 'cen']) {
      view.search(q);
      flushSync();
      vi.advanceTimersByTime(WRITE_DELAY_MS - 1);
    }
    expect(window.location.search).toBe('');
    vi.advanceTimersByTime(1);
    expect(window.location.search).toBe('?q=cen');
    expect(writes).toHaveBeenCalledTimes(1);
    expect(window.history.length).toBe(entries);
    writes.mockRestore();
  });

  it('pushes a new step of the history once its frame is drawn, with the search typed so far', () => {
    const view = start();
    const entries = window.history.length;
    view.search('mi');
    flushSync();
    expect(view.link('http://x.test/app/?old=1#top')).toBe('http://x.test/app/?q=mi');
    const pushes = vi.spyOn(window.history, 'pushState');
    view.toggleFamily('mines');
    flushSync();
    // Not in the change's own task (pushState makes Chromium lay the page out first).
    expect(pushes).not.toHaveBeenCalled();
    expect(window.location.search).toBe('');
    // The next frame (16 ms with fake timers), then a task after it.
    vi.advanceTimersByTime(17);
    expect(pushes).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?q=mi&fam=mines');
    expect(window.history.length).toBe(entries + 1);
    // Nothing left to write: the typing was part of that step.
    const writes = vi.spyOn(window.history, 'replaceState');
    vi.advanceTimersByTime(WRITE_DELAY_MS);
    expect(writes).not.toHaveBeenCalled();
    writes.mockRestore();
    pushes.mockRestore();
  });

  it('two steps within a frame are two entries of the history, in their order', () => {
    const view = start();
    const entries = window.history.length;
    view.toggleFamily('mines');
    flushSync();
    view.toggleFamily('centrale');
    flushSync();
    // The first step was pushed when the second came; the second waits for its frame.
    expect(window.location.search).toBe('?fam=mines');
    vi.advanceTimersByTime(17);
    expect(window.location.search).toBe('?fam=mines%2Ccentrale');
    expect(window.history.length).toBe(entries + 2);
  });

  it('a step is pushed within FRAME_WAIT_MS when no frame comes (a hidden page)', () => {
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const view = start();
    view.toggleFamily('mines');
    flushSync();
    vi.advanceTimersByTime(FRAME_WAIT_MS - 1);
    expect(window.location.search).toBe('');
    vi.advanceTimersByTime(1);
    expect(window.location.search).toBe('?fam=mines');
    frames.mockRestore();
  });

  it('in an embed every change replaces the entry, after the delay', () => {
    window.history.replaceState(null, '', '/?embed=table');
    const view = start();
    const entries = window.history.length;
    view.toggleFamily('mines');
    flushSync();
    expect(window.location.search).toBe('?embed=table');
    vi.advanceTimersByTime(WRITE_DELAY_MS);
    expect(window.location.search).toBe('?fam=mines&embed=table');
    expect(window.history.length).toBe(entries);
  });

  it('back/forward cancels a pending write and restores the view from the address', () => {
    const view = start();
    view.search('x');
    flushSync();
    // Back, before the search was written: the history's entry is now another view.
    window.history.replaceState(null, '', '/?fam=centrale');
    window.dispatchEvent(new PopStateEvent('popstate'));
    flushSync();
    vi.advanceTimersByTime(WRITE_DELAY_MS * 2);
    expect(window.location.search).toBe('?fam=centrale');
    expect(view.families).toEqual(['centrale']);
    expect(view.query).toBe('');
  });

  it('leaving the page writes what is pending at once', () => {
    const view = start();
    view.search('mines');
    flushSync();
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?q=mines');
  });
});
