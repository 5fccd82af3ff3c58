// The islands' work (Island.svelte): each part (the matches under the search box, then those below
// the first screen) is loaded, then hydrated over its prerendered HTML or mounted, the matches and
// the charts first (parts.ts BUILD_ORDER), a few milliseconds of work per task, once the entry point
// has hydrated the first screen (`start`). No single task builds the
// whole page: the reader can scroll, type and tap between two parts. The parts after the gate (the
// page's charts, which make it ready) are each loaded and built only once the page wants them
// (wanted.ts: near the viewport, a fold opened, or a few seconds later), so that neither their code
// nor their building takes the main thread while the page starts.
// A part removed before its turn is skipped; one removed after is unmounted. A part whose code
// fails to load (the network) keeps its prerendered HTML.
import { hydrate, mount, unmount, type Component } from 'svelte';
import { nextTask } from '../next-task';
import { BUILD_ORDER, LOADERS, type PartName } from './parts';
import type { Demand } from './wanted';

/** The page's demand (wanted.ts), loaded once the charts are whole: the start does not carry it.
 *  Offline (null), every part is wanted: each keeps its prerendered HTML or says nothing. */
const pageDemand = (): Promise<Demand | null> =>
  import('./wanted').then(
    (m) => m.pageDemand,
    () => null,
  );

/** Each part's code, loaded on first need (parts.ts; tests give their own). */
export type Loaders = Record<PartName, () => Promise<{ default: Component }>>;

interface Entry {
  readonly part: PartName;
  readonly element: HTMLElement;
  readonly context: Map<unknown, unknown>;
  removed: boolean;
  instance?: ReturnType<typeof mount>;
}

/** How long one task may go on building parts before it gives way (input, a frame), in ms. */
const SLICE_MS = 10;

/** The attribute of the styles the build hoisted out of the prerendered markup (prerender.mjs). */
const PRERENDERED_STYLE = 'data-prerendered-style';

/**
 * Takes the hoisted styles' marks off the elements under `root` (hydration has set the same
 * styles on them), except inside islands not built yet: their prerendered markup keeps its styles.
 */
export function releasePrerenderedStyles(root: ParentNode): void {
  for (const el of root.querySelectorAll(`[${PRERENDERED_STYLE}]`)) {
    const island = el.closest('[data-island]');
    if (island === null || !pending.has(island)) {
      el.removeAttribute(PRERENDERED_STYLE);
    }
  }
}

/** Whether an island's element holds a part the server rendered (a component's start marker). */
const prerendered = (element: Element): boolean =>
  Array.from(element.childNodes).some((n) => n.nodeType === 8 && (n as Comment).data === '[');

/** The islands' elements still waiting for their part. */
const pending = new WeakSet<Element>();

export class Islands {
  readonly #loaders: Loaders;
  #queue: Entry[] = [];
  #running = false;
  #started = false;
  #fresh: () => boolean = () => false;
  #idle: (() => void)[] = [];
  /** Parts built (or given up: removed, not loaded) since they were last queued. */
  #done = new Set<PartName>();
  /** After this part, the others wait for `gate` (the page's ready signal: App.svelte). */
  #gate: { after: PartName; open: () => Promise<void> } | null = null;
  #waiting = new Map<PartName, (() => void)[]>();
  /** The part taken from the queue and not finished yet (its code may still be loading). */
  #current: Entry | null = null;

  /** When a part after the gate is wanted (wanted.ts): the page's, loaded when the gate opens. */
  #demand: Demand | null;
  /** Whether the gate has opened: the parts built from then on wait until they are wanted. */
  #opened = false;
  /** Wakes the work waiting for a part to be wanted: a part was queued or removed. */
  #wake: (() => void) | null = null;

  /** @param demand when a part after the gate is wanted (tests give their own) */
  constructor(loaders: Loaders, demand: Demand | null = null) {
    this.#loaders = loaders;
    this.#demand = demand;
  }

  /**
   * Queues a part for its element; returns what removes it (Island.svelte's onMount cleanup).
   * `context` is the page's (getAllContexts): the part reads the explorer from it.
   */
  add(part: PartName, element: HTMLElement, context: Map<unknown, unknown>): () => void {
    const entry: Entry = { part, element, context, removed: false };
    this.#queue.push(entry);
    this.#done.delete(part);
    pending.add(element);
    this.#wake?.();
    void this.#run();
    return () => {
      entry.removed = true;
      pending.delete(element);
      this.#wake?.();
      if (entry.instance) void unmount(entry.instance);
    };
  }

