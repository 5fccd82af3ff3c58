// The ready signal: data parsed and charts in the DOM → a performance mark and <html data-ready="1">.

/** Tells tests and benchmarks that the page is ready. Call once, after the charts are mounted. */
export function signalReady(doc: Document = document): void {
  performance.mark('app:ready');
  doc.documentElement.dataset.ready = '1';
}
