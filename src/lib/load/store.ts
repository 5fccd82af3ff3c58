// The reader's own table, kept in the browser's IndexedDB so that it survives a reload (issue 13,
// "nothing lost"): its text, how it was read and what its value measures. Nothing is sent
// anywhere. One table is kept; a new one replaces it.
//
// Never throws, never hangs: private browsing, IndexedDB missing, blocked or refused (a sandboxed
// frame), a quota error, a database that does not answer in time, or a stored record
// of another shape (what is read back is input, checked field by field) → `false` / `null`, and
// the page goes on with the published ranking.
//
// Wiring (the page's load session):
//   - on a successful load:      `void saveOwnTable({ name, text, options, measure, bytes,
//                                  savedAt: Date.now() }, LIMIT)` (LIMIT: the loader's size limit)
//   - on "back to the published ranking": `void forgetOwnTable()`
//   - at start, before the first load attempt (and not when the address has `?data=`):
//       `const saved = await readOwnTable(); if (saved) load({ kind: 'text', text: saved.text,
//        name: saved.name }, saved.options, saved.measure)`
import type { Delimiter } from '../data/detect';
import type { Columns } from '../data/types';
import type { DecimalMark, Direction, Encoding, Measure, ReadOptions, Unit } from './types';

/** A table as kept: enough to read it again exactly as it was shown. */
export interface SavedTable {
  /** Its name (the file's, or the paste's), shown as the source. Text: never markup. */
  name: string;
  /** The decoded text (LoadResult.text). */
  text: string;
  /** The reading choices in force (detected ones included, so that it reads the same again). */
  options: ReadOptions;
  /** What the value measures, as the person left it. */
  measure: Measure;
  /** The size of what was read, in bytes (LoadResult.bytes). */
  bytes: number;
  /** When it was kept (`Date.now()`). */
  savedAt: number;
}

/** The database, its one object store, and the key of the one table kept. */
export const DB_NAME = 'ecoles-international';
export const STORE = 'own-table';
export const KEY = 'table';
/** The shape of the record as written; a record of another version is not read. */
const VERSION = 1;
/** How long opening the database may take before IndexedDB counts as unavailable (some private
 *  modes never answer), and how long a read or write may take (a text of many megabytes). */
export const OPEN_TIMEOUT_MS = 3000;
export const TRANSACTION_TIMEOUT_MS = 20_000;
/** What is not saved by default: more than 32 MiB of file or text (the loader passes its own). */
export const SAVE_LIMIT = 32 * 1024 * 1024;

/** The three operations over one IndexedDB (the page's, or a test's). */
export interface OwnTableStore {
  /** Keeps `saved` in place of any table kept before → true; false when it could not be kept
   *  (over `limit` bytes or characters, a text of another shape, storage refused or full). */
  save(saved: SavedTable, limit?: number): Promise<boolean>;
  /** The table kept, checked; null when none, when storage is unavailable, or when the record
   *  is not one this version wrote. */
  read(): Promise<SavedTable | null>;
  /** Forgets the table kept (nothing when none or when storage is unavailable). */
  forget(): Promise<void>;
}

// --- checking what is read back ---------------------------------------------------------------

type Check<T> = (value: unknown) => T | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const oneOf =
  <T extends string>(...allowed: readonly T[]): Check<T> =>
  (value) =>
    allowed.find((a) => a === value);

const index = (value: unknown): number | undefined =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined;

const ENCODING = oneOf<Encoding>('utf-8', 'utf-16le', 'utf-16be', 'windows-1252');
const DELIMITER = oneOf<Delimiter>('\t', ';', ',');
const DECIMAL = oneOf<DecimalMark>(',', '.');
const UNIT = oneOf<Unit>('months', 'weeks', 'percent', 'count', 'other');
const DIRECTION = oneOf<Direction>('higher', 'lower');

function columnsOf(value: unknown): Columns | undefined {
  if (!isRecord(value)) return undefined;
  const name = index(value.name);
  const months = index(value.months);
  const rank = value.rank === null ? null : index(value.rank);
  return name === undefined || months === undefined || rank === undefined
    ? undefined
    : { rank, name, months };
}

/** Reading options: each field absent or valid (an invalid one fails the whole record). */
function optionsOf(value: unknown): ReadOptions | undefined {
  if (!isRecord(value)) return undefined;
  const options: ReadOptions = {};
  const fields: [keyof ReadOptions, Check<unknown>][] = [
    ['encoding', ENCODING],
    ['delimiter', DELIMITER],
    ['decimal', DECIMAL],
    ['headerRows', (v) => (index(v) !== undefined && (v as number) <= 5 ? v : undefined)],
    ['columns', columnsOf],
  ];
  for (const [key, check] of fields) {
    if (value[key] === undefined) continue;
    const checked = check(value[key]);
    if (checked === undefined) return undefined;
    Object.assign(options, { [key]: checked });
  }
  return options;
}

