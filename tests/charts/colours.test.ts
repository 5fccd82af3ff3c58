import { describe, expect, it } from 'vitest';
import { PICK_COLOURS, pickColour } from '../../src/lib/charts/colours';

describe('pickColour', () => {
  it('pickColour(["a", "b"], id) gives "a" the first colour, "b" the second, "c" none', () => {
    expect(pickColour(['a', 'b'], 'a')).toBe('#0072B2');
    expect(pickColour(['a', 'b'], 'b')).toBe('#D55E00');
    expect(pickColour(['a', 'b'], 'c')).toBeUndefined();
  });

  it('five picks get five different colours, the Okabe–Ito ones in order', () => {
    const picks = ['a', 'b', 'c', 'd', 'e'];
    expect(picks.map((id) => pickColour(picks, id))).toEqual([
      '#0072B2',
      '#D55E00',
      '#009E73',
      '#CC79A7',
      '#E69F00',
    ]);
    expect(new Set(PICK_COLOURS).size).toBe(5);
  });

  it('a sixth pick starts the colours over', () => {
    expect(pickColour(['a', 'b', 'c', 'd', 'e', 'f'], 'f')).toBe('#0072B2');
  });
});
