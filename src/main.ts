// Entry point: the bundled files and the page's address → an explorer model → the app, hydrated
// over the HTML the build prerendered (scripts/prerender.mjs) when the address asks for the view it
// holds, mounted afresh otherwise. The first screen is built in this task; the charts (lib/island)
// each in a task of their own afterwards, and the parts below them once the reader comes near
// them (lib/island/wanted.ts), so that no task builds the whole page.
import { flushSync, hydrate, mount } from 'svelte';
import App from './App.svelte';
import { bundled } from './bundled';
import { createExplorer } from './lib/model/explorer.svelte';
import { islands, releasePrerenderedStyles } from './lib/island/islands';
import { LOADERS } from './lib/island/parts';
import { prerenderedFrame } from './lib/charts/frame-width';
import { loadFirstWords, loadLanguage } from './lib/i18n/load';
import { languageFolderAddress } from './lib/prerendered';
import { nextTask } from './lib/next-task';
import { fromSearch, toSearch } from './lib/state/url';
import './app.css';

const target = document.getElementById('app');
const root = document.documentElement;
// Not a top-level await: with one, the bundler splits the entry into many chunks (~4 KiB more gzip).
// In a task of its own: reading this chunk's code (its modules' top level) is this task's work.
if (target) setTimeout(() => void start(target));

const noop = (): void => undefined;

async function start(target: HTMLElement): Promise<void> {
  // The query string of the view the build rendered into this page; undefined when none was.
  const prerendered = root.dataset.prerendered;
  // Opened at a language's folder (en/): the address becomes the app's own for that view.
  const moved = languageFolderAddress(location.href, prerendered);
  if (moved !== null) history.replaceState(history.state, '', moved);
  // The page's language's words before the app: its first screen's (preloaded by the page:
  // scripts/prerender.mjs), the rest loading with the parts that read them; an embed's, all.
  const { lang, embed } = fromSearch(location.search);
  await (embed === null ? loadFirstWords : loadLanguage)(lang);
  // The matches' code and the charts' (the ranking's and the histogram's islands, which make the
  // page ready) come while the first screen is built, not after it; asked for in this task, which
  // has little else to do (its preloads, a link element and a request each, took 20 ms of the task
  // before).
  if (embed === null)
    for (const load of [LOADERS.results, LOADERS.ranking, LOADERS.distribution]) load().catch(noop);
  // Reading the app's code was this task's work: the model is made in the next one.
  await nextTask();
  const model = createExplorer({ ...bundled, search: location.search, href: location.href });
  const dataset = model.dataset;
  // The prerendered HTML shows the view as long as the address and the table are the ones it was
  // rendered for: until then, the islands hydrate over it.
  const fresh = () =>
    prerendered !== undefined &&
    model.dataset === dataset &&
    toSearch(model.view.params) === prerendered;
  // The first screen is painted already (prerendered): the page is built in the next task, so
  // that reading the table and building the page are two tasks, not one long one.
  await nextTask();
  if (fresh()) {
    // The ranking's frame as laid out for the first paint: the width its chart starts at.
    prerenderedFrame(target);
    hydrate(App, { target, props: { model, growing: true } });
    // Hydration has set the prerendered styles on the elements: their stylesheet rules go
    // (the islands' own go when each is hydrated).
    releasePrerenderedStyles(target);
  } else {
    // Another view (a filter, an embed, the methodology) than the HTML holds: start afresh.
    target.textContent = '';
    mount(App, { target, props: { model, growing: true } });
  }
  // The page's effects now, not in a microtask after this: its islands (Island.svelte's onMount)
  // are all queued when they start, so that the charts' code is asked for at once and the charts
  // come first (parts.ts BUILD_ORDER), not the part that happened to be queued first.
  flushSync();
  // Where the time to ready goes (a trace, npm run perf): the first screen's end, then each
  // island's (islands.ts), as performance marks.
  performance.mark('app:first-screen');
  // The view asked for is in place: the guard's mark (src/boot.ts) goes.
  delete root.dataset.stale;
  islands.start(fresh);
  // Loading one's own table (lib/components/load): `?data=`'s table or the one kept in this
  // browser, read while the published one shows; the controls in the header once the page is built.
  void import('./lib/components/load/start').then((m) => m.default(model, bundled.table, target));
}
