// The reader's own table kept in IndexedDB (src/lib/load/store.ts), over fake-indexeddb: exact
// round trips, one table kept at a time, and every way storage can fail giving false or null,
// never a throw or a hang. Each test gets a fresh, empty database.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import {
  DB_NAME,
  KEY,
  OPEN_TIMEOUT_MS,
  SAVE_LIMIT,
  STORE,
  forgetOwnTable,
  ownTableStore,
  readOwnTable,
  saveOwnTable,
  savedTableOf,
  type SavedTable,
} from '../../src/lib/load/store';

/** A table as the loader would keep it: a tie, a decimal comma, a BOM-less CRLF text. */
const TABLE: SavedTable = {
  name: 'classement-2026.csv',
  text: 'Rang;École;Semaines\r\n1;A « l’École »;12,5\r\n;B;12,5\r\n3;<b>C</b>;4\r\n',
  options: {
    encoding: 'windows-1252',
    delimiter: ';',
    decimal: ',',
    headerRows: 1,
    columns: { rank: 0, name: 1, months: 2 },
  },
  measure: { label: 'Semaines à l’étranger', unit: 'weeks', direction: 'higher' },
  bytes: 71,
  savedAt: 1_796_000_000_000,
};

/** A record as written to the database, put there directly (the store's own shape, version 1). */
async function putRaw(factory: IDBFactory, value: unknown): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(value, KEY);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('ownTableStore round trips', () => {
  it('save(table) gives true, and read() gives the same table back, field for field', async () => {
    const store = ownTableStore(new IDBFactory());
    expect(await store.save(TABLE)).toBe(true);
    expect(await store.read()).toEqual(TABLE);
  });

  it('read() on an empty database gives null', async () => {
    expect(await ownTableStore(new IDBFactory()).read()).toBeNull();
  });

  it('a table read with every option detected (options {}) and no rank column comes back so', async () => {
    const store = ownTableStore(new IDBFactory());
    const table: SavedTable = {
      ...TABLE,
      options: {},
      measure: { label: '', unit: 'percent', direction: 'lower' },
    };
    expect(await store.save(table)).toBe(true);
    expect(await store.read()).toEqual(table);
    const noRank: SavedTable = {
      ...TABLE,
      options: { columns: { rank: null, name: 0, months: 1 } },
    };
    expect(await store.save(noRank)).toBe(true);
    expect(await store.read()).toEqual(noRank);
  });

  it('a second save replaces the first: one table is kept', async () => {
    const store = ownTableStore(new IDBFactory());
    const next: SavedTable = { ...TABLE, name: 'autre.tsv', text: 'a\t1\nb\t2\n', bytes: 8 };
    await store.save(TABLE);
    expect(await store.save(next)).toBe(true);
    expect(await store.read()).toEqual(next);
  });

  it('keeps only the known fields (a load result passed whole loses its dataset)', async () => {
    const store = ownTableStore(new IDBFactory());
    const withMore = { ...TABLE, dataset: { schools: [1, 2, 3] }, reading: {} };
    expect(await store.save(withMore)).toBe(true);
    expect(await store.read()).toEqual(TABLE);
  });

  it('forget() then read() gives null; forget() on an empty database resolves', async () => {
    const store = ownTableStore(new IDBFactory());
    await store.save(TABLE);
    await store.forget();
    expect(await store.read()).toBeNull();
    await expect(store.forget()).resolves.toBeUndefined();
  });

  it('the page-wide functions use the page’s indexedDB', async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    expect(await saveOwnTable(TABLE)).toBe(true);
    expect(await readOwnTable()).toEqual(TABLE);
    await forgetOwnTable();
    expect(await readOwnTable()).toBeNull();
  });
});

describe('ownTableStore limits', () => {
  it('a table over the limit (bytes) is not saved, and the one kept before stays', async () => {
    const store = ownTableStore(new IDBFactory());
    await store.save(TABLE);
    expect(await store.save({ ...TABLE, name: 'big.csv', bytes: 1001 }, 1000)).toBe(false);
    expect(await store.read()).toEqual(TABLE);
  });

  it('a text longer than the limit (characters) is not saved', async () => {
    const store = ownTableStore(new IDBFactory());
    expect(await store.save({ ...TABLE, text: 'x'.repeat(1001), bytes: 10 }, 1000)).toBe(false);
    expect(await store.read()).toBeNull();
  });

  it('exactly at the limit is saved; the default limit is 32 MiB', async () => {
    const store = ownTableStore(new IDBFactory());
    expect(await store.save({ ...TABLE, text: 'x'.repeat(1000), bytes: 1000 }, 1000)).toBe(true);
    expect(SAVE_LIMIT).toBe(33_554_432);
    expect(await store.save({ ...TABLE, bytes: 33_554_433 })).toBe(false);
  });

  it('a table of another shape is not saved (headerRows 6, a negative column)', async () => {
    const store = ownTableStore(new IDBFactory());
    expect(await store.save({ ...TABLE, options: { headerRows: 6 } })).toBe(false);
    const columns = { rank: null, name: -1, months: 2 };
    expect(await store.save({ ...TABLE, options: { columns } })).toBe(false);
    expect(await store.read()).toBeNull();
  });
});

