// Entry point: the bundled files and the page's address → an explorer model → the app, hydrated
// over the HTML the build prerendered (scripts/prerender.mjs) when the address asks for the view it
// holds, mounted afresh otherwise.
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { bundled } from './bundled';
import { createExplorer } from './lib/model/explorer.svelte';
import { loadLanguage } from './lib/i18n/load';
import { languageFolderAddress } from './lib/prerendered';
import { fromSearch, toSearch } from './lib/state/url';
import './app.css';

const target = document.getElementById('app');
const root = document.documentElement;
// Not a top-level await: with one, the bundler splits the entry into many chunks (~4 KiB more gzip).
if (target) void start(target);

async function start(target: HTMLElement): Promise<void> {
  // The query string of the view the build rendered into this page; undefined when none was.
  const prerendered = root.dataset.prerendered;
  // Opened at a language's folder (en/): the address becomes the app's own for that view.
  const moved = languageFolderAddress(location.href, prerendered);
  if (moved !== null) history.replaceState(history.state, '', moved);
  // The page's language's catalogue (preloaded by the page: scripts/prerender.mjs) before the app.
  await loadLanguage(fromSearch(location.search).lang);
  const model = createExplorer({ ...bundled, search: location.search, href: location.href });
  if (prerendered !== undefined && toSearch(model.view.params) === prerendered) {
    hydrate(App, { target, props: { model } });
    // Hydration has set the prerendered styles on the elements: their stylesheet rules go.
    for (const el of target.querySelectorAll('[data-prerendered-style]')) {
      el.removeAttribute('data-prerendered-style');
    }
  } else {
    // Another view (a filter, an embed, the methodology) than the HTML holds: start afresh.
    target.textContent = '';
    mount(App, { target, props: { model } });
  }
  // The view asked for is in place: the guard's mark (scripts/prerender.mjs) goes.
  delete root.dataset.stale;
}
