// lazy(load): one load however often it is called, the module itself once loaded, a retry after a
// failure.
import { describe, expect, it } from 'vitest';
import { lazy } from '../../src/lib/lazy';

describe('lazy', () => {
  it('lazy(load) does not load before the first call', () => {
    let calls = 0;
    lazy(() => {
      calls += 1;
      return Promise.resolve(1);
    });
    expect(calls).toBe(0);
  });

  it('gives one promise to every call before the load settles, and loads once', async () => {
    let calls = 0;
    const part = lazy(() => {
      calls += 1;
      return Promise.resolve({ name: 'Method' });
    });
    const first = part();
    const second = part();
    expect(first).toBeInstanceOf(Promise);
    expect(second).toBe(first);
    await expect(first).resolves.toEqual({ name: 'Method' });
    expect(calls).toBe(1);
  });

  it('gives the module itself, not a promise, once loaded', async () => {
    const module = { name: 'Profile' };
    const part = lazy(() => Promise.resolve(module));
    await part();
    expect(part()).toBe(module);
    expect(part()).toBe(module);
  });

  it('loads again at the next call after a failed load', async () => {
    let calls = 0;
    const part = lazy(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('loaded');
    });
    await expect(part()).rejects.toThrow('offline');
    await expect(part()).resolves.toBe('loaded');
    expect(part()).toBe('loaded');
    expect(calls).toBe(2);
  });
});
