// View state ⇄ the page's URL: a change of view writes the query string; back/forward and a shared
// link restore the view. Call once, during the app component's initialisation.
import type { ViewState } from './view.svelte';
import { fromSearch, onlyQueryDiffers, toSearch, type Known } from './url';

export function syncWithUrl(view: ViewState, known: () => Known, win: Window = window): void {
  // A link → the view, before the first render.
  view.apply(fromSearch(win.location.search, known()));

  // The view → the URL, on every change of what a link restores.
  $effect(() => {
    const search = toSearch(view.params);
    const current = win.location.search;
    if (search === current) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    // In an embed every change replaces the entry: a frame's history entries would otherwise
    // join the host page's, and its back button would step through the embed's sorts and picks.
    const replace = view.embed !== null || onlyQueryDiffers(search, current);
    if (replace) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  });

  // Back and forward → the view.
  $effect(() => {
    const restore = (): void => view.apply(fromSearch(win.location.search, known()));
    win.addEventListener('popstate', restore);
    return () => win.removeEventListener('popstate', restore);
  });
}
