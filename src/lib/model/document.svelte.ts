// The view → the document around the app: its language and title, the colour theme, and the focus
// given back to the link that opened the methodology. Effects only: nothing runs on a server.
import { tick, untrack } from 'svelte';
import type { Explorer } from './explorer.svelte';
import { islands } from '../island/islands';

/** Call once, during the app component's initialisation. */
export function followDocument(model: Explorer): void {
  const { view, i18n } = model;

  // The document speaks the page's language (screen readers, hyphenation, the tab's title). Set
  // apart from the title, which follows the table too: setting `lang` again, even unchanged, cost
  // some 25 ms of style work in the task that shows a table of 100,000 schools.
  $effect(() => {
    document.documentElement.lang = view.lang;
  });
  $effect(() => {
    const t = i18n.t;
    document.title = view.embed
      ? t.embed.titles[view.embed]
      : view.page === 'method'
        ? t.method.docTitle(t.title)
        : t.title;
  });

  // theme=light|dark overrides the system's colour scheme (app.css); auto follows it.
  $effect(() => {
    document.documentElement.dataset.theme = view.theme;
  });

  // Back from the methodology, focus returns to the link that opened it, once the part of the page
  // that holds it is built again (lib/island).
  let shownPage = untrack(() => view.page);
  $effect(() => {
    const page = view.page;
    if (page === shownPage) return;
    shownPage = page;
    const opener = view.opener;
    if (page === 'explorer' && opener !== null) {
      void tick()
        .then(() => islands.settled())
        .then(() => document.getElementById(opener)?.focus());
    }
  });
}
