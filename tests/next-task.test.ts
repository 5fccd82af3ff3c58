import { describe, expect, it } from 'vitest';
import { nextTask } from '../src/lib/next-task';

describe('nextTask', () => {
  it('resolves in a later task: the current task’s microtasks and a timer queued before it come first', async () => {
    const seen: string[] = [];
    setTimeout(() => seen.push('timer queued before'), 0);
    const next = nextTask().then(() => seen.push('next task'));
    await Promise.resolve();
    seen.push('microtask');
    await next;
    setTimeout(() => seen.push('timer queued after'), 0);
    await nextTask();
    expect(seen).toEqual(['microtask', 'timer queued before', 'next task', 'timer queued after']);
  });
});
