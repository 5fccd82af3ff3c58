// The page's signals, for tests, benchmarks and the peers' harness (../shared/peers/measure.mjs):
// ready — the data parsed, the first screen answering and both charts of the peers' pages whole
// (the ranking, the histogram): a performance mark and <html data-ready="1">; settled — every part
// of the page built and every list whole: <html data-settled="1">.

/** Tells tests and benchmarks that the page is ready. Call once, after the charts are mounted. */
export function signalReady(doc: Document = document): void {
  performance.mark('app:ready');
  doc.documentElement.dataset.ready = '1';
}

/** Tells tests and benchmarks that every part of the page is built. Call once, after `ready`. */
export function signalSettled(doc: Document = document): void {
  performance.mark('app:settled');
  doc.documentElement.dataset.settled = '1';
}
