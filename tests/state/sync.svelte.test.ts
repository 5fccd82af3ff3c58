// @vitest-environment jsdom
// The view → the address: written a moment after a change (one write per burst of typing), pushed
// or replaced by what changed, and never over an address that back/forward just restored.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ViewState } from '../../src/lib/state/view.svelte';
import { WRITE_DELAY_MS, syncWithUrl } from '../../src/lib/state/sync.svelte';

describe('syncWithUrl', () => {
  let stop: () => void = () => {};
  const known = { families: new Set(['mines', 'centrale']) };
  const start = (): ViewState => {
    const view = new ViewState();
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
      view.query = q;
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

  it('pushes a new entry when more than the search changed, and a link is right at once', () => {
    const view = start();
    const entries = window.history.length;
    view.families = ['mines'];
    flushSync();
    expect(view.link('http://x.test/app/?old=1#top')).toBe('http://x.test/app/?fam=mines');
    vi.advanceTimersByTime(WRITE_DELAY_MS);
    expect(window.location.search).toBe('?fam=mines');
    expect(window.history.length).toBe(entries + 1);
  });

  it('back/forward cancels a pending write and restores the view from the address', () => {
    const view = start();
    window.history.replaceState(null, '', '/?fam=centrale');
    view.query = 'x';
    flushSync();
    window.dispatchEvent(new PopStateEvent('popstate'));
    flushSync();
    vi.advanceTimersByTime(WRITE_DELAY_MS * 2);
    expect(window.location.search).toBe('?fam=centrale');
    expect(view.families).toEqual(['centrale']);
    expect(view.query).toBe('');
  });

  it('leaving the page writes what is pending at once', () => {
    const view = start();
    view.query = 'mines';
    flushSync();
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?q=mines');
  });
});
