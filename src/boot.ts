// The page's script: the prerendered page is painted first, then the app's code loads and starts
// (main.ts). Without this step, a browser that has the scripts at hand runs them before its first
// paint, and the page shows only once the app has started; with it, the first paint needs the HTML
// and the stylesheet only. A page with nothing prerendered starts at once.
const start = (): void => {
  void import('./main');
};

if (document.documentElement.dataset.prerendered === undefined) start();
// The frame after the next one: the page has been painted.
else requestAnimationFrame(() => setTimeout(start, 0));
