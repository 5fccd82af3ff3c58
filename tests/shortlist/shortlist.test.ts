// The shortlist kept in storage: what it reads at start, writes on each change, does when storage
// throws (unavailable, full), and how it follows another tab's write.
import { describe, expect, it } from 'vitest';
import { Shortlist, type KeptStorage } from '../../src/lib/shortlist/shortlist.svelte';
import { STORAGE_KEY } from '../../src/lib/shortlist/list';

/** An in-memory storage; `full` makes every write throw, as a full quota does. */
class Memory implements KeptStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

describe('Shortlist', () => {
  it('reads the list kept, and writes each change at once', () => {
    const storage = new Memory();
    storage.items.set(STORAGE_KEY, '{"v":1,"ids":["ensiie"]}');
    const list = new Shortlist(storage);
    expect(list.ids).toEqual(['ensiie']);
    expect(list.kept).toBe(true);
    expect(list.toggle('cpe-lyon')).toBe(true);
    expect(storage.getItem(STORAGE_KEY)).toBe('{"v":1,"ids":["ensiie","cpe-lyon"]}');
    expect(list.toggle('ensiie')).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBe('{"v":1,"ids":["cpe-lyon"]}');
    // A new visit reads what the last one wrote.
    expect(new Shortlist(storage).ids).toEqual(['cpe-lyon']);
  });

  it('a corrupt stored value reads as an empty list, and the next change replaces it', () => {
    const storage = new Memory();
    storage.items.set(STORAGE_KEY, '{not json');
    const list = new Shortlist(storage);
    expect(list.ids).toEqual([]);
    list.add('ensiie');
    expect(storage.getItem(STORAGE_KEY)).toBe('{"v":1,"ids":["ensiie"]}');
  });

  it('without storage, the list works for the visit and says it is not kept', () => {
    const list = new Shortlist(null);
    expect(list.kept).toBe(false);
    list.add('ensiie');
    expect(list.has('ensiie')).toBe(true);
  });

  it('storage that refuses reads: an empty list, not kept', () => {
    const list = new Shortlist({
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
    });
    expect(list.ids).toEqual([]);
    expect(list.kept).toBe(false);
  });

  it('a full storage: the change holds for the visit, `kept` turns false, and true again once a write passes', () => {
    const storage = new Memory();
    const list = new Shortlist(storage);
    storage.full = true;
    list.add('ensiie');
    expect(list.ids).toEqual(['ensiie']);
    expect(list.kept).toBe(false);
    storage.full = false;
    list.add('cpe-lyon');
    expect(list.kept).toBe(true);
    expect(storage.getItem(STORAGE_KEY)).toBe('{"v":1,"ids":["ensiie","cpe-lyon"]}');
  });

  it('clear takes out the ids given and keeps the others; undo brings them back until the next change', () => {
    const storage = new Memory();
    const list = new Shortlist(storage);
    for (const id of ['a', 'other-table', 'b']) list.add(id);
    list.clear(['a', 'b']);
    expect(list.ids).toEqual(['other-table']);
    expect(list.cleared).toBe(true);
    list.undo();
    expect(list.ids).toEqual(['a', 'other-table', 'b']);
    expect(list.cleared).toBe(false);
    list.clear();
    expect(list.ids).toEqual([]);
    list.add('c');
    expect(list.cleared).toBe(false);
    list.undo();
    expect(list.ids).toEqual(['c']);
  });

  it('another tab’s write of this key (or a clear of all keys) is read again; other keys are not', () => {
    const storage = new Memory();
    const list = new Shortlist(storage);
    storage.items.set(STORAGE_KEY, '{"v":1,"ids":["ensiie"]}');
    list.heard('another-key');
    expect(list.ids).toEqual([]);
    list.heard(STORAGE_KEY);
    expect(list.ids).toEqual(['ensiie']);
    storage.items.clear();
    list.heard(null);
    expect(list.ids).toEqual([]);
  });

  it('given as a function, the storage is read on open(), or before the first change', () => {
    const storage = new Memory();
    storage.items.set(STORAGE_KEY, '{"v":1,"ids":["ensiie"]}');
    let asked = 0;
    const source = (): KeptStorage => {
      asked += 1;
      return storage;
    };
    const later = new Shortlist(source);
    expect(asked).toBe(0);
    expect(later.ids).toEqual([]);
    expect(later.kept).toBe(true);
    later.open();
    later.open();
    expect(asked).toBe(1);
    expect(later.ids).toEqual(['ensiie']);

    // A change before open() reads the list kept first: it adds to it, never replaces it.
    const early = new Shortlist(source);
    expect(early.toggle('cpe-lyon')).toBe(true);
    expect(early.ids).toEqual(['ensiie', 'cpe-lyon']);
    expect(storage.getItem(STORAGE_KEY)).toBe('{"v":1,"ids":["ensiie","cpe-lyon"]}');
    expect(asked).toBe(2);

    // No storage to be had: the list lives for the visit, and says so once read.
    const none = new Shortlist(() => null);
    none.open();
    expect(none.kept).toBe(false);
    none.add('ensiie');
    expect(none.ids).toEqual(['ensiie']);
  });
});
