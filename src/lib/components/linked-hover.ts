// A list of schools' rows → the school hovered or focused in every view (view.hovered), from one
// pair of listeners on the list (over/out and focusin/focusout bubble) rather than a pair per row.
import type { ViewState } from '../state/view.svelte';

/** The school id of the row (any element with `data-id`) an event target is in, or null. */
const idAt = (target: EventTarget | null): string | null =>
  target instanceof Element ? (target.closest('[data-id]')?.getAttribute('data-id') ?? null) : null;

/**
 * Handlers for a list whose rows carry `data-id`: `enter` for pointerover and focusin, `leave` for
 * pointerout and focusout. Leaving a row for another part of the same row keeps the school; leaving
 * it clears only a hover this row set.
 */
export function linkedHover(view: ViewState): {
  enter: (event: Event) => void;
  leave: (event: PointerEvent | FocusEvent) => void;
} {
  return {
    enter(event) {
      const id = idAt(event.target);
      if (id !== null) view.hover(id);
    },
    leave(event) {
      const from = idAt(event.target);
      if (from !== null && from !== idAt(event.relatedTarget) && view.hovered === from) {
        view.hover(null);
      }
    },
  };
}
