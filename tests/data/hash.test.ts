import { describe, expect, it } from 'vitest';
import { hashString, StringSet } from '../../src/lib/data/hash';

describe('hashString', () => {
  it.each([
    ['', 0x811c9dc5 & 0x3fffffff],
    ['a', 0xe40c292c & 0x3fffffff],
  ])('hashString(%j) gives the 32-bit FNV-1a hash cut to 30 bits (%d)', (s, expected) => {
    expect(hashString(s)).toBe(expected);
  });
});

describe('StringSet', () => {
  it('StringSet.add gives true for a new string and false for one already there', () => {
    const set = new StringSet();
    expect([set.add('a'), set.add('b'), set.add('a')]).toEqual([true, true, false]);
    expect([set.has('a'), set.has('b'), set.has('c')]).toEqual([true, true, false]);
  });

  it('StringSet keeps strings apart when their given hashes collide', () => {
    const set = new StringSet();
    expect([set.add('a', 7), set.add('b', 7), set.add('a', 7)]).toEqual([true, true, false]);
    expect(set.has('b', 7)).toBe(true);
  });

  it('StringSet keeps every string while it grows past its first 1,024 slots', () => {
    const set = new StringSet();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    expect(words.every((w) => set.add(w))).toBe(true);
    expect(words.every((w) => set.has(w))).toBe(true);
    expect(set.has('w5000')).toBe(false);
  });
});
