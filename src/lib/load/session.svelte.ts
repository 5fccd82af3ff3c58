// What a person does to hand the page a table → the state of that load, and the explorer's table
// once it is read: a file picked, dropped or pasted, or `?data=` at start (`open`); the same text
// read again with other choices (`reread`, `chooseValue`, `setMeasure`); `cancel`;
// `backToPublished`. The reading itself happens in a worker (client.ts, loaded on first use), handed
// in as a function so that tests give a fake. A load that fails or is cancelled leaves the
// explorer's table as it was; one that starts while another runs cancels the first. After every
// attempt `<html data-load="ok|error|ask">`, and `data-rows` while a table is shown.
import type { Explorer, TableInput } from '../model/explorer.svelte';
import { STAGED_FROM, stagesOf } from '../later/stages.svelte';
import { LazyMap } from '../analysis/filter';
import type { SavedTable } from './store';
import type { LoadTask, StartOptions } from './client';
import type {
  LoadError,
  LoadProgress,
  LoadResult,
  LoadSource,
  Measure,
  ReadOptions,
} from './types';

export type { LoadTask, StartOptions };

/** Starts reading a source (client.ts `startLoad`, or a test's fake). */
export type StartLoad = (source: LoadSource, opts?: StartOptions) => LoadTask;

/** Where the reader's table is kept across reloads (store.ts; a test's fake). */
export interface TableStore {
  save(saved: SavedTable): Promise<boolean>;
  read(): Promise<SavedTable | null>;
  forget(): Promise<void>;
}

/** The page's IndexedDB (store.ts), loaded when first needed. */
const pageStore: TableStore = {
  // Not kept over the loader's own limit (client.ts LIMITS).
  save: (saved) =>
    Promise.all([import('./store'), import('./client')]).then(([s, c]) =>
      s.saveOwnTable(saved, c.LIMITS.bytes),
    ),
  read: () => import('./store').then((s) => s.readOwnTable()),
  forget: () => import('./store').then((s) => s.forgetOwnTable()),
};

/** Where a session is: nothing asked yet, reading, waiting for the value column, shown, failed. */
export type LoadStatus = 'idle' | 'reading' | 'ask' | 'ok' | 'error';

/** The worker's client, loaded with the first load (never at start). */
const startInWorker: StartLoad = (source, opts) => {
  let cancelled = false;
  let task: LoadTask | null = null;
  const promise = import('./client').then((client) => {
    if (cancelled) throw { kind: 'cancelled' } satisfies LoadError;
    task = client.startLoad(source, opts);
    return task.promise;
  });
  return {
    promise,
    cancel: () => {
      cancelled = true;
      task?.cancel();
    },
  };
};

/** Anything thrown that is not a LoadError becomes one ('failed'): the page words each kind. */
export function asLoadError(e: unknown): LoadError {
  if (typeof e === 'object' && e !== null && 'kind' in e && typeof e.kind === 'string') {
    return e as LoadError;
  }
  return { kind: 'failed', detail: e instanceof Error ? e.message : String(e) };
}

/** A `?data=` path the page reads (see `openAddress`). */
const DATA_PATH = /^[A-Za-z0-9_][\w.-]*(?:\/[A-Za-z0-9_][\w.-]*)*\.(?:csv|tsv|txt)$/i;

/** The last path segment of an address: a `?data=` table's name. */
const fileName = (path: string): string => path.split('/').pop() ?? path;

export class TableSession {
  status = $state<LoadStatus>('idle');
  /** How far the load under way has got; null when none runs. */
  progress = $state.raw<LoadProgress | null>(null);
  /** Why the last attempt gave no table; null after one that did. */
  error = $state.raw<LoadError | null>(null);
  /** The last table read (shown, or waiting for the value column); null before any. */
  result = $state.raw<LoadResult | null>(null);
  /** The first reading of the source opened last, every choice detected: what the check panel
   *  marks as detected. */
  detected = $state.raw<LoadResult | null>(null);
  /** The name of what is being read or was last. */
  name = $state('');

  readonly #explorer: Explorer;
  readonly #published: TableInput | undefined;
  readonly #start: StartLoad;
  readonly #root: () => HTMLElement | undefined;
  readonly #store: TableStore;
  /** The source first read (a file to decode again when the encoding changes). */
  #source: LoadSource | null = null;
  #task: LoadTask | null = null;
  /** Whether the measure shown is the reader's (edited, or kept from a visit): else it is the
   *  reading's guess, guessed again from the header when another column becomes the value. */
  #measureSet = false;

