// The page's side of a load: startLoad hands the source to a worker made for it, passes its
// progress on, and settles with its table or a LoadError; cancel ends the worker at once. Where no
// worker can be made (or its script cannot load), the same pipeline runs on the main thread.
// Loaded on first use: nothing here is in the start bundle.
import type { Outcome, LoadRequest } from './pipeline';
import type { FromWorker } from './protocol';
import { unpackResult } from './transfer';
import type { LoadProgress, LoadResult, LoadSource, Measure, ReadOptions } from './types';

export { LIMITS } from './limits';

/** A load under way: its end, and a way to stop it (the promise then rejects `{kind:'cancelled'}`). */
export interface LoadTask {
  /** Resolves with the table; rejects with a LoadError object, never an Error. */
  promise: Promise<LoadResult>;
  cancel(): void;
}

export interface StartOptions {
  options?: ReadOptions;
  measure?: Measure;
  onProgress?: (progress: LoadProgress) => void;
  /** Told the table once it is read, a task before the load settles with it (the worker's way
   *  only): the page may let go of what the new table replaces meanwhile. */
  onRead?: (result: LoadResult) => void;
}

/** The worker's maker: its own file, or (single-file build) one written into this script. */
const spawner = (): Promise<{ spawn: () => Worker }> =>
  import.meta.env.MODE === 'single' ? import('./spawn-inline') : import('./spawn');

/** An address resolved against the page (the worker's own address is elsewhere). */
function resolved(source: LoadSource): LoadSource {
  if (source.kind !== 'url') return source;
  try {
    return { ...source, url: new URL(source.url, document.baseURI).href };
  } catch {
    return source;
  }
}

const cancelled: Outcome = { ok: false, error: { kind: 'cancelled' } };

const failed = (detail: unknown): Outcome => ({
  ok: false,
  error: { kind: 'failed', detail: String(detail).slice(0, 200) },
});

/** Reads a table off the main thread; see LoadTask. */
export function startLoad(source: LoadSource, opts: StartOptions = {}): LoadTask {
  const request: LoadRequest = {
    source: resolved(source),
    options: opts.options,
    measure: opts.measure,
    origin: location.origin,
  };
  let settled = false;
  let stop = (): void => undefined;
  let settle: (outcome: Outcome) => void = () => undefined;
  const promise = new Promise<LoadResult>((resolve, reject) => {
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      stop();
      if (outcome.ok) resolve(outcome.result);
      else reject(outcome.error);
    };
  });
  const progress = (p: LoadProgress): void => {
    if (!settled) opts.onProgress?.(p);
  };

  // The fallback: the pipeline on this thread, cancelled between its steps.
  const onMainThread = (): void => {
    const abort = new AbortController();
    stop = () => abort.abort();
    import('./pipeline')
      .then(({ runLoad }) => runLoad(request, progress, abort.signal))
      .then(settle, (e: unknown) => settle(failed(e)));
  };

  const inWorker = ({ spawn }: { spawn: () => Worker }): void => {
    if (settled) return;
    let worker: Worker;
    try {
      worker = spawn();
    } catch {
      return onMainThread();
    }
    let heard = false;
    stop = () => worker.terminate();
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      heard = true;
      if (data.type === 'progress') progress(data.progress);
      else if (data.type === 'done') {
        // Rebuilt in slices: the worker's answer is done with, so it can go now.
        worker.terminate();
        const rebuilding = new AbortController();
        stop = () => rebuilding.abort();
        const packed = data.result;
        // Rebuilt from the next task on: receiving the answer (its long strings copied in) is a
        // task of its own, not also the first slice's.
        new Promise<void>((go) => setTimeout(go, 0))
          .then(() => unpackResult(packed, { signal: rebuilding.signal }))
          // Settled in a task of its own: the page shows the table (a long Svelte flush) after
          // the rebuilding's last slice, not in the same task.
          .then((result) => {
            if (result !== null && !settled) opts.onRead?.(result);
            return new Promise<typeof result>((go) => setTimeout(() => go(result), 0));
          })
          .then(
            (result) => settle(result === null ? cancelled : { ok: true, result }),
            (e: unknown) => settle(failed(e)),
          );
      } else settle({ ok: false, error: data.error });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // Its script could not load (a CSP, a file:// page): read here instead.
      if (!heard && !settled) onMainThread();
      else settle(failed(event.message || 'worker error'));
    };
    worker.onmessageerror = () => settle(failed('message error'));
    worker.postMessage(request);
  };

  spawner().then(inWorker, onMainThread);
  return { promise, cancel: () => settle(cancelled) };
}