function measureOf(value: unknown): Measure | undefined {
  if (!isRecord(value) || typeof value.label !== 'string') return undefined;
  const unit = UNIT(value.unit);
  const direction = DIRECTION(value.direction);
  return unit && direction ? { label: value.label, unit, direction } : undefined;
}

const amount = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

/** A stored record → the table it holds, rebuilt from known fields only; null for anything else
 *  (another version, a field missing or of another type, a value out of its set). */
export function savedTableOf(record: unknown): SavedTable | null {
  if (!isRecord(record) || record.version !== VERSION) return null;
  const { name, text } = record;
  const options = optionsOf(record.options);
  const measure = measureOf(record.measure);
  const bytes = amount(record.bytes);
  const savedAt = amount(record.savedAt);
  if (typeof name !== 'string' || typeof text !== 'string') return null;
  if (!options || !measure || bytes === undefined || savedAt === undefined) return null;
  return { name, text, options, measure, bytes, savedAt };
}

// --- IndexedDB, each request a promise that settles once, in time ------------------------------

/** `run(done)` settles through `done`; no answer within `ms`, or a throw, gives `fallback`. */
function settle<T>(ms: number, fallback: T, run: (done: (value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve) => {
    let settled = false;
    const done = (value: T): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => done(fallback), ms);
    try {
      run(done);
    } catch {
      done(fallback);
    }
  });
}

/** Opens the database (made on first use), or null when it cannot be opened. */
function open(factory: IDBFactory): Promise<IDBDatabase | null> {
  return settle<IDBDatabase | null>(OPEN_TIMEOUT_MS, null, (done) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading the database: let it.
      db.onversionchange = () => db.close();
      done(db);
    };
    request.onerror = () => done(null);
    request.onblocked = () => done(null);
  });
}

/** One transaction over the store: `use` makes its request and settles through `done`; an error,
 *  an abort, a throw or no answer in time gives `fallback`. The database is closed after. */
async function transact<T>(
  factory: IDBFactory | undefined,
  mode: IDBTransactionMode,
  fallback: T,
  use: (store: IDBObjectStore, done: (value: T) => void) => void,
): Promise<T> {
  if (factory === undefined) return fallback;
  const db = await open(factory);
  if (db === null) return fallback;
  try {
    return await settle<T>(TRANSACTION_TIMEOUT_MS, fallback, (done) => {
      const tx = db.transaction(STORE, mode);
      tx.onabort = () => done(fallback);
      tx.onerror = () => done(fallback);
      use(tx.objectStore(STORE), done);
    });
  } finally {
    db.close();
  }
}

/** The operations over `factory`; `undefined` (no IndexedDB) gives false, null and nothing. */
export function ownTableStore(factory: IDBFactory | undefined): OwnTableStore {
  return {
    save(saved, limit = SAVE_LIMIT) {
      // Checked as it would be read (what could not be read back is not written), and rebuilt
      // from its known fields only (a LoadResult's dataset is not kept).
      const table = savedTableOf({ ...saved, version: VERSION });
      if (table === null || table.bytes > limit || table.text.length > limit) {
        return Promise.resolve(false);
      }
      return transact(factory, 'readwrite', false, (store, done) => {
        store.put({ version: VERSION, ...table }, KEY);
        store.transaction.oncomplete = () => done(true);
      });
    },
    read() {
      return transact<SavedTable | null>(factory, 'readonly', null, (store, done) => {
        const request = store.get(KEY);
        request.onsuccess = () => done(savedTableOf(request.result));
      });
    },
    async forget() {
      await transact(factory, 'readwrite', undefined, (store, done) => {
        store.delete(KEY);
        store.transaction.oncomplete = () => done(undefined);
      });
    },
  };
}

/** The page's IndexedDB, or undefined where there is none (a server) or it is refused (reading
 *  `indexedDB` throws in some sandboxed frames). */
function pageFactory(): IDBFactory | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : indexedDB;
  } catch {
    return undefined;
  }
}

/** Keeps the reader's table in place of the one kept before → whether it was kept. Not kept (false):
 *  over `limit` (bytes of the file or characters of its text; the loader's limit), a table of
 *  another shape, or storage unavailable, refused or full. Never throws. */
export const saveOwnTable = (saved: SavedTable, limit?: number): Promise<boolean> =>
  ownTableStore(pageFactory()).save(saved, limit);

/** The reader's table kept, checked field by field, or null (none, unavailable, or a record of
 *  another shape). Never throws. */
export const readOwnTable = (): Promise<SavedTable | null> => ownTableStore(pageFactory()).read();

/** Forgets the reader's table (back to the published ranking). Never throws. */
export const forgetOwnTable = (): Promise<void> => ownTableStore(pageFactory()).forget();
