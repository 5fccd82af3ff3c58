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
  // family, a pick, a sort, a profile opened) is pushed once the frame that shows it is drawn
  // (afterFrame, below), each step its own entry: a step still pending when the next comes is
  // pushed first, so back and forward step exactly through what a person did. A change of the
  // search text alone only replaces the entry, and waits a moment (WRITE_DELAY_MS): a word typed
  // then makes one write instead of one per letter.
  let latest: string | null = null;
  let cancel: (() => void) | undefined;
  let pushing = false;
  const write = (): void => {
    const win = page();
    cancel = undefined;
    pushing = false;
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
  /** Drops the pending write, if any. */
  const drop = (): void => {
    cancel?.();
    cancel = undefined;
    pushing = false;
  };
  $effect(() => {
    const search = toSearch(view.params);
    // A step not pushed yet (two changes within a frame) is pushed first; a pending replace is
    // dropped (this change's write includes it).
    const stepPending = pushing;
    drop();
    if (stepPending) write();
    const current = page().location.search;
    latest = search === current ? null : search;
    if (latest === null) return;
    if (view.embed === null && historyStep(current, search) === 'push') {
      pushing = true;
      cancel = afterFrame(write);
    } else {
      const timer = setTimeout(write, WRITE_DELAY_MS);
      cancel = () => clearTimeout(timer);
    }
  });
  // Leaving the page (a reload, a link followed) writes what is pending first.
  $effect(() => {
    const win = page();
    const now = (): void => {
      drop();
      write();
    };
    win.addEventListener('pagehide', now);
    return () => {
      win.removeEventListener('pagehide', now);
      drop();
    };
  });

  // Back and forward → the view.
  $effect(() => {
    const win = page();
    const restore = (): void => {
      // The address is the history's now: a write still pending would overwrite it.
      drop();
      latest = null;
      // At once, unless the language's words are still to load (state/language.ts).
      void restoreView(view, fromSearch(win.location.search, known()));
    };
    win.addEventListener('popstate', restore);
    return () => win.removeEventListener('popstate', restore);
  });
}

/** How long a step waits for its frame at most: a hidden page draws none. */
export const FRAME_WAIT_MS = 100;

/**
 * Runs `run` once, in a task after the next frame is drawn (or FRAME_WAIT_MS later, for a page that
 * draws none); returns how to cancel it. history.pushState makes Chromium lay the page out first (it
 * keeps the scroll position with the entry): in a key press's own task, that layout came on top of
 * the key's work (12 ms of a keyboard sort's 38 at 1280 px). After the frame, the page is laid out
 * already, and the push costs a millisecond or two.
 */
export function afterFrame(run: () => void): () => void {
  let next: ReturnType<typeof setTimeout> | undefined;
  const stop = (): void => {
    cancelAnimationFrame(frame);
    clearTimeout(late);
    clearTimeout(next);
  };
  const go = (): void => {
    stop();
    run();
  };
  const frame = requestAnimationFrame(() => (next = setTimeout(go, 0)));
  const late = setTimeout(go, FRAME_WAIT_MS);
  return stop;
}
