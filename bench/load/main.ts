// The load bench's page: `benchLoad(n)` generates a table of n schools, hands it to startLoad as a
// file and times it to the resolved LoadResult, with the longest main-thread task meanwhile
// (Chromium's longtask entries, over 50 ms) and the time the page took to answer a timer set every
// 10 ms (its worst delay: how long input would have waited).
import { generateTable } from '../generate';
import type { LoadResult, LoadSource } from '../../src/lib/load/types';

export interface LoadTiming {
  ms: number;
  longest: number;
  longTasks: number[];
  worstDelay: number;
  /** When each phase's first progress arrived, ms after the start. */
  phases: Record<string, number>;
  schools: number;
  encoding: string;
  bytes: number;
}

declare global {
  interface Window {
    benchLoad: (n: number, kind?: 'file' | 'text') => Promise<LoadTiming>;
    loadSource: (source: LoadSource) => Promise<LoadResult | { error: unknown }>;
  }
}

const tables = new Map<number, string>();
const client = import('../../src/lib/load/client');

window.benchLoad = async (n, kind = 'file') => {
  const { startLoad } = await client;
  const text = tables.get(n) ?? generateTable(n);
  tables.set(n, text);
  const source: LoadSource =
    kind === 'file'
      ? { kind, file: new File([text], `generated-${n}.tsv`), name: `generated-${n}.tsv` }
      : { kind, text, name: `generated-${n}` };
  // Let the generation's own task end before timing.
  await new Promise((r) => setTimeout(r, 50));
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(Math.round(e.duration));
  });
  observer.observe({ type: 'longtask' });
  let worstDelay = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    worstDelay = Math.max(worstDelay, now - last - 10);
    last = now;
  }, 10);
  const start = performance.now();
  const phases: Record<string, number> = {};
  const result = await startLoad(source, {
    onProgress: (p) => (phases[p.phase] ??= Math.round(performance.now() - start)),
  }).promise;
  const ms = performance.now() - start;
  clearInterval(ticker);
  // Long tasks are reported after they end: one more turn to have the last one.
  await new Promise((r) => setTimeout(r, 0));
  observer.disconnect();
  return {
    ms: Math.round(ms),
    longest: Math.max(0, ...longTasks),
    longTasks,
    worstDelay: Math.round(worstDelay),
    phases,
    schools: result.dataset.ranking.schools.length,
    encoding: result.encoding,
    bytes: result.bytes,
  };
};

/** Busy for `ms` on the main thread: checks that the long-task observer sees it. */
export function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

window.loadSource = async (source) => {
  const { startLoad } = await client;
  return startLoad(source).promise.catch((error: unknown) => ({ error }));
};

const state = document.getElementById('state');
if (state !== null) state.textContent = 'ready';
