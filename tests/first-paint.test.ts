// When the page's script starts the app (src/lib/first-paint.ts): once, in a task of its own, when
// the first paint is reported or `wait` ms after the first frame, whichever comes first. A fake
// clock: frames, tasks and the paint report happen when the test says.
import { describe, expect, it } from 'vitest';
import { afterFirstPaint, WAIT_MS, type PaintClock } from '../src/lib/first-paint';

function fakeClock() {
  const frames: (() => void)[] = [];
  const tasks: { run: () => void; ms: number }[] = [];
  let report: (() => void) | null = null;
  let listening = false;
  const clock: PaintClock = {
    frame: (run) => void frames.push(run),
    later: (run, ms) => void tasks.push({ run, ms }),
    painted(run) {
      report = run;
      listening = true;
      return () => {
        listening = false;
      };
    },
  };
  return {
    clock,
    frame: () => frames.splice(0).forEach((run) => run()),
    /** Runs the queued tasks in the order of their delays (a timer's order), and says which ran. */
    tasks: () =>
      tasks
        .splice(0)
        .sort((a, b) => a.ms - b.ms)
        .map(({ run, ms }) => (run(), ms)),
    paint: () => report?.(),
    listening: () => listening,
  };
}

describe('afterFirstPaint', () => {
  it('starts in the task after the paint is reported, and stops listening', () => {
    const fake = fakeClock();
    let started = 0;
    afterFirstPaint(() => started++, fake.clock);
    fake.paint();
    expect(started).toBe(0);
    fake.tasks();
    expect(started).toBe(1);
    expect(fake.listening()).toBe(false);
    // The first frame's timer, later, does not start it again.
    fake.frame();
    fake.tasks();
    expect(started).toBe(1);
  });

  it('starts WAIT_MS after the first frame when no paint is reported', () => {
    const fake = fakeClock();
    let started = 0;
    afterFirstPaint(() => started++, fake.clock);
    expect(fake.tasks()).toEqual([]);
    fake.frame();
    expect(fake.tasks()).toEqual([WAIT_MS]);
    expect(WAIT_MS).toBe(500);
    expect(started).toBe(1);
    expect(fake.listening()).toBe(false);
    fake.paint();
    fake.tasks();
    expect(started).toBe(1);
  });

  it('with no wait (a hidden page), starts in the task after the first frame', () => {
    const fake = fakeClock();
    let started = 0;
    afterFirstPaint(() => started++, fake.clock, 0);
    fake.frame();
    expect(fake.tasks()).toEqual([0]);
    expect(started).toBe(1);
  });
});
