// View state ⇄ the page's URL: a change of view writes the query string; back/forward restore the
// view. Call once, during the app component's initialisation. The first view a link gives is read
// by whoever makes the view (the explorer model, from the entry point's `location.search`): nothing
// here touches the window before the effects run, so the page renders on a server.
import type { ViewState } from './view.svelte';
import { historyStep, toSearch, fromSearch, type Known } from './url';
import { restoreView } from './language';

/** How long a change of the search text (or any change, in an embed) waits before it is written to
 *  the address, in milliseconds. */
export const WRITE_DELAY_MS = 80;

export function syncWithUrl(
  view: ViewState,
  known: () => Known,
  page: () => Window = () => window,
): void {
  // The view → the URL, on every change of what a link restores. A new step of the history (a
  // family, a pick, a sort, a profile opened) is pushed at once, so back and forward step exactly
  // through what a person did. A change of the search text alone only replaces the entry, and waits
  // a moment (WRITE_DELAY_MS): history.replaceState costs a few milliseconds in Chromium, which a
  // keystroke's frame cannot spare, and a word typed then makes one write instead of one per letter.
  let latest: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (): void => {
    const win = page();
    timer = undefined;
    const search = latest;
    latest = null;
    const current = win.location.search;
    if (search === null || search === current) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    // In an embed every change replaces the entry: a frame's history entries would otherwise
    // join the host page's, and its back button would step through the embed's sorts and picks.
    const replace = view.embed !== null || historyStep(current, search) === 'replace';
    if (replace) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  };
  $effect(() => {
    const search = toSearch(view.params);
    const current = page().location.search;
    clearTimeout(timer);
    latest = search === current ? null : search;
    if (latest === null) return;
    if (view.embed === null && historyStep(current, search) === 'push') write();
    else timer = setTimeout(write, WRITE_DELAY_MS);
  });
  // Leaving the page (a reload, a link followed) writes what is pending first.
  $effect(() => {
    const win = page();
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
    const win = page();
    const restore = (): void => {
      // The address is the history's now: a write still pending would overwrite it.
      clearTimeout(timer);
      latest = null;
      // At once, unless the language's words are still to load (state/language.ts).
      void restoreView(view, fromSearch(win.location.search, known()));
    };
    win.addEventListener('popstate', restore);
    return () => win.removeEventListener('popstate', restore);
  });
}
