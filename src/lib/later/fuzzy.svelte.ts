// The typo-tolerant matching as the explorer loads it (analysis/fuzzy.ts), its index of a table's
// words built in slices: the first search that finds nothing in a table of 100,000 schools built it
// in one task of some 300 ms, the page deaf meanwhile. A slice of SLICE_MS, then a new task; the
// index is null until built (`closeMatches` stays empty), then the explorer's stages that asked
// for it run again. A small table's is built at once, in the first slice. Not in the start bundle
// (src/lib/later is not in vite.config.ts's main chunk): the explorer imports it on first use.
import { closeMatches, fuzzyIndexSteps, partialMatches, type FuzzyIndex } from '../analysis/fuzzy';
import { nextTask } from '../next-task';

export { closeMatches, partialMatches };

/** The longest slice of building, in ms. */
export const SLICE_MS = 20;

// Indexes built, by the keys they index (a table's: filterIndex's, made once per table).
const built = new WeakMap<object, FuzzyIndex>();
// Keys whose index is being built in slices.
const building = new WeakSet<object>();
// How many indexes were finished in later tasks: what a stage that found none waiting reads, so
// that it runs again when one is in (a reactive read; module state, made outside any stage).
let finished = $state(0);

/** The index of `keys`: built at once when it takes one slice, else null until its slices are
 *  done (a stage that asked runs again then). `turn` waits for a new task and `ms` is the longest
 *  slice (a test's own). */
export function fuzzyIndex(
  keys: ReadonlyMap<string, string>,
  turn: () => Promise<void> = nextTask,
  ms = SLICE_MS,
): FuzzyIndex | null {
  // Read for its change, not its value.
  void finished;
  const index = built.get(keys);
  if (index !== undefined || building.has(keys)) return index ?? null;
  const steps = fuzzyIndexSteps(keys);
  const first = slice(steps, ms);
  if (first !== null) {
    built.set(keys, first);
    return first;
  }
  building.add(keys);
  void (async () => {
    for (;;) {
      await turn();
      const done = slice(steps, ms);
      if (done !== null) {
        built.set(keys, done);
        building.delete(keys);
        finished += 1;
        return;
      }
    }
  })();
  return null;
}

/** Runs steps for up to `ms` (one step at least): the index when done, else null. */
function slice(steps: Generator<void, FuzzyIndex>, ms: number): FuzzyIndex | null {
  const start = performance.now();
  do {
    const step = steps.next();
    if (step.done === true) return step.value;
  } while (performance.now() - start < ms);
  return null;
}
