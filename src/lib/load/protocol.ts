// The messages between the page and the worker that reads a table: one request in, progress and
// one answer out. Types only.
import type { LoadRequest } from './pipeline';
import type { PackedResult } from './transfer';
import type { LoadError, LoadProgress } from './types';

/** Page → worker: what to read (a file is handed over, not copied). */
export type ToWorker = LoadRequest;

/** Worker → page: how far it got, then its table (as columns: transfer.ts) or why there is none. */
export type FromWorker =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'done'; result: PackedResult }
  | { type: 'error'; error: LoadError };