  /**
   * Starts the work, after the first screen is hydrated or mounted. `fresh` says whether the
   * prerendered HTML still shows the view (the address and the table it was rendered for): then a
   * part is hydrated over it; otherwise the HTML goes and the part is mounted.
   */
  start(fresh: () => boolean): void {
    this.#fresh = fresh;
    this.#started = true;
    // The code of the parts up to the gate (every part without one) is asked for at once, so that
    // the files come in parallel; each part is still built in its turn. The others' when wanted.
    const gate = this.#gate;
    const first =
      gate === null ? BUILD_ORDER : BUILD_ORDER.slice(0, BUILD_ORDER.indexOf(gate.after) + 1);
    this.#load(first);
    void this.#run();
  }

  /** Asks for the code of the queued parts among `parts`, all at once. */
  #load(parts: readonly PartName[]): void {
    for (const entry of this.#queue) {
      if (parts.includes(entry.part)) this.#loaders[entry.part]().catch(() => undefined);
    }
  }

  /**
   * Builds no other part after `after` until `open()` resolves: the page's charts are made whole
   * before the parts below them take the main thread (App.svelte). Set it before `start`.
   */
  gate(after: PartName, open: () => Promise<void>): void {
    this.#gate = { after, open };
  }

  /** Resolves once `part` is built, or given up (at once when it is not queued). */
  built(part: PartName): Promise<void> {
    const queued = [...this.#queue, this.#current].some((e) => e?.part === part && !e.removed);
    if (this.#done.has(part) || !queued) return Promise.resolve();
    return new Promise((resolve) => {
      const list = this.#waiting.get(part) ?? [];
      list.push(resolve);
      this.#waiting.set(part, list);
    });
  }

  #finish(part: PartName): void {
    this.#done.add(part);
    for (const resolve of this.#waiting.get(part) ?? []) resolve();
    this.#waiting.delete(part);
  }

  /** Resolves once every part queued so far is built (at once when none waits). */
  settled(): Promise<void> {
    if (!this.#running && this.#queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  async #run(): Promise<void> {
    if (!this.#started || this.#running) return;
    this.#running = true;
    try {
      // Time spent building since the last new task.
      let spent = 0;
      for (;;) {
        const entry = this.#next();
        if (entry === undefined) {
          if (this.#queue.length === 0) break;
          // Parts wait, none wanted yet: until the page or the queue changes.
          spent = 0;
          await Promise.race([
            this.#demand?.change(),
            new Promise<void>((resolve) => (this.#wake = resolve)),
          ]);
          this.#wake = null;
          continue;
        }
        this.#current = entry;
        if (entry.removed) {
          this.#finish(entry.part);
          continue;
        }
        let Part: Component;
        try {
          Part = (await this.#loaders[entry.part]()).default;
        } catch {
          // Offline: the prerendered part stays as it was rendered, readable.
          pending.delete(entry.element);
          this.#finish(entry.part);
          continue;
        }
        if (entry.removed) {
          this.#finish(entry.part);
          continue;
        }
        const start = performance.now();
        this.#build(entry, Part);
        performance.mark(`island:${entry.part}`);
        this.#finish(entry.part);
        spent += performance.now() - start;
        if (this.#gate?.after === entry.part) {
          const { open } = this.#gate;
          this.#gate = null;
          await open();
          this.#demand ??= await pageDemand();
          this.#opened = true;
          spent = 0;
        }
        // Small parts share a task; once SLICE_MS are spent, the next part waits for a new one.
        if (spent >= SLICE_MS) {
          await nextTask();
          spent = 0;
        }
      }
    } finally {
      this.#current = null;
      this.#running = false;
      for (const resolve of this.#idle.splice(0)) resolve();
    }
  }

  /**
   * Takes the queued part that comes first in BUILD_ORDER (the earliest queued among equals), of
   * those it may take: every part before the gate opens; after it, a removed one (to be done with
   * it) or a wanted one.
   */
  #next(): Entry | undefined {
    let best = -1;
    this.#queue.forEach((entry, i) => {
      const ready =
        !this.#opened ||
        entry.removed ||
        this.#demand === null ||
        this.#demand.wanted(entry.element);
      if (!ready) return;
      const rank = BUILD_ORDER.indexOf(entry.part);
      const bestEntry = this.#queue[best];
      if (bestEntry === undefined || rank < BUILD_ORDER.indexOf(bestEntry.part)) best = i;
    });
    return best < 0 ? undefined : this.#queue.splice(best, 1)[0];
  }

  #build(entry: Entry, Part: Component): void {
    const { element, context } = entry;
    pending.delete(element);
    if (prerendered(element) && this.#fresh()) {
      entry.instance = hydrate(Part, { target: element, context });
      releasePrerenderedStyles(element);
    } else {
      element.textContent = '';
      entry.instance = mount(Part, { target: element, context });
    }
  }
}

/** The page's islands. */
export const islands = new Islands(LOADERS);
