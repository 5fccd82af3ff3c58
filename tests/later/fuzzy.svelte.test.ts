// @vitest-environment jsdom
// The typo index as the explorer builds it: at once for a small table, in slices (a task each)
// for a large one, null until then; a stage that read null runs again once the index is in. The
// expected index is the one the pure, one-go `fuzzyIndex` builds; the turns are the test's own.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { fuzzyIndex as wholeIndex } from '../../src/lib/analysis/fuzzy';
import { fuzzyIndex } from '../../src/lib/later/fuzzy.svelte';

/** Turns the test lets through one at a time. */
function turns() {
  const waiting: (() => void)[] = [];
  return {
    turn: () => new Promise<void>((resolve) => waiting.push(resolve)),
    async next() {
      waiting.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    },
    get pending() {
      return waiting.length;
    },
  };
}

/** Search keys of `n` schools: "ecole n <i>", with every tenth one "ecole des mines <i>". */
const keysOf = (n: number): ReadonlyMap<string, string> =>
  new Map(
    Array.from({ length: n }, (_, i) => [
      `s${i}`,
      i % 10 === 0 ? `ecole des mines ${i}` : `ecole n ${i}`,
    ]),
  );

describe('fuzzyIndex (sliced)', () => {
  it('builds a small table’s index at once, with no turn taken, then gives the same each time', () => {
    const t = turns();
    const keys = keysOf(144);
    const index = fuzzyIndex(keys, t.turn);
    expect(index).toEqual(wholeIndex(keys));
    expect(t.pending).toBe(0);
    expect(fuzzyIndex(keys, t.turn)).toBe(index);
  });

  it('builds a large table’s index a slice a turn: null until the last, then the whole index', async () => {
    const t = turns();
    // 5,000 keys, and slices of one step (2,048 keys): three slices, the first in the call.
    const keys = keysOf(5000);
    expect(fuzzyIndex(keys, t.turn, 0)).toBeNull();
    expect(t.pending).toBe(1);
    // Asked again while it builds: still null, and no second build.
    expect(fuzzyIndex(keys, t.turn, 0)).toBeNull();
    expect(t.pending).toBe(1);
    await t.next();
    expect(fuzzyIndex(keys, t.turn, 0)).toBeNull();
    await t.next();
    const index = fuzzyIndex(keys, t.turn, 0);
    expect(index).toEqual(wholeIndex(keys));
    expect(index?.vocab.slice(0, 6)).toEqual(['ecole', 'des', 'mines', '0', 'n', '1']);
    expect(t.pending).toBe(0);
  });

  it('runs a stage that read null again once the index is in', async () => {
    const t = turns();
    const keys = keysOf(5000);
    let runs = 0;
    let seen: number | null = -1;
    const stop = $effect.root(() => {
      const words = $derived.by(() => {
        runs += 1;
        return fuzzyIndex(keys, t.turn, 0)?.vocab.length ?? null;
      });
      $effect(() => {
        seen = words;
      });
    });
    flushSync();
    expect([runs, seen]).toEqual([1, null]);
    await t.next();
    flushSync();
    expect([runs, seen]).toEqual([1, null]);
    await t.next();
    flushSync();
    // "ecole", "des", "mines", "n" and the 5,000 numbers.
    expect([runs, seen]).toEqual([2, 5004]);
    stop();
  });
});
