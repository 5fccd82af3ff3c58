// The whole table's months maximum → one months domain, shared through a context by every chart
// drawn on the months axis (the histogram, the dot plot, the ranking chart), so that they line up
// and hold still under a filter (the LayerCake pattern: the scale made once, each chart only draws).
import { createContext } from 'svelte';
import type { Linear } from './linear';
import { monthsScale } from './scales';

/** The months domain of a page's charts, and the scale for a chart's pixel range. */
export class Months {
  readonly #max: () => number;
  /** [0, top]: from 0 to a whole month past the maximum (see monthsScale), at least [0, 1]. */
  readonly domain = $derived.by((): readonly [number, number] => {
    const top = monthsScale(this.#max(), 0, 1).domain()[1] ?? 1;
    return [0, top];
  });

  /** `max`: the largest months value of the whole table, read again when it changes. */
  constructor(max: () => number) {
    this.#max = max;
  }

  /** The largest months value of the whole table (a layout that builds its own scale takes it). */
  get max(): number {
    return this.#max();
  }

  /** The months scale over the pixels [x0, x1]. */
  scale(x0: number, x1: number): Linear {
    return monthsScale(this.#max(), x0, x1);
  }
}

const [getMonths, setMonthsContext, hasMonths] = createContext<Months>();

/**
 * Sets the months domain for every chart below the calling component (call it once, during the
 * page's set-up): `setMonths(() => dataset.distribution?.max ?? 12)`.
 */
export function setMonths(max: () => number): Months {
  return setMonthsContext(new Months(max));
}

/**
 * The months domain a chart draws on: the page's (setMonths) when there is one, else one of its
 * own from `fallback` (a chart's `maxMonths` prop, or its data's maximum). Call during set-up.
 */
export function useMonths(fallback: () => number): Months {
  return hasMonths() ? getMonths() : new Months(fallback);
}
