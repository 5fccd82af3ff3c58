// A stage of the explorer's (model/explorer.svelte.ts, section 3a): the filtered schools + the
// picks + the reader's shortlist → the schools every view draws: the filtered ones and the picked
// and shortlisted ones the filter leaves out (`kept`, which the views mark), in ranked order
// (analysis/pinned.ts). Counts and statistics stay the filtered schools' (the model's `schools`,
// `distribution`). Computed once per change of its inputs ($derived), shared by every part of one
// explorer (`pinsOf`, as later/stages.svelte.ts), and loaded with the parts that draw it: the first
// screen's script does without it (issue 12's budget). The shortlist lives in this browser
// (shortlist/, also loaded later, and a test's by context): the parts hand it over once mounted
// (`follow`), after hydration, as the prerendered page knows no reader's list.
import { withPinned, type Pinned } from '../analysis/pinned';
import type { RankedSchool } from '../analysis/types';
import type { Explorer } from '../model/explorer.svelte';

/** What a shortlist gives: its ids, read reactively. */
interface Listed {
  readonly ids: readonly string[];
}

export class Pins {
  readonly #m: Explorer;
  #list = $state.raw<Listed>({ ids: [] });

  constructor(m: Explorer) {
    this.#m = m;
  }

  /** Keeps the schools of `list` (the reader's shortlist) in sight whatever the filter. */
  follow(list: Listed): void {
    this.#list = list;
  }
  /** The shortlist's ids once a part follows it (none before). */
  get listed(): readonly string[] {
    return this.#list.ids;
  }
  /** The schools drawn, which of them are kept outside the filter, and those. */
  readonly pinned: Pinned<RankedSchool> = $derived.by(() => {
    const m = this.#m;
    return withPinned(m.all, m.schools, m.visibleIds, [...m.view.picks, ...this.#list.ids]);
  });
}

const pins = new WeakMap<Explorer, Pins>();

/** The pins of an explorer's views, made on first ask (every part shares them). Made in an effect
 *  root of their own, not in the component that first asks: a $derived ends with the component
 *  it is made in (then answering its last value for ever), and the first to ask may be the results'
 *  group, gone as soon as the search is cleared. */
export function pinsOf(m: Explorer): Pins {
  let p = pins.get(m);
  if (p === undefined) {
    let made: Pins | undefined;
    $effect.root(() => {
      made = new Pins(m);
    });
    // A server runs no effect root (nor needs one: nothing ends there).
    made ??= new Pins(m);
    pins.set(m, (p = made));
  }
  return p;
}
