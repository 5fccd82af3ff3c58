// The marks a chart recomputes keep the objects of the rows that did not change
// (src/lib/charts/keep-same.ts), so that a keyed list updates only the others.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepSame, sameFields } from '../../src/lib/charts/keep-same';

const mark = (id: string, x: number, colour?: string) => ({
  id,
  x,
  label: id.toUpperCase(),
  colour,
});

describe('sameFields', () => {
  it('compares every field with Object.is, and the fields themselves', () => {
    expect(sameFields(mark('a', 1), mark('a', 1))).toBe(true);
    expect(sameFields(mark('a', 1), mark('a', 2))).toBe(false);
    expect(sameFields(mark('a', 1, 'red'), mark('a', 1))).toBe(false);
    expect(sameFields({ x: NaN }, { x: NaN })).toBe(true);
    expect(sameFields({ x: 0 }, { x: -0 })).toBe(false);
    expect(sameFields({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameFields({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});

describe('keepSame', () => {
  it('keeps the rows that did not change, takes the new and the changed ones', () => {
    const before = [mark('a', 1), mark('b', 2)];
    const after = [mark('a', 1), mark('b', 3), mark('c', 4)];
    const kept = keepSame(before, after, (m) => m.id);
    expect(kept).toEqual(after);
    expect(kept[0]).toBe(before[0]);
    expect(kept[1]).toBe(after[1]);
    expect(kept[2]).toBe(after[2]);
  });

  it('follows the new order, and drops the rows no longer listed', () => {
    const before = [mark('a', 1), mark('b', 2), mark('c', 3)];
    const after = [mark('c', 3), mark('a', 1)];
    const kept = keepSame(before, after, (m) => m.id);
    expect(kept.map((m) => m.id)).toEqual(['c', 'a']);
    expect(kept[0]).toBe(before[2]);
    expect(kept[1]).toBe(before[0]);
  });

  it('equals the new list field for field; each item is an old or a new object', () => {
    const row = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      x: fc.integer({ min: 0, max: 3 }),
      picked: fc.boolean(),
    });
    const list = fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 6 });
    fc.assert(
      fc.property(list, list, (before, after) => {
        const kept = keepSame(before, after, (r) => r.id);
        expect(kept).toEqual(after);
        kept.forEach((item, i) => {
          const old = before.find((r) => r.id === item.id);
          const same = old !== undefined && old.x === item.x && old.picked === item.picked;
          expect(item).toBe(same ? old : after[i]);
        });
      }),
    );
  });
});
