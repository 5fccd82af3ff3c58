// A filter that widens while the table is on screen (a tie's « show all », pressed in the table)
// shows up to 140 rows again: their style and layout made one frame of 60 to 75 ms on a 2-core
// machine. The rows come back a slice per frame instead, nearest to those already shown first
// (windowing/reveal.ts): the frame after the press shows the rows around the reader's, the others
// follow, each frame laying out only the rows it adds. On where lists grow (`setGrowing`, set by the
// page); elsewhere every row is shown at once.
import { untrack } from 'svelte';
import { growsHere } from './growing.svelte';
import { REVEAL_PER_FRAME, stillHeld } from './reveal';

const NONE: ReadonlySet<string> = new Set();

/**
 * The rows a list holds back for now, of those its filter shows: create it while a component is
 * set up, with the list's ids in their order and the ids its filter shows (null: all, no filter).
 */
export class RevealRows {
  readonly #order: () => readonly string[];
  readonly #shown: () => ReadonlySet<string> | null;
  readonly #on: boolean;
  /** Bookkeeping of the last reading (not state: read by `held` alone). */
  #last: ReadonlySet<string> | null = null;
  #queue: readonly string[] = [];
  /** One more slice shown at each step. */
  #step = $state(0);

  /** The ids the filter shows that are not shown yet: emptied a slice per frame. */
  readonly held: ReadonlySet<string> = $derived.by(() => this.#hold());

  constructor(order: () => readonly string[], shown: () => ReadonlySet<string> | null) {
    this.#order = order;
    this.#shown = shown;
    this.#on = growsHere();
    if (!this.#on) return;
    $effect(() => {
      if (this.held.size === 0) return;
      const step = this.#step;
      // After the next frame has laid out this slice: the next one, in a task of its own.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => {
        timer = setTimeout(() => (this.#step = step + 1), 0);
      });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    });
  }

  #hold(): ReadonlySet<string> {
    const next = this.#shown();
    void this.#step;
    if (!this.#on || next === null) {
      this.#last = next;
      this.#queue = [];
      return NONE;
    }
    const last = this.#last;
    if (next === last) {
      // A step: the next slice is shown.
      this.#queue = this.#queue.slice(REVEAL_PER_FRAME);
    } else {
      this.#last = next;
      // What the reader saw until now decides which rows come first.
      this.#queue = last === null ? [] : stillHeld(untrack(this.#order), last, this.#queue, next);
    }
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read-only, replaced whole
    return this.#queue.length === 0 ? NONE : new Set(this.#queue);
  }
}
