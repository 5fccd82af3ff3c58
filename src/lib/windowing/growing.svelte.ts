// A long list drawn a slice at a time: the first rows before the page's first frame (and in the
// prerendered HTML), then more in each following task (as many steps as fit in GROW_SLICE_MS),
// until every row is drawn. No single task
// builds 144 chart rows or table rows, and the prerendered page holds only the first ones. On by
// context (`setGrowing`, set by the page); a list with no such context draws every row at once.
import { createContext, flushSync } from 'svelte';
import { FIRST_ROWS, GROW_SLICE_MS, ROWS_PER_TASK } from './rows';

const [getGrowing, setGrowingContext, hasGrowing] = createContext<boolean>();

/** The lists still growing, and who waits for them all to be whole. Bookkeeping, read by no view:
 *  not reactive state. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const growing = new Set<GrowingRows>();
let waiting: { label: string | undefined; resolve: () => void }[] = [];

/** Whether a list counts for `label` (every list when it is undefined). */
const counts = (list: GrowingRows, label: string | undefined): boolean =>
  label === undefined || list.label === label;

/**
 * Resolves once no list (with that label, when one is given) is growing; at once when none is.
 * The page's ready and settled signals wait on it.
 */
export function grown(label?: string): Promise<void> {
  if (![...growing].some((list) => counts(list, label))) return Promise.resolve();
  return new Promise((resolve) => waiting.push({ label, resolve }));
}

function done(list: GrowingRows): void {
  if (!growing.delete(list)) return;
  const still = waiting.filter((w) => [...growing].some((l) => counts(l, w.label)));
  const over = waiting.filter((w) => !still.includes(w));
  waiting = still;
  for (const w of over) w.resolve();
}

/** Whether the lists below the calling component grow (read while a component is set up). */
export const growsHere = (): boolean => hasGrowing() && getGrowing();

/** Whether the lists below the calling component grow (call once, during the page's set-up). */
export function setGrowing(on: boolean): void {
  setGrowingContext(on);
}

/**
 * How many rows of a list to draw: FIRST_ROWS, then ROWS_PER_TASK more at each step after the
 * component is mounted, each drawn at once (flushSync), as many steps a task as fit in
 * GROW_SLICE_MS (one task, one frame: fewer frames laid out on the way), until `total()`; `total()` at once where lists do not grow. Create it while
 * a component is set up. Its effect runs only in a browser: on a server, the first rows stay.
 */
export class GrowingRows {
  #count = $state(Number.POSITIVE_INFINITY);
  /** What `grown(label)` knows it by ('ranking'), if anything. */
  readonly label: string | undefined;

  constructor(total: () => number, label?: string) {
    this.label = label;
    if (!growsHere()) return;
    this.#count = FIRST_ROWS;
    // Growing from now: `grown` waits for it even before its effect first runs.
    if (total() > FIRST_ROWS) growing.add(this);
    $effect(() => {
      const count = this.#count;
      if (count >= total()) {
        done(this);
        return;
      }
      growing.add(this);
      const id = setTimeout(() => {
        const start = performance.now();
        let next = count;
        do {
          next += ROWS_PER_TASK;
          this.#count = next;
          flushSync();
        } while (next < total() && performance.now() - start < GROW_SLICE_MS);
      }, 0);
      return () => clearTimeout(id);
    });
    // A list taken off the page grows no more.
    $effect(() => () => done(this));
  }

  /** The rows to draw of a list of `n`. */
  of(n: number): number {
    return Math.min(n, this.#count);
  }

  /** Whether every row of a list of `n` is drawn. */
  whole(n: number): boolean {
    return this.#count >= n;
  }
}
