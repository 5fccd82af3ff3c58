// A drag across a chart drawn on the months scale → the months range every view follows
// (view.range). Shared by the dot plot and the histogram, which use the same scale.
import type { Linear } from './linear';
import type { ViewState } from '../state/view.svelte';
import { brushRange } from './dots';

/** How far a press must travel, in pixels, to be a drag rather than a click (which clears). */
const CLICK_PX = 4;

/**
 * The brush of one chart: its handlers go on the element the chart's SVG fills (x from its left
 * edge); `shown` is the band to draw, in pixels: the drag while it lasts, else the view's range.
 */
export class MonthsBrush {
  /** Where a drag started and where it is now, in pixels; null when not dragging. */
  #drag = $state<{ from: number; to: number } | null>(null);
  readonly #view: ViewState;
  readonly #x: () => Linear;

  constructor(view: ViewState, x: () => Linear) {
    this.#view = view;
    this.#x = x;
  }

  #offset(e: PointerEvent): number {
    return e.clientX - (e.currentTarget as HTMLElement).getBoundingClientRect().left;
  }

  start = (e: PointerEvent): void => {
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    const at = this.#offset(e);
    this.#drag = { from: at, to: at };
  };

  /** Follows a drag; false when there is none (the pointer only moves over the chart). */
  move = (e: PointerEvent): boolean => {
    if (!this.#drag) return false;
    this.#drag = { from: this.#drag.from, to: this.#offset(e) };
    return true;
  };

  end = (): void => {
    if (!this.#drag) return;
    const { from, to } = this.#drag;
    this.#drag = null;
    const x = this.#x();
    const domain = x.domain();
    this.#view.setRange(
      Math.abs(from - to) < CLICK_PX ? null : brushRange(from, to, (px) => x.invert(px), domain),
    );
  };

  cancel = (): void => {
    this.#drag = null;
  };

  get shown(): [number, number] | null {
    const drag = this.#drag;
    if (drag) return [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)];
    const range = this.#view.range;
    if (!range) return null;
    const x = this.#x();
    const [lo, hi] = x.domain();
    const from = Math.max(lo, range[0]);
    const to = Math.min(hi, range[1]);
    // A range wholly off the chart (`min=50`: no school has that much) draws no band.
    return from > to ? null : [x(from), x(to)];
  }
}
