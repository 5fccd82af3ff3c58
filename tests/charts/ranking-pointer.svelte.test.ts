// RankingPointer: pointer, touch and keys on the ranking chart → view.hover and view.togglePick.
import { describe, expect, it } from 'vitest';
import { RankingPointer, type PointerView } from '../../src/lib/charts/ranking-pointer.svelte';

/** A view that records what it is asked: hover and pick calls, and the hovered row it keeps. */
function fakeView(): PointerView & { picks: string[]; calls: string[] } {
  const view = {
    hovered: null as string | null,
    picks: [] as string[],
    calls: [] as string[],
    hover(id: string | null) {
      view.hovered = id;
      view.calls.push(`hover ${id}`);
    },
    togglePick(id: string) {
      view.picks = view.picks.includes(id)
        ? view.picks.filter((p) => p !== id)
        : [...view.picks, id];
      view.calls.push(`pick ${id}`);
    },
  };
  return view;
}

const rows = Array.from({ length: 30 }, (_, i) => ({ id: `r${i}` }));
const setup = () => {
  const view = fakeView();
  return { view, pointer: new RankingPointer(view, () => rows) };
};
const at = (type: string, pointerType: string, clientY: number) => ({
  type,
  pointerType,
  clientX: 100,
  clientY,
});

describe('RankingPointer: a mouse', () => {
  it('a move hovers the row under it; a click picks it; a second click drops it', () => {
    const { view, pointer } = setup();
    pointer.point(at('pointermove', 'mouse', 40), 2);
    expect(view.hovered).toBe('r2');
    expect(pointer.here).toBe(true);
    pointer.point(at('pointerdown', 'mouse', 40), 2);
    pointer.click();
    expect(view.picks).toEqual(['r2']);
    expect(pointer.how).toBe('mouse');
    pointer.point(at('pointerdown', 'mouse', 40), 2);
    pointer.click();
    expect(view.picks).toEqual([]);
  });

  it('a pointermove where the mouse already was (the page scrolled under it) takes no row', () => {
    const { view, pointer } = setup();
    pointer.point(at('pointermove', 'mouse', 40), 2);
    pointer.key('ArrowDown');
    expect(view.hovered).toBe('r3');
    // The page scrolls: the row under the resting mouse is now row 7, but the keys keep theirs.
    pointer.point(at('pointermove', 'mouse', 40), 7);
    expect(view.hovered).toBe('r3');
    // Once the mouse moves, it takes the row under it.
    pointer.point(at('pointermove', 'mouse', 41), 7);
    expect(view.hovered).toBe('r7');
  });

  it('a click between or outside the rows picks nothing; leaving clears the hover', () => {
    const { view, pointer } = setup();
    pointer.point(at('pointerdown', 'mouse', 5), null);
    pointer.click();
    expect(view.picks).toEqual([]);
    expect(view.hovered).toBeNull();
    pointer.point(at('pointermove', 'mouse', 40), 2);
    pointer.leave('mouse');
    expect(view.hovered).toBeNull();
    expect(pointer.here).toBe(false);
  });
});

describe('RankingPointer: a finger', () => {
  it('a first tap shows the row, a second tap on the same row picks it', () => {
    const { view, pointer } = setup();
    const tap = (row: number) => {
      pointer.point(at('pointerdown', 'touch', row * 16), row);
      pointer.click();
    };
    tap(4);
    expect(view.hovered).toBe('r4');
    expect(view.picks).toEqual([]);
    expect(pointer.how).toBe('touch');
    // Another row: shown, not picked.
    tap(5);
    expect(view.hovered).toBe('r5');
    expect(view.picks).toEqual([]);
    tap(5);
    expect(view.picks).toEqual(['r5']);
  });

  it('the finger lifted (pointerleave of a touch) leaves the tooltip showing', () => {
    const { view, pointer } = setup();
    pointer.point(at('pointerdown', 'touch', 64), 4);
    pointer.click();
    pointer.leave('touch');
    expect(view.hovered).toBe('r4');
    expect(pointer.here).toBe(true);
  });
});

describe('RankingPointer: the keys', () => {
  it.each([
    // from (null: no row yet), key, to, whether the browser's default is prevented
    [null, 'ArrowDown', 'r0', true],
    [3, 'ArrowDown', 'r4', true],
    [3, 'ArrowUp', 'r2', true],
    [0, 'ArrowUp', 'r0', true],
    [3, 'PageDown', 'r13', true],
    [25, 'PageDown', 'r29', true],
    [13, 'PageUp', 'r3', true],
    [5, 'PageUp', 'r0', true],
    [12, 'Home', 'r0', true],
    [12, 'End', 'r29', true],
    [12, 'a', 'r12', false],
  ])('from row %s, %s goes to %s (default prevented: %s)', (from, key, to, prevent) => {
    const { view, pointer } = setup();
    if (from !== null) view.hover(`r${from}`);
    expect(pointer.key(key).prevent).toBe(prevent);
    expect(view.hovered).toBe(to);
    expect(pointer.how).toBe('keys');
    expect(pointer.here).toBe(true);
  });

  it('a move says the row to scroll to', () => {
    const { pointer } = setup();
    expect(pointer.key('End')).toEqual({ prevent: true, row: 29 });
  });

  it('Enter and Space pick the active row and drop it; Escape leaves', () => {
    const { view, pointer } = setup();
    pointer.key('ArrowDown');
    expect(pointer.key('Enter')).toEqual({ prevent: true });
    expect(view.picks).toEqual(['r0']);
    pointer.key(' ');
    expect(view.picks).toEqual([]);
    expect(pointer.key('Escape')).toEqual({ prevent: false });
    expect(view.hovered).toBeNull();
  });

  it('Enter with no active row picks nothing and leaves the key to the page', () => {
    const { view, pointer } = setup();
    expect(pointer.key('Enter')).toEqual({ prevent: false });
    expect(view.calls).toEqual([]);
  });
});
