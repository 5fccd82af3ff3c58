// Pointer, touch and key events on the ranking chart → the hovered school and the picks (through
// the view's methods), and how the reader points (for the tooltip's hint). No DOM: the chart hands
// in the event's fields and the row under it.
import { stepRow } from './scales';

/** What this reads and changes of the view state. */
export interface PointerView {
  readonly hovered: string | null;
  hover(id: string | null): void;
  togglePick(id: string): void;
}

/** How the reader points: a click picks under a mouse; a finger's first tap shows, a second picks. */
export type How = 'mouse' | 'touch' | 'keys';

/** The fields of a pointer event this reads. */
export interface PointerFacts {
  type: string;
  pointerType: string;
  clientX: number;
  clientY: number;
}

/** What a key did: whether the browser's default must be prevented, and the row it moved to. */
export interface KeyResult {
  prevent: boolean;
  row?: number;
}

export class RankingPointer {
  #how = $state<How>('mouse');
  #here = $state(false);
  // Where the pointer last was: Chromium sends a pointermove when the page scrolls under a resting
  // mouse, which must not take the active row from the keys (that scroll is often theirs).
  #last = { x: NaN, y: NaN };
  // The row a press went down on, and whether it was already the active row then.
  #pressed: { id: string; wasActive: boolean } | null = null;

  /**
   * @param view the view state
   * @param rows the rows shown, in order
   */
  constructor(
    private readonly view: PointerView,
    private readonly rows: () => readonly { id: string }[],
  ) {}

  /** How the reader last pointed. */
  get how(): How {
    return this.#how;
  }

  /** Whether the pointer or the focus is on the chart (the tooltip shows only then). */
  get here(): boolean {
    return this.#here;
  }

  /** A pointermove or pointerdown over row `row` (null: between or outside the rows). */
  point(event: PointerFacts, row: number | null): void {
    const still = event.clientX === this.#last.x && event.clientY === this.#last.y;
    this.#last = { x: event.clientX, y: event.clientY };
    const down = event.type === 'pointerdown';
    if (!down && still) return;
    this.#here = true;
    const id = row === null ? null : (this.rows()[row]?.id ?? null);
    if (down) {
      this.#how = event.pointerType === 'touch' ? 'touch' : 'mouse';
      this.#pressed = id === null ? null : { id, wasActive: this.view.hovered === id };
    }
    this.view.hover(id);
  }

  /** The click that ends a press: picks its row, but a finger's first tap on a row only shows it. */
  click(): void {
    const row = this.#pressed;
    this.#pressed = null;
    if (row === null || (this.#how === 'touch' && !row.wasActive)) return;
    this.view.togglePick(row.id);
  }

  /** The pointer left the chart (a finger's tap leaves the tooltip showing), or the focus did. */
  leave(pointerType = 'mouse'): void {
    if (pointerType !== 'mouse') return;
    this.#here = false;
    this.view.hover(null);
  }

  /** A key: arrows, PageUp/PageDown (10 rows), Home/End move; Enter or Space picks; Escape leaves. */
  key(key: string): KeyResult {
    this.#here = true;
    this.#how = 'keys';
    if (key === 'Escape') {
      this.view.hover(null);
      return { prevent: false };
    }
    const rows = this.rows();
    const i = rows.findIndex((s) => s.id === this.view.hovered);
    const active = i < 0 ? null : i;
    const school = active === null ? undefined : rows[active];
    if ((key === 'Enter' || key === ' ') && school) {
      this.view.togglePick(school.id);
      return { prevent: true };
    }
    const next = stepRow(key, active, rows.length);
    if (next === undefined) return { prevent: false };
    this.view.hover(rows[next]?.id ?? null);
    return { prevent: true, row: next };
  }
}
