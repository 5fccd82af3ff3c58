import { describe, expect, it } from 'vitest';
import { hashString } from '../../src/lib/data/hash';

describe('hashString', () => {
  it.each([
    ['', 0x811c9dc5 & 0x3fffffff],
    ['a', 0xe40c292c & 0x3fffffff],
  ])('hashString(%j) gives the 32-bit FNV-1a hash cut to 30 bits (%d)', (s, expected) => {
    expect(hashString(s)).toBe(expected);
  });
});
