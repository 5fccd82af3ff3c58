// The page's script: the prerendered page is painted and shown first, then the app's code loads and
// starts (main.ts). Without this step, a browser that has the scripts at hand runs them before its
// first paint, and the page shows only once the app has started; with it, the first paint needs the
// HTML and the stylesheet only. A page with nothing prerendered starts at once.
import { staleView } from './lib/stale';
import { afterFirstPaint, browserClock, WAIT_MS } from './lib/first-paint';

const root = document.documentElement;
const { prerendered, viewKeys, preload } = root.dataset;
// The guard, before the first paint (the build marks this script blocking="render"): a page whose
// address asks for another view than the one prerendered is hidden until main.ts has mounted it.
if (
  prerendered !== undefined &&
  staleView(location.search, prerendered, viewKeys?.split(' ') ?? [])
)
  root.dataset.stale = '';

const start = (): void => {
  // The chunks main.ts awaits first (its language's words: scripts/prerender.mjs `data-preload`),
  // asked for with the app's, once the page is painted: not before, where they shared the network
  // with what the first paint waits for.
  for (const href of preload?.split(' ') ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  void import('./main');
};

if (prerendered === undefined) start();
// Once the prerendered page is on screen; a stale page, hidden, paints nothing to wait for: the
// frame after the next.
else afterFirstPaint(start, browserClock, root.dataset.stale === undefined ? WAIT_MS : 0);