describe('ownTableStore when storage fails', () => {
  it('no IndexedDB (a server, an old browser): false, null, and forget resolves', async () => {
    const store = ownTableStore(undefined);
    expect(await store.save(TABLE)).toBe(false);
    expect(await store.read()).toBeNull();
    await expect(store.forget()).resolves.toBeUndefined();
  });

  it('the page-wide functions without indexedDB, or when reading it throws (a sandbox)', async () => {
    expect(await saveOwnTable(TABLE)).toBe(false);
    expect(await readOwnTable()).toBeNull();
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      expect(await saveOwnTable(TABLE)).toBe(false);
      expect(await readOwnTable()).toBeNull();
      await expect(forgetOwnTable()).resolves.toBeUndefined();
    } finally {
      delete (globalThis as { indexedDB?: unknown }).indexedDB;
    }
  });

  it('open() throwing (private mode) gives false and null', async () => {
    const factory = new IDBFactory();
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
    });
    const store = ownTableStore(factory);
    expect(await store.save(TABLE)).toBe(false);
    expect(await store.read()).toBeNull();
  });

  it('an open request that fails or is blocked gives false and null', async () => {
    for (const event of ['onerror', 'onblocked'] as const) {
      const factory = new IDBFactory();
      vi.spyOn(factory, 'open').mockImplementation(() => {
        const request = {} as IDBOpenDBRequest;
        setTimeout(() => request[event]?.call(request, new Event('x') as never), 0);
        return request;
      });
      const store = ownTableStore(factory);
      expect(await store.save(TABLE)).toBe(false);
      expect(await store.read()).toBeNull();
    }
  });

  it('a database that never answers counts as unavailable after OPEN_TIMEOUT_MS', async () => {
    vi.useFakeTimers();
    const factory = new IDBFactory();
    vi.spyOn(factory, 'open').mockImplementation(() => ({}) as IDBOpenDBRequest);
    const read = ownTableStore(factory).read();
    await vi.advanceTimersByTimeAsync(OPEN_TIMEOUT_MS - 1);
    let settled = false;
    void read.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await read).toBeNull();
  });

  it('a quota error (the write aborted) gives false, and the table kept before stays', async () => {
    const factory = new IDBFactory();
    const store = ownTableStore(factory);
    await store.save(TABLE);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const request = put.apply(this, args);
      this.transaction.abort();
      return request;
    });
    expect(await store.save({ ...TABLE, name: 'plein.csv' })).toBe(false);
    vi.restoreAllMocks();
    expect(await store.read()).toEqual(TABLE);
  });

  it('put() throwing at once (QuotaExceededError) gives false', async () => {
    const store = ownTableStore(new IDBFactory());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(await store.save(TABLE)).toBe(false);
  });
});

describe('a stored record of another shape is read as null', () => {
  const cases: [string, unknown][] = [
    ['nothing', undefined],
    ['a string', 'Rang;École;Mois'],
    ['an array', [TABLE]],
    ['the table without its version', TABLE],
    ['another version', { ...TABLE, version: 2 }],
    ['a name that is not text', { ...TABLE, version: 1, name: 42 }],
    ['no text', { ...TABLE, version: 1, text: undefined }],
    ['an unknown encoding', { ...TABLE, version: 1, options: { encoding: 'latin-9' } }],
    ['a delimiter "|"', { ...TABLE, version: 1, options: { delimiter: '|' } }],
    ['columns as text', { ...TABLE, version: 1, options: { columns: { name: '0', months: 1 } } }],
    [
      'a fractional column',
      { ...TABLE, version: 1, options: { columns: { rank: null, name: 0.5, months: 1 } } },
    ],
    ['options null', { ...TABLE, version: 1, options: null }],
    ['an unknown unit', { ...TABLE, version: 1, measure: { ...TABLE.measure, unit: 'years' } }],
    ['no direction', { ...TABLE, version: 1, measure: { label: 'x', unit: 'count' } }],
    [
      'a label that is markup in an object',
      { ...TABLE, version: 1, measure: { ...TABLE.measure, label: { html: '<b>' } } },
    ],
    ['bytes negative', { ...TABLE, version: 1, bytes: -1 }],
    ['savedAt NaN', { ...TABLE, version: 1, savedAt: Number.NaN }],
  ];
  it.each(cases)('%s', async (_, record) => {
    const factory = new IDBFactory();
    await putRaw(factory, record);
    expect(await ownTableStore(factory).read()).toBeNull();
  });

  it('a record of this version is read back with its unknown fields left out', async () => {
    const factory = new IDBFactory();
    await putRaw(factory, {
      ...TABLE,
      version: 1,
      extra: '<script>',
      options: { ...TABLE.options, x: 1 },
    });
    expect(await ownTableStore(factory).read()).toEqual(TABLE);
  });

  it('savedTableOf keeps a `__proto__` key from touching the prototype', () => {
    const record: unknown = JSON.parse(
      `{"version":1,"name":"n","text":"t","bytes":1,"savedAt":2,"options":{"__proto__":{"polluted":true}},"measure":{"label":"","unit":"count","direction":"higher"}}`,
    );
    const table = savedTableOf(record);
    expect(table).toEqual({
      name: 'n',
      text: 't',
      bytes: 1,
      savedAt: 2,
      options: {},
      measure: { label: '', unit: 'count', direction: 'higher' },
    });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(table?.options)).toBe(Object.prototype);
  });
});
