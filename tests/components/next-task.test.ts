// inNextTask: an input's work, run in a task after the input's own (scheduler.yield where the
// browser has it, else a timer), never within the current task.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inNextTask } from '../../src/lib/components/next-task';

describe('inNextTask', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs after the current task through scheduler.yield when the browser has it', async () => {
    const order: string[] = [];
    let resume: () => void = () => {};
    const host = {
      scheduler: {
        yield(this: unknown) {
          // Called as the scheduler's method (Chromium throws on a detached call).
          order.push(this === host.scheduler ? 'yield on scheduler' : 'yield detached');
          return new Promise<void>((r) => (resume = r));
        },
      },
    };
    inNextTask(() => order.push('run'), host);
    order.push('task goes on');
    await Promise.resolve();
    expect(order).toEqual(['yield on scheduler', 'task goes on']);
    resume();
    await Promise.resolve();
    await Promise.resolve();
    expect(order).toEqual(['yield on scheduler', 'task goes on', 'run']);
  });

  it('is cancelled before it runs, through scheduler.yield or a timer', async () => {
    let resume: () => void = () => {};
    const host = { scheduler: { yield: () => new Promise<void>((r) => (resume = r)) } };
    const yielded = vi.fn();
    inNextTask(yielded, host)();
    resume();
    await Promise.resolve();
    await Promise.resolve();
    expect(yielded).not.toHaveBeenCalled();

    vi.useFakeTimers();
    const timed = vi.fn();
    inNextTask(timed, {})();
    vi.advanceTimersByTime(10);
    expect(timed).not.toHaveBeenCalled();
  });

  it('without scheduler.yield, runs in a timer task', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    inNextTask(run, {});
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
