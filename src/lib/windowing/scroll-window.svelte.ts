// The page's scroll → the window of rows a long list draws, as state: the one scroll effect the
// ranking chart and the table share (each gives only how to measure itself).
import { onScrollFrame } from './scroll';

/** The rows a list draws until its first measure. */
export const FIRST_WINDOW: readonly [number, number] = [0, 60];

/**
 * The rows [start, end) a windowed list draws. Create it while a component is set up: its effect
 * calls `measurer` (whatever it reads, rows or sizes, measures again when it changes), which gives
 * the measure to run as the page scrolls or resizes (at most once a frame), or null while the list
 * is not windowed.
 */
export class ScrollWindow {
  #range = $state<readonly [number, number]>(FIRST_WINDOW);

  constructor(measurer: () => (() => readonly [number, number]) | null, win?: Window) {
    $effect(() => {
      const measure = measurer();
      if (measure === null) return;
      return onScrollFrame(() => {
        const next = measure();
        if (next[0] !== this.#range[0] || next[1] !== this.#range[1]) this.#range = next;
      }, win);
    });
  }

  /** The rows drawn: [start, end). */
  get range(): readonly [number, number] {
    return this.#range;
  }
}
