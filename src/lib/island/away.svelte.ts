// A part of the page away from the viewport (none of it in sight) draws what a filter change
// asks in a task after the frame that shows the change: the reader's keystroke, or tap, pays only
// for what is in sight. At 375 px, with a search typed, the map's dots, the strip's and the
// ranking's rows, the table's (all below the results) were 6 to 9 ms of each change at 144 schools,
// against a budget of 16. In sight, or printed, a part follows each change at once.
import { afterFrame } from '../state/sync.svelte';

/** A part follows each change at once while any of it is in the viewport. (One wholly off it,
 *  scrolled to, shows the last change: it caught up in the task after that change's frame.) */
const NEAR = '0px';

/**
 * What a part draws, from `source`: at once while the part (`element`) is in sight, else in a task
 * after the frame that shows the change. Create it while the part is set up. Without an
 * IntersectionObserver (a server, a test's DOM), it follows at once. `element` may be missing:
 * undefined before it is first built, null once an `{#if}` has taken it away (`bind:this`: the
 * histogram's, when a search matches no school); it is watched again when it comes back.
 */
export class Away<T> {
  readonly #source: () => T;
  /** Whether any of the part is in the viewport (until told otherwise: it is). */
  #seen = $state(true);
  #printing = $state(false);
  /** The source's value as of the task after the last change's frame. */
  #late: T = $state.raw() as T;

  /** What the part draws now. */
  readonly value: T = $derived.by(() => (this.#near() ? this.#source() : this.#late));

  constructor(source: () => T, element: () => Element | null | undefined) {
    this.#source = source;
    $effect(() => {
      const next = this.#source();
      // In sight: the value follows the source itself; this copy only keeps up.
      if (this.#near()) {
        this.#late = next;
        return;
      }
      return afterFrame(() => (this.#late = next));
    });
    $effect(() => {
      const box = element();
      if (box == null || typeof IntersectionObserver === 'undefined') return;
      const observer = new IntersectionObserver(
        (entries) => {
          const last = entries.at(-1);
          if (last !== undefined) this.#seen = last.isIntersecting;
        },
        { rootMargin: NEAR },
      );
      observer.observe(box);
      const before = (): void => void (this.#printing = true);
      const after = (): void => void (this.#printing = false);
      addEventListener('beforeprint', before);
      addEventListener('afterprint', after);
      return () => {
        observer.disconnect();
        removeEventListener('beforeprint', before);
        removeEventListener('afterprint', after);
      };
    });
  }

  #near(): boolean {
    return this.#seen || this.#printing;
  }
}
