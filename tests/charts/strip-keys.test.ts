// The dot plot's keys: which action each key gives, where its keys stand.
import { describe, expect, it } from 'vitest';
import { stripKey, type StripKeys } from '../../src/lib/charts/strip-keys';

// Two stacks: 3 months (dots 0 and 1, bottom up) and 5 months (dot 2).
const dots = [
  { value: 3, level: 0 },
  { value: 3, level: 1 },
  { value: 5, level: 0 },
];
const at = (over: Partial<StripKeys>): StripKeys => ({
  keyed: false,
  range: false,
  at: null,
  dots,
  shown: () => true,
  ...over,
});

describe('stripKey', () => {
  it.each([
    ['Escape', at({ keyed: true, range: true }), { do: 'release' }],
    ['Escape', at({ range: true }), { do: 'clearRange' }],
    ['Escape', at({}), null],
    ['Enter', at({ keyed: true }), { do: 'pick' }],
    [' ', at({ keyed: true }), { do: 'pick' }],
    ['Enter', at({}), null],
    ['ArrowRight', at({}), { do: 'move', to: 0 }],
    ['ArrowRight', at({ at: 1 }), { do: 'move', to: 2 }],
    ['ArrowLeft', at({ at: 2 }), { do: 'move', to: 0 }],
    ['ArrowUp', at({ at: 0 }), { do: 'move', to: 1 }],
    ['ArrowDown', at({ at: 1 }), { do: 'move', to: 0 }],
    ['End', at({}), { do: 'move', to: 2 }],
    ['Home', at({ at: 2 }), { do: 'move', to: 0 }],
    ['a', at({ keyed: true }), null],
  ])('stripKey(%j, …) gives %j', (key, keys, expected) => {
    expect(stripKey(key, keys)).toEqual(expected);
  });

  it('moves only among the dots shown: Home skips the hidden 3-month stack', () => {
    expect(stripKey('Home', at({ shown: (i) => i === 2 }))).toEqual({ do: 'move', to: 2 });
  });

  it('no dot shown: the arrows do nothing', () => {
    expect(stripKey('ArrowRight', at({ shown: () => false }))).toBeNull();
  });
});