  /**
   * @param explorer the page's model, whose table a load replaces
   * @param published the table shown at start, which `backToPublished` shows again (none: the
   *   table shown stays)
   * @param start how a load runs (the worker's client by default)
   * @param root the element the signals are set on (`<html>`; none on a server)
   * @param store where the table shown is kept across reloads (the page's IndexedDB)
   */
  constructor(
    explorer: Explorer,
    published: TableInput | undefined,
    start: StartLoad = startInWorker,
    root: () => HTMLElement | undefined = () => globalThis.document?.documentElement,
    store: TableStore = pageStore,
  ) {
    this.#store = store;
    this.#explorer = explorer;
    this.#published = published;
    this.#start = start;
    this.#root = root;
  }

  /** Whether a load runs. */
  get busy(): boolean {
    return this.#task !== null;
  }

  /** Reads a new table (a file, a paste, an address): every choice detected afresh. */
  open(source: LoadSource): Promise<void> {
    this.#source = source;
    this.#measureSet = false;
    return this.#run(source, {}, undefined, true);
  }

  /** Reads the table next to the app at `path` (`?data=`), resolved against the page's address
   *  `href`: a relative path of plain segments only (letters, digits, `.`, `_`, `-`, each starting
   *  with a letter, digit or `_`: no `..`, no scheme, no host), ending in .csv, .tsv or .txt, at
   *  most 200 characters;
   *  anything else is refused before any request (and the worker fetches from this origin only). */
  openAddress(path: string, href: string): Promise<void> {
    if (path.length > 200 || !DATA_PATH.test(path)) {
      this.#source = null;
      this.error = { kind: 'fetch', url: path, status: null };
      this.status = 'error';
      this.#signal('error');
      return Promise.resolve();
    }
    // Read once, never watched: not a reactive URL.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const url = new URL(path, href).href;
    return this.open({ kind: 'url', url, name: fileName(path) });
  }

