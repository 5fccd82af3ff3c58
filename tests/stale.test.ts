// The guard's question (src/lib/stale.ts, run by src/boot.ts before the first paint): does the
// prerendered page show another view than its address asks for? Expectations by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { staleView } from '../src/lib/stale';

const KEYS = ['q', 'min', 'max', 'lang', 'embed'];

describe('staleView', () => {
  it.each([
    ['', ''],
    ['?utm_source=news&n=144', ''],
    ['', '?lang=en'],
    ['?lang=en', '?lang=en'],
    ['?fbclid=x', '?lang=en'],
    ['?q=lyon&lang=en', '?lang=en&q=lyon'],
  ])('at %j, a page holding %j is the view asked for', (search, prerendered) => {
    expect(staleView(search, prerendered, KEYS)).toBe(false);
  });

  it.each([
    ['?q=lyon', ''],
    ['?min=3', ''],
    ['?lang=en', ''],
    ['?embed=table', ''],
    ['?lang=fr', '?lang=en'],
    ['?q=lyon', '?lang=en'],
    ['?q=a&q=b', '?q=a'],
  ])('at %j, a page holding %j is stale', (search, prerendered) => {
    expect(staleView(search, prerendered, KEYS)).toBe(true);
  });

  it('with no keys, nothing is stale (the single file has no guard)', () => {
    expect(staleView('?q=lyon', '', [])).toBe(false);
  });

  it('a page is never stale at its own view’s address, whatever else the address holds', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 }), { maxKeys: 4 }),
        fc.string({ maxLength: 6 }),
        (view, noise) => {
          const shown = new URLSearchParams(view).toString();
          const asked = new URLSearchParams({ ...view, utm_source: noise }).toString();
          return !staleView(`?${asked}`, shown, KEYS);
        },
      ),
    );
  });
});
