import { describe, expect, it } from 'vitest';
import { LIMITS, utf8Length } from '../../src/lib/load/limits';

describe('LIMITS', () => {
  it('is 20 MiB and 250,000 lines', () => {
    expect(LIMITS).toEqual({ bytes: 20_971_520, rows: 250_000 });
  });
});

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2], // C3 A9
    ['€', 3], // E2 82 AC
    ['😀', 4], // F0 9F 98 80 (a surrogate pair)
    ['a;é;€;😀', 13],
  ])('utf8Length(%j) gives %i', (text, expected) => {
    expect(utf8Length(text)).toBe(expected);
  });
});