  /** At start: the table next to the app when the address names one (`?data=`), else the table
   *  the reader left, kept in this browser, read again as it was shown. Not in an embed: a host
   *  page shows the ranking it chose. */
  async resume(data: string | null, href: string): Promise<void> {
    const root = this.#root();
    if (root) root.dataset.rows = String(this.#explorer.all.length);
    if (this.#explorer.view.embed !== null) return;
    if (data !== null) return this.openAddress(data, href);
    const saved = await this.#store.read().catch(() => null);
    // Unless the reader started a load meanwhile.
    if (saved === null || this.#source !== null) return;
    const source: LoadSource = { kind: 'text', text: saved.text, name: saved.name };
    this.#source = source;
    this.#measureSet = true;
    return this.#run(source, saved.options, saved.measure, true);
  }

  /** Reads the last table again with other choices (what is not given keeps its last value). A
   *  new encoding decodes the first source again; anything else reads the decoded text. */
  reread(options: ReadOptions): Promise<void> {
    const last = this.result;
    if (last === null || this.#source === null) return Promise.resolve();
    const merged = { ...this.#chosen(last), ...options };
    const source: LoadSource =
      options.encoding !== undefined && options.encoding !== last.encoding
        ? this.#source
        : { kind: 'text', text: last.text, name: last.name };
    return this.#run(source, merged, this.#measureSet ? last.measure : undefined);
  }

  /** The value column chosen while the page asks (`status` 'ask'): the table is shown with it. */
  chooseValue(column: number): Promise<void> {
    const last = this.result;
    const columns = last?.reading.columns;
    if (last === null || !columns) return Promise.resolve();
    if (column === columns.months) {
      this.#show(last);
      return Promise.resolve();
    }
    return this.reread({ columns: { ...columns, months: column } });
  }

  /** What the value measures: a new label shows at once; a new unit or direction reads again
   *  (the checks of the values and the ranks depend on them). */
  setMeasure(measure: Measure): Promise<void> {
    const last = this.result;
    if (last === null) return Promise.resolve();
    this.#measureSet = true;
    if (measure.unit === last.measure.unit && measure.direction === last.measure.direction) {
      this.#show({ ...last, measure });
      return Promise.resolve();
    }
    const source: LoadSource = { kind: 'text', text: last.text, name: last.name };
    return this.#run(source, this.#chosen(last), measure);
  }

  /** Stops the load under way; the table shown stays. */
  cancel(): void {
    this.#task?.cancel();
  }

  /** Shows the published ranking again (a load under way is cancelled). */
  backToPublished(): void {
    this.cancel();
    this.#task = null;
    this.progress = null;
    this.error = null;
    this.result = null;
    this.detected = null;
    this.#source = null;
    this.status = 'idle';
    void stagesOf(this.#explorer).hold(0);
    if (this.#published) this.#explorer.show(this.#published);
    this.#setData(null);
    void this.#store.forget().catch(() => undefined);
    this.#signal('ok');
  }

  /** The choices a result was read with, as options to read it again the same way. */
  #chosen(r: LoadResult): ReadOptions {
    const { delimiter, decimal, headerRows, columns } = r.reading;
    return { delimiter, decimal, headerRows, ...(columns ? { columns } : {}) };
  }

  async #run(
    source: LoadSource,
    options: ReadOptions,
    measure: Measure | undefined,
    fresh = false,
  ): Promise<void> {
    // A load that starts while another runs cancels the first (its outcome is then ignored).
    this.#task?.cancel();
    /** Whether the parts below the first screen were let go before the table is shown. */
    let cleared = false;
    const task = this.#start(source, {
      options,
      measure,
      onProgress: (p) => {
        if (this.#task === task) this.progress = p;
      },
      // A large table read, to be shown at once: the parts below the first screen of the table
      // shown now go a task before it comes (their teardown was a fifth of the showing task).
      onRead: (read) => {
        if (this.#task !== task || read.parsed.schools.length <= STAGED_FROM) return;
        if (read.reading.ambiguous && options.columns === undefined) return;
        cleared = true;
        stagesOf(this.#explorer).clear();
      },
    });
    this.#task = task;
    this.status = 'reading';
    this.progress = null;
    this.error = null;
    this.name = source.name;
    let result: LoadResult;
    try {
      result = await task.promise;
    } catch (e) {
      // Cancelled or replaced after the parts below went: the table shown gets them back.
      if (cleared) void stagesOf(this.#explorer).hold(0);
      if (this.#task !== task) return;
      this.#task = null;
      this.progress = null;
      this.error = asLoadError(e);
      this.status = 'error';
      this.#signal('error');
      return;
    }
    if (this.#task !== task) return;
    this.#task = null;
    this.progress = null;
    this.result = result;
    if (fresh) this.detected = result;
    // Several numeric columns, none named: the person chooses before anything is shown.
    if (result.reading.ambiguous && options.columns === undefined) {
      this.status = 'ask';
      this.#signal('ask');
      return;
    }
    this.#show(result);
  }

  /** A table read → the explorer's table. */
  #show(result: LoadResult): void {
    this.result = result;
    const { parsed, text, name, measure, dataset, sha256 } = result;
    // A large table: the first screen's views in this task, the parts below in later ones, then
    // its search keys in idle slices.
    const stages = stagesOf(this.#explorer);
    void stages.hold(parsed.schools.length).then((held) => {
      const keys = this.#explorer.index.keys;
      if (held && keys instanceof LazyMap) return stages.warm(keys);
    });
    this.#explorer.show({ parsed, text, source: name, measure, own: true, dataset, sha256 });
    this.status = 'ok';
    this.error = null;
    // A link keeps `data=` for the table next to the app, never for a file of the reader's.
    if (this.#source?.kind !== 'url') this.#setData(null);
    this.#signal('ok');
    // Kept for the next visit, with the choices and the measure it is shown with.
    const saved = {
      name,
      text,
      bytes: result.bytes,
      measure,
      options: this.#chosen(result),
      savedAt: Date.now(),
    };
    void this.#store.save(saved).catch(() => false);
  }

  /** `data=` in the links: kept for a `?data=` table, dropped for any other. */
  #setData(path: string | null): void {
    const view = this.#explorer.view;
    if (view.data !== path) view.apply({ ...view.params, data: path });
  }

  /** The page's signals for tests and host pages. */
  #signal(load: 'ok' | 'error' | 'ask'): void {
    const root = this.#root();
    if (root === undefined) return;
    root.dataset.load = load;
    root.dataset.rows = String(this.#explorer.all.length);
  }
}

const sessions = new WeakMap<Explorer, TableSession>();

/** The session of an explorer, made on first ask (main.ts at start, with the published table to
 *  come back to), then the same for whoever asks (the load controls). */
export function sessionOf(
  explorer: Explorer,
  published?: TableInput,
  start?: StartLoad,
): TableSession {
  let s = sessions.get(explorer);
  if (s === undefined) sessions.set(explorer, (s = new TableSession(explorer, published, start)));
  return s;
}
