// The reader's shortlist, kept in this browser only (localStorage; nothing is sent): reactive ids
// in the order added, changed through methods named for what the person did, written back at once,
// and read again when another tab writes them (the `storage` event), so that two tabs agree. Storage
// missing, refused (a sandboxed frame, some private modes) or full: the list still works for the
// visit and `kept` turns false, so the panel can say that it will not be kept. Never read from or
// written to the URL: a link shows another person's comparison, never their shortlist.
import { createContext } from 'svelte';
import { added, formatShortlist, parseShortlist, removed, STORAGE_KEY, toggled } from './list';

/** What the list is kept in: the page's localStorage, or a test's. */
export interface KeptStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export class Shortlist {
  #ids = $state.raw<readonly string[]>([]);
  #kept = $state(true);
  /** The list before the last « clear », until the next change: what « undo » brings back. */
  #before = $state.raw<readonly string[] | null>(null);
  #storage: KeptStorage | null = null;
  /** Where the storage comes from while it has not been read yet (`open`). */
  #source: (() => KeptStorage | null) | null = null;

  /**
   * `storage` null: none available (the list lives for the visit only). Given as a function, it is
   * asked for and read on `open()`, or before the first change; until then the list is empty.
   */
  constructor(storage: KeptStorage | null | (() => KeptStorage | null)) {
    if (typeof storage === 'function') {
      this.#source = storage;
      return;
    }
    this.#storage = storage;
    this.#kept = storage !== null;
    this.reload();
  }

  /** Reads the storage given as a function, once (at once for any other). */
  open(): void {
    const source = this.#source;
    if (source === null) return;
    this.#source = null;
    this.#storage = source();
    this.#kept = this.#storage !== null;
    this.reload();
  }

  /** The ids listed, in the order added (schools of other tables included). */
  get ids(): readonly string[] {
    return this.#ids;
  }
  /** Whether the browser keeps the list (false: storage unavailable, refused or full). */
  get kept(): boolean {
    return this.#kept;
  }
  /** Whether « undo » would bring back a list just cleared. */
  get cleared(): boolean {
    return this.#before !== null;
  }

  has(id: string): boolean {
    return this.#ids.includes(id);
  }

  /** Stars or unstars a school; true when it is listed afterwards. */
  toggle(id: string): boolean {
    this.open();
    this.#write(toggled(this.#ids, id));
    return this.has(id);
  }
  add(id: string): void {
    this.open();
    this.#write(added(this.#ids, id));
  }
  remove(id: string): void {
    this.open();
    this.#write(removed(this.#ids, id));
  }

  /** Clears the ids given (the schools the page shows), keeping any other; « undo » restores. */
  clear(ids?: readonly string[]): void {
    this.open();
    ids ??= this.#ids;
    const before = this.#ids;
    const gone = ids;
    this.#write(before.filter((id) => !gone.includes(id)));
    this.#before = before;
  }
  /** Brings back the list as it was before the last « clear ». */
  undo(): void {
    this.open();
    if (this.#before !== null) this.#write(this.#before);
  }

  /** Reads the list kept again (at start, and when another tab has written it). */
  reload(): void {
    if (this.#source !== null) {
      this.open();
      return;
    }
    if (this.#storage === null) return;
    try {
      const ids = parseShortlist(this.#storage.getItem(STORAGE_KEY));
      // An empty list read at start changes nothing: what reads the list is not worked out again.
      if (ids.length > 0 || this.#ids.length > 0) this.#ids = ids;
    } catch {
      this.#kept = false;
    }
  }

  /** Another tab's write (a `storage` event): the list follows when it is this key or all keys. */
  heard(key: string | null): void {
    if (key === null || key === STORAGE_KEY) {
      this.#before = null;
      this.reload();
    }
  }

  #write(ids: readonly string[]): void {
    this.#ids = ids;
    this.#before = null;
    if (this.#storage === null) return;
    try {
      this.#storage.setItem(STORAGE_KEY, formatShortlist(ids));
      this.#kept = true;
    } catch {
      // Full, or refused: the list still holds for this visit.
      this.#kept = false;
    }
  }
}

/** The page's localStorage, or null where reading it throws (sandboxed frame) or there is none. */
function pageStorage(): KeptStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

let page: Shortlist | undefined;

/** The page's shortlist, made on first use, listening to the other tabs' writes from then on. */
export function pageShortlist(): Shortlist {
  if (page === undefined) {
    const list = new Shortlist(pageStorage);
    page = list;
    // The storage's first read opens it for the page (4 to 7 ms on a phone, with the listener):
    // in a task of its own, not in the one that builds the first chart that shows stars. The
    // stars come then; a change before reads it first.
    const open = (): void => {
      list.open();
      addEventListener('storage', (event) => list.heard(event.key));
    };
    if (typeof addEventListener === 'function') setTimeout(open, 0);
    else list.open();
  }
  return page;
}

const [getContextList, setShortlist, hasShortlist] = createContext<Shortlist>();
export { setShortlist };

/** The shortlist a component shows: its context's (a test's), else the page's. */
export const getShortlist = (): Shortlist => (hasShortlist() ? getContextList() : pageShortlist());
