// A large table shown → the parts below the first screen drawn a task later, one stage per task:
// the task that shows a table of 100,000 schools draws the first screen's views (the controls, the
// ranking, the histogram) and nothing else, and each stage below comes in a task of its own (the
// table, the load panel's check and report, the strip, the summary and key points, the CTI rules
// with the renamed schools), so that no task holds the page for long (issue 13: none over 100 ms;
// the check and report were a fifth of the showing task at 100,000 rows). A stage's part shows
// nothing until its turn, its stages (the explorer's $derived) unread until then. A small table shows every stage at
// once. Not in the start bundle (src/lib/later is not in vite.config.ts's main chunk): the load
// session holds the stages back (load/session.svelte.ts) and the parts read them (lib/parts).
import { nextTask } from '../next-task';

/** The stages, in the order they come. */
export const STAGES = ['table', 'report', 'strip', 'summary', 'rules'] as const;
export type Stage = (typeof STAGES)[number];

/** Tables of more schools than this are shown in stages (`hold`); the published one (144) and
 *  most of a reader's are shown at once. */
export const STAGED_FROM = 5_000;

export class Stages {
  /** How many stages have come (all of them: STAGES.length). */
  #come = $state<number>(STAGES.length);
  /** The hold under way: a later one stops an earlier one's turns. */
  #hold = 0;
  readonly #turn: () => Promise<void>;

  /** @param turn waits for a new task (a test's: its own steps) */
  constructor(turn: () => Promise<void> = nextTask) {
    this.#turn = turn;
  }

  /** Whether the stage has come: its part may be drawn. */
  has(stage: Stage): boolean {
    return this.#come > STAGES.indexOf(stage);
  }

  /** Before a table of `size` schools is shown: above STAGED_FROM, holds every stage back, then
   *  lets one come per task. Resolves true once all have come after holding them, false when
   *  nothing was held or another hold took over. */
  async hold(size: number): Promise<boolean> {
    const hold = ++this.#hold;
    if (size <= STAGED_FROM) {
      this.#come = STAGES.length;
      return false;
    }
    this.#come = 0;
    for (let i = 1; i <= STAGES.length; i++) {
      await this.#turn();
      if (hold !== this.#hold) return false;
      this.#come = i;
    }
    return true;
  }

  /** Holds every stage back until the next `hold`, and stops the turns of the one under way: a
   *  large table is read and about to be shown, and the parts below the first screen of the table
   *  shown now go in this task rather than in the one that shows the new table. */
  clear(): void {
    this.#hold++;
    this.#come = 0;
  }

  /** After the stages, in idle time: builds `map` (a LazyMap: the search keys, which the first
   *  search at 100,000 schools otherwise built in one task of some 100 ms) a step at a time, in
   *  slices of up to SLICE_MS, a task each, until it is built or another hold starts. */
  async warm(map: { step(): boolean }, ms = SLICE_MS): Promise<void> {
    const hold = this.#hold;
    for (;;) {
      await this.#turn();
      if (hold !== this.#hold) return;
      const start = performance.now();
      do {
        if (map.step()) return;
      } while (performance.now() - start < ms);
    }
  }
}

/** The longest slice of idle work (`warm`), in ms. */
export const SLICE_MS = 20;

const stages = new WeakMap<object, Stages>();

/** The stages of an explorer's views, made on first ask (the session and the parts share them). */
export function stagesOf(explorer: object): Stages {
  let s = stages.get(explorer);
  if (s === undefined) stages.set(explorer, (s = new Stages()));
  return s;
}
