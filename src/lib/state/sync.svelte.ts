// View state ⇄ the page's URL: a change of view writes the query string; back/forward and a shared
// link restore the view. Call once, during the app component's initialisation.
import type { ViewState } from './view.svelte';
import { fromSearch, onlyQueryDiffers, toSearch, type Known } from './url';

/** How long a change of view waits before it is written to the address, in milliseconds. */
export const WRITE_DELAY_MS = 80;

export function syncWithUrl(view: ViewState, known: () => Known, win: Window = window): void {
  // A link → the view, before the first render.
  view.apply(fromSearch(win.location.search, known()));

  // The view → the URL, on every change of what a link restores. The write waits a moment (WRITE_DELAY_MS):
  // history.replaceState costs a few milliseconds in Chromium, which a keystroke's frame cannot spare, and
  // a word typed in the search box then makes one write instead of one per letter. Whether the entry is
  // pushed or replaced is decided against the address at the time of writing, so changes that arrive
  // together count as one step of the history.
  let latest: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (): void => {
    timer = undefined;
    const search = latest;
    latest = null;
    const current = win.location.search;
    if (search === null || search === current) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    // In an embed every change replaces the entry: a frame's history entries would otherwise
    // join the host page's, and its back button would step through the embed's sorts and picks.
    const replace = view.embed !== null || onlyQueryDiffers(search, current);
    if (replace) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  };
  $effect(() => {
    latest = toSearch(view.params);
    clearTimeout(timer);
    timer = setTimeout(write, WRITE_DELAY_MS);
  });
  // Leaving the page (a reload, a link followed) writes what is pending first.
  $effect(() => {
    const now = (): void => {
      clearTimeout(timer);
      write();
    };
    win.addEventListener('pagehide', now);
    return () => {
      win.removeEventListener('pagehide', now);
      clearTimeout(timer);
    };
  });

  // Back and forward → the view.
  $effect(() => {
    const restore = (): void => {
      // The address is the history's now: a write still pending would overwrite it.
      clearTimeout(timer);
      latest = null;
      view.apply(fromSearch(win.location.search, known()));
    };
    win.addEventListener('popstate', restore);
    return () => win.removeEventListener('popstate', restore);
  });
}
