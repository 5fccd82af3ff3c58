import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withKeys } from './keys';
import { runLoad, type LoadRequest } from '../../src/lib/load/pipeline';
import type { FromWorker } from '../../src/lib/load/protocol';
import { packResult } from '../../src/lib/load/transfer';
import type { LoadProgress } from '../../src/lib/load/types';

const TABLE = 'Rang;École;Mois\n1;A;12\n2;B;10,5\n';
const text = (t = TABLE) => ({ kind: 'text' as const, text: t, name: 'p' });

/** What the fake workers did: made, asked, ended. */
const made: FakeWorker[] = [];
/** How the next worker behaves: answer, fail to load, or never answer. */
let behaviour: 'answer' | 'fail to load' | 'silent' = 'answer';

/** A worker that runs the pipeline in this thread and answers as the real one does. */
class FakeWorker {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  requests: LoadRequest[] = [];
  terminated = false;
  constructor(readonly url: URL) {
    made.push(this);
  }
  #send(data: FromWorker): void {
    if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data }));
  }
  postMessage(request: LoadRequest): void {
    this.requests.push(request);
    if (behaviour === 'silent') return;
    if (behaviour === 'fail to load') {
      const error = { message: '', preventDefault: vi.fn() } as unknown as ErrorEvent;
      setTimeout(() => this.onerror?.(error), 0);
      return;
    }
    void runLoad(request, (progress) => this.#send({ type: 'progress', progress })).then((o) => {
      if (!o.ok) return this.#send({ type: 'error', error: o.error });
      const { packed, transfer } = packResult(o.result);
      this.#send({ type: 'done', result: structuredClone(packed, { transfer }) });
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

beforeEach(() => {
  made.length = 0;
  behaviour = 'answer';
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('location', { origin: 'https://example.org' });
  vi.stubGlobal('document', { baseURI: 'https://example.org/app/index.html' });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const { startLoad, LIMITS } = await import('../../src/lib/load/client');

describe('startLoad', () => {
  it('resolves with the table the pipeline reads, its progress passed on, its worker ended', async () => {
    const progress: LoadProgress[] = [];
    const task = startLoad(text(), { onProgress: (p) => progress.push(p) });
    const result = await task.promise;
    const expected = await runLoad({ source: text(), origin: 'https://example.org' });
    expect(expected.ok && result).toStrictEqual(expected.ok && withKeys(expected.result));
    expect(progress[0]).toEqual({ phase: 'parse', done: 0, total: 3 });
    expect(made).toHaveLength(1);
    expect(made[0]?.terminated).toBe(true);
  });

  it('tells onRead the table read, a task before the load settles with the same table', async () => {
    const told: [unknown, boolean][] = [];
    let settled = false;
    const task = startLoad(text(), { onRead: (r) => told.push([r, settled]) });
    void task.promise.then(() => (settled = true));
    const result = await task.promise;
    // Told once, with the very table the load settles with, before it settled.
    expect(told).toHaveLength(1);
    expect(told[0]?.[0]).toBe(result);
    expect(told[0]?.[1]).toBe(false);
  });

  it('tells onRead nothing when the load is cancelled first', async () => {
    behaviour = 'silent';
    const told: unknown[] = [];
    const task = startLoad(text(), { onRead: (r) => told.push(r) });
    await vi.waitFor(() => expect(made).toHaveLength(1));
    task.cancel();
    await expect(task.promise).rejects.toEqual({ kind: 'cancelled' });
    expect(told).toEqual([]);
  });

  it('hands the worker the options, the measure and the page’s origin', async () => {
    const measure = { label: 'Taux', unit: 'percent', direction: 'lower' } as const;
    await startLoad(text(), { options: { delimiter: ';' }, measure }).promise;
    expect(made[0]?.requests).toEqual([
      { source: text(), options: { delimiter: ';' }, measure, origin: 'https://example.org' },
    ]);
  });

  it('resolves an address against the page, not the worker’s script', async () => {
    behaviour = 'silent';
    const task = startLoad({ kind: 'url', url: 'data/t.csv', name: 't.csv' });
    await vi.waitFor(() => expect(made[0]?.requests).toHaveLength(1));
    expect(made[0]?.requests[0]?.source).toEqual({
      kind: 'url',
      url: 'https://example.org/app/data/t.csv',
      name: 't.csv',
    });
    task.cancel();
    await expect(task.promise).rejects.toEqual({ kind: 'cancelled' });
  });

  it('rejects with the LoadError object, not an Error', async () => {
    await expect(startLoad(text('  \n')).promise).rejects.toEqual({ kind: 'empty' });
  });

  it('cancel rejects with cancelled and ends the worker; nothing is passed on after', async () => {
    behaviour = 'silent';
    const onProgress = vi.fn();
    const task = startLoad(text(), { onProgress });
    await vi.waitFor(() => expect(made).toHaveLength(1));
    task.cancel();
    await expect(task.promise).rejects.toEqual({ kind: 'cancelled' });
    expect(made[0]?.terminated).toBe(true);
    expect(onProgress).not.toHaveBeenCalled();
  });

  it('cancel before the worker is made makes none', async () => {
    const task = startLoad(text());
    task.cancel();
    await expect(task.promise).rejects.toEqual({ kind: 'cancelled' });
    await new Promise((r) => setTimeout(r, 20));
    expect(made).toHaveLength(0);
  });

  it('reads on the main thread when no worker can be made', async () => {
    vi.stubGlobal('Worker', function NoWorker() {
      throw new DOMException('denied', 'SecurityError');
    });
    const result = await startLoad(text()).promise;
    expect(result.dataset.ranking.schools.map((s) => s.name)).toEqual(['A', 'B']);
  });

  it('reads on the main thread when the worker’s script fails to load', async () => {
    behaviour = 'fail to load';
    const result = await startLoad(text()).promise;
    expect(made[0]?.terminated).toBe(true);
    expect(result.parsed.schools.map((s) => s.name)).toEqual(['A', 'B']);
  });

  it('LIMITS is the limits module’s', () => {
    expect(LIMITS).toEqual({ bytes: 20 * 1024 * 1024, rows: 250_000 });
  });
});
