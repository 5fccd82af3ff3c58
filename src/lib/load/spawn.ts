// A reading worker from its own file, next to the page's scripts: allowed by a strict CSP
// (worker-src falls back to script-src 'self').
export const spawn = (): Worker =>
  new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'load' });
