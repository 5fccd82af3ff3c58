// A fake of the worker's client for the load controls' tests: every load it is asked for waits until
// the test settles it, and what it was asked is kept. Results are made by the app's own parser and
// ranking (what the worker runs), with the reading a test gives.
import { parseTable } from '../../../src/lib/data/parse';
import { datasetOf } from '../../../src/lib/ranked';
import type {
  LoadTask,
  StartLoad,
  StartOptions,
  TableStore,
} from '../../../src/lib/load/session.svelte';
import type { SavedTable } from '../../../src/lib/load/store';
import type {
  LoadError,
  LoadResult,
  LoadSource,
  Reading,
  Measure,
} from '../../../src/lib/load/types';

/** A table read from `text` as the worker would give it; `reading` replaces what it guesses. */
export function resultOf(
  text: string,
  name = 'mine.csv',
  reading: Partial<Reading> = {},
  measure?: Measure,
): LoadResult {
  const parsed = parseTable(text);
  const guessed: Measure = {
    label: parsed.meta.header?.[2] ?? '',
    unit: 'months',
    direction: 'higher',
  };
  const full: Reading = {
    delimiter: parsed.meta.delimiter,
    decimal: ',',
    headerRows: parsed.meta.header ? 1 : 0,
    header: parsed.meta.header,
    width: parsed.meta.header?.length ?? 3,
    columns: parsed.meta.columns,
    numeric: parsed.meta.columns ? [parsed.meta.columns.months] : [],
    ambiguous: false,
    measure: guessed,
    preview: [],
    ...reading,
  };
  return {
    name,
    text,
    encoding: 'utf-8',
    bom: false,
    bytes: text.length,
    reading: full,
    measure: measure ?? full.measure,
    parsed,
    dataset: datasetOf(parsed),
  };
}

/** One load asked for: its source and options, and how the test settles it. */
export interface Call {
  source: LoadSource;
  opts: StartOptions | undefined;
  cancelled: boolean;
  resolve: (r: LoadResult) => void;
  reject: (e: LoadError | Error) => void;
}

/** A start function whose loads the test settles (`calls[i].resolve(...)`). */
export function fakeWorker(): { start: StartLoad; calls: Call[] } {
  const calls: Call[] = [];
  const start: StartLoad = (source, opts): LoadTask => {
    let resolve!: Call['resolve'];
    let reject!: Call['reject'];
    const promise = new Promise<LoadResult>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const call: Call = { source, opts, cancelled: false, resolve, reject };
    calls.push(call);
    return {
      promise,
      cancel: () => {
        call.cancelled = true;
        reject({ kind: 'cancelled' });
      },
    };
  };
  return { start, calls };
}

/** A small good table: ranks printed, a tie, `;` and a decimal comma. */
export const GOOD = 'Rang;École;Mois\n1;Alpha;8,5\n2;Beta;6\n2;Gamma;6\n4;Delta;2\n';

/** A store in memory: what was saved last, and how many times it was forgotten. */
export function fakeStore(kept: SavedTable | null = null) {
  const store = {
    kept,
    forgotten: 0,
    save: (saved: SavedTable) => {
      store.kept = saved;
      return Promise.resolve(true);
    },
    read: () => Promise.resolve(store.kept),
    forget: () => {
      store.kept = null;
      store.forgotten++;
      return Promise.resolve();
    },
  };
  return store satisfies TableStore;
}
