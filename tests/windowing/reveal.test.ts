// The order a widened filter shows its rows again in: hand-worked cases, then as properties.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REVEAL_PER_FRAME, revealOrder, stillHeld } from '../../src/lib/windowing';

const letters = 'abcdefghij'.split('');

/** A list's ids in their order (up to `maxLength`), and two sets of them: before and after. */
const listsOf = (maxLength: number) =>
  fc.uniqueArray(fc.stringMatching(/^[a-z]{1,3}$/), { minLength: 1, maxLength }).chain((order) =>
    fc.tuple(
      fc.constant(order),
      fc.subarray(order).map((a) => new Set(a)),
      fc.subarray(order).map((a) => new Set(a)),
    ),
  );

describe('revealOrder', () => {
  it('shows the rows around those already shown first, the nearer above before the one below', () => {
    // d and e shown; all shown again: c and f (one away), b and g, a and h, then i, j.
    expect(revealOrder(letters, new Set(['d', 'e']), new Set(letters))).toEqual([
      'c',
      'f',
      'b',
      'g',
      'a',
      'h',
      'i',
      'j',
    ]);
  });

  it('works outwards from each group of rows shown', () => {
    // a and h shown: b and g, then c and i... each by its distance to the nearer of the two.
    expect(revealOrder(letters, new Set(['a', 'h']), new Set(letters))).toEqual([
      'b',
      'g',
      'i',
      'c',
      'f',
      'j',
      'd',
      'e',
    ]);
  });

  it('counts only the rows still shown: from the top of the list when none is', () => {
    expect(revealOrder(letters, new Set(), new Set(['e', 'b', 'h']))).toEqual(['b', 'e', 'h']);
    // Narrowed and widened at once: « c » goes, « a » and « j » come; nothing kept, so from the top.
    expect(revealOrder(letters, new Set(['c']), new Set(['j', 'a']))).toEqual(['a', 'j']);
  });

  it('lists nothing when no row comes back, and an id missing from the order last', () => {
    expect(revealOrder(letters, new Set(letters), new Set(['c', 'd']))).toEqual([]);
    expect(revealOrder(['a', 'b'], new Set(['a']), new Set(['z', 'b', 'a']))).toEqual(['b', 'z']);
  });

  const lists = listsOf(40);

  it('lists each row shown now and not before exactly once', () => {
    fc.assert(
      fc.property(lists, ([order, before, after]) => {
        const got = revealOrder(order, before, after);
        const want = order.filter((id) => after.has(id) && !before.has(id));
        expect([...got].sort()).toEqual([...want].sort());
      }),
    );
  });

  it('never lists a row farther from the rows kept before a nearer one', () => {
    fc.assert(
      fc.property(lists, ([order, before, after]) => {
        const kept = order.flatMap((id, i) => (before.has(id) && after.has(id) ? [i] : []));
        // Worked apart: the distance to the nearest kept row, or the index when none is kept.
        const distance = (id: string): number => {
          const i = order.indexOf(id);
          return kept.length === 0 ? i : Math.min(...kept.map((k) => Math.abs(k - i)));
        };
        const got = revealOrder(order, before, after).map(distance);
        for (let k = 1; k < got.length; k++) expect(got[k]).toBeGreaterThanOrEqual(got[k - 1] ?? 0);
      }),
    );
  });
});

describe('stillHeld', () => {
  const order = Array.from({ length: 100 }, (_, i) => `r${i}`);
  const range = (from: number, to: number): string[] => order.slice(from, to);

  it('holds back what comes after the first slice of rows, nearest first', () => {
    expect(REVEAL_PER_FRAME).toBe(24);
    // r0 shown, then all: r1–r24 at once, r25–r99 held back in their order.
    expect(stillHeld(order, new Set(['r0']), [], new Set(order))).toEqual(range(25, 100));
  });

  it('counts the rows still held back as not seen when the filter changes again', () => {
    // r0–r40 seen, r41–r99 held back; the filter now shows r60–r99 only: none of it was seen, so
    // from the list's top: r60–r83 at once, r84–r99 held back.
    expect(stillHeld(order, new Set(order), range(41, 100), new Set(range(60, 100)))).toEqual(
      range(84, 100),
    );
    // The same with r0 kept and r55–r99 shown: 55 to 99 away from r0, r55–r78 at once.
    expect(
      stillHeld(order, new Set(order), range(41, 100), new Set(['r0', ...range(55, 100)])),
    ).toEqual(range(79, 100));
  });

  it('holds back, of any change, what comes after the first slice in revealOrder', () => {
    // Past a slice (24) often enough: up to 80 ids, and some held back.
    const change = listsOf(80).chain(([order, last, next]) =>
      fc.tuple(fc.constant(order), fc.constant(last), fc.subarray(order), fc.constant(next)),
    );
    fc.assert(
      fc.property(change, ([order, last, held, next]) => {
        const seen = new Set([...last].filter((id) => !held.includes(id)));
        expect(stillHeld(order, last, held, next)).toEqual(
          revealOrder(order, seen, next).slice(REVEAL_PER_FRAME),
        );
      }),
    );
  });
});
