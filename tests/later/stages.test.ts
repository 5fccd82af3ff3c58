// The stages of a large table's parts below the first screen: held back when a table of more than
// STAGED_FROM schools is shown, then one a turn, in order; a small table's all at once. The turns
// are the test's own, taken one by one.
import { describe, expect, it } from 'vitest';
import { STAGED_FROM, STAGES, Stages, stagesOf } from '../../src/lib/later/stages.svelte';

/** Turns the test lets through one at a time (`next`). */
function turns() {
  const waiting: (() => void)[] = [];
  return {
    turn: () => new Promise<void>((resolve) => waiting.push(resolve)),
    /** Lets the oldest turn through, then lets its continuation run. */
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

const come = (s: Stages) => STAGES.filter((stage) => s.has(stage));

describe('Stages', () => {
  it('has every stage before any table is held', () => {
    expect(come(new Stages())).toEqual(['table', 'report', 'strip', 'summary', 'rules']);
  });

  it('holds every stage of a table over STAGED_FROM schools, then lets one come a turn', async () => {
    const t = turns();
    const s = new Stages(t.turn);
    const held = s.hold(STAGED_FROM + 1);
    expect(come(s)).toEqual([]);
    await t.next();
    expect(come(s)).toEqual(['table']);
    await t.next();
    expect(come(s)).toEqual(['table', 'report']);
    await t.next();
    expect(come(s)).toEqual(['table', 'report', 'strip']);
    await t.next();
    expect(come(s)).toEqual(['table', 'report', 'strip', 'summary']);
    await t.next();
    expect(come(s)).toEqual(['table', 'report', 'strip', 'summary', 'rules']);
    await held;
    expect(t.pending).toBe(0);
  });

  it('shows a table of STAGED_FROM schools or fewer at once, with no turn taken', async () => {
    const t = turns();
    const s = new Stages(t.turn);
    await s.hold(STAGED_FROM);
    expect(come(s)).toEqual(['table', 'report', 'strip', 'summary', 'rules']);
    expect(t.pending).toBe(0);
  });

  it('a small table shown while a large one is held shows every stage at once', async () => {
    const t = turns();
    const s = new Stages(t.turn);
    void s.hold(100_000);
    await t.next();
    expect(come(s)).toEqual(['table']);
    await s.hold(144);
    expect(come(s)).toEqual(['table', 'report', 'strip', 'summary', 'rules']);
    // The first hold's next turn comes, and changes nothing: a later hold took over.
    await t.next();
    expect(come(s)).toEqual(['table', 'report', 'strip', 'summary', 'rules']);
  });

  it('clear() holds every stage back and stops the turns of the hold under way', async () => {
    const t = turns();
    const s = new Stages(t.turn);
    void s.hold(100_000);
    await t.next();
    expect(come(s)).toEqual(['table']);
    s.clear();
    expect(come(s)).toEqual([]);
    // The hold's next turn: ignored, nothing comes until the next hold.
    await t.next();
    expect(come(s)).toEqual([]);
    void s.hold(100_000);
    await t.next();
    expect(come(s)).toEqual(['table']);
  });

  it("a second large table starts the stages again, the first one's turns ignored", async () => {
    const t = turns();
    const s = new Stages(t.turn);
    void s.hold(100_000);
    await t.next();
    await t.next();
    expect(come(s)).toEqual(['table', 'report']);
    void s.hold(50_000);
    expect(come(s)).toEqual([]);
    // The first hold's next turn: ignored.
    await t.next();
    expect(come(s)).toEqual([]);
    await t.next();
    expect(come(s)).toEqual(['table']);
  });

  it('resolves hold() true once every stage has come, false for a small table or one taken over', async () => {
    const t = turns();
    const s = new Stages(t.turn);
    expect(await s.hold(144)).toBe(false);
    const first = s.hold(100_000);
    await t.next();
    const second = s.hold(100_000);
    await t.next();
    expect(await first).toBe(false);
    // The second's stages, a turn each.
    for (let i = 0; i < STAGES.length; i++) await t.next();
    expect(await second).toBe(true);
  });

  it('warms a map a step at a time after a turn, slices of one step, until it is built', async () => {
    const t = turns();
    const s = new Stages(t.turn);
    let steps = 0;
    const map = { step: () => ++steps >= 3 };
    const warmed = s.warm(map, 0);
    // Nothing in the caller's task.
    expect(steps).toBe(0);
    await t.next();
    expect(steps).toBe(1);
    await t.next();
    expect(steps).toBe(2);
    await t.next();
    await warmed;
    expect(steps).toBe(3);
    expect(t.pending).toBe(0);
  });

  it('stops warming when another table is held', async () => {
    const t = turns();
    const s = new Stages(t.turn);
    let steps = 0;
    const warmed = s.warm({ step: () => ++steps >= 10 }, 0);
    await t.next();
    expect(steps).toBe(1);
    void s.hold(100_000);
    await t.next();
    await warmed;
    expect(steps).toBe(1);
  });

  it('gives one explorer the same stages whoever asks, another explorer its own', () => {
    const a = {};
    const b = {};
    expect(stagesOf(a)).toBe(stagesOf(a));
    expect(stagesOf(a)).not.toBe(stagesOf(b));
  });
});
