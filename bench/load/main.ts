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
    /** Loads a source; its table's summary or its error. */
    loadSource: (source: LoadSource) => Promise<Summary | { error: unknown }>;
    /** Loads bytes as a picked file. */
    loadBytes: (bytes: number[], name: string) => Promise<Summary | { error: unknown }>;
    /** Starts loading n generated schools and cancels at its first progress; what it gave. */
    loadThenCancel: (n: number) => Promise<{ error: unknown } | Summary>;
  }
}

/** What the page tests check of a LoadResult. */
export interface Summary {
  schools: number;
  first: string;
  encoding: string;
  bom: boolean;
  bytes: number;
}

const summary = (r: LoadResult): Summary => ({
  schools: r.dataset.ranking.schools.length,
  first: r.dataset.ranking.schools[0]?.name ?? '',
  encoding: r.encoding,
  bom: r.bom,
  bytes: r.bytes,
});

const tables = new Map<number, string>();
const tableOf = (n: number): string => {
  const text = tables.get(n) ?? generateTable(n);
  tables.set(n, text);
  return text;
};
const client = import('../../src/lib/load/client');

window.benchLoad = async (n, kind = 'file') => {
  const { startLoad } = await client;
  const text = tableOf(n);
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

window.loadSource = async (source) => {
  const { startLoad } = await client;
  return startLoad(source).promise.then(summary, (error: unknown) => ({ error }));
};

window.loadBytes = (bytes, name) =>
  window.loadSource({ kind: 'file', file: new File([new Uint8Array(bytes)], name), name });

window.loadThenCancel = async (n) => {
  const { startLoad } = await client;
  const file = new File([tableOf(n)], 'generated.tsv');
  const task = startLoad(
    { kind: 'file', file, name: 'generated.tsv' },
    { onProgress: () => task.cancel() },
  );
  return task.promise.then(summary, (error: unknown) => ({ error }));
};

const state = document.getElementById('state');
if (state !== null) state.textContent = 'ready';
