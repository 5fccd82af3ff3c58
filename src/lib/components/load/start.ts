// The page's side of loading one's own table, started by the entry point (main.ts) once the page is
// built: the load session with the published table to come back to, which reads `?data=` or the
// table kept in this browser; and, once the page is ready and the browser idle, the load controls
// at the end of the page's header (not waiting for the parts below the charts, built only when the
// reader comes near them: lib/island/wanted.ts). A chunk of its own: the page's start carries only
// its import.
import { mount } from 'svelte';
import { loadLaterWords } from '../../i18n/load';
import { sessionOf } from '../../load/session.svelte';
import type { Explorer, TableInput } from '../../model/explorer.svelte';
// The controls' styles, adopted with them: none of it weighs on the page's start (one stylesheet
// holds every other component's), a constructed sheet is allowed by a strict CSP (no <style>, no
// style attribute), and the single-file build has no file to inline.
import styles from './load.css?inline';

/** Resolves once the page says it is ready (`<html data-ready>`, lib/ready.ts) and is idle. */
function readyAndIdle(): Promise<void> {
  const root = document.documentElement;
  const ready = new Promise<void>((resolve) => {
    const done = (): boolean => root.dataset.ready !== undefined && (resolve(), true);
    if (done()) return;
    const watch = new MutationObserver(() => done() && watch.disconnect());
    watch.observe(root, { attributes: true, attributeFilter: ['data-ready'] });
  });
  return ready.then(
    () =>
      new Promise<void>((resolve) =>
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(() => resolve(), { timeout: 1000 })
          : setTimeout(resolve, 0),
      ),
  );
}

/** Starts the session of `model` and builds its controls into their place in `page`'s header. */
export default function startLoading(
  model: Explorer,
  published: TableInput,
  page: HTMLElement,
): void {
  const session = sessionOf(model, published);
  void session.resume(model.view.data, location.href);
  void readyAndIdle()
    .then(() => Promise.all([import('./Load.svelte'), loadLaterWords()]))
    .then(([{ default: Load }]) => {
      // Its place in the header, kept from the first paint (App.svelte): none in an embed.
      const slot = page.querySelector('header .load-slot');
      if (!slot) return;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(styles);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      mount(Load, { target: slot, props: { model, session } });
    });
}
