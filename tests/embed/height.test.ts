import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, heightMessage, reportHeight } from '../../src/lib/embed/height';

/** A window in a frame: its parent records the messages, its ResizeObserver is driven by hand. */
function framed(heights: number[]) {
  const posted: { message: unknown; target: string }[] = [];
  let observed: (() => void) | null = null;
  let disconnected = false;
  const root = { getBoundingClientRect: () => ({ height: heights.shift() ?? 0 }) };
  const parent = {
    postMessage: (message: unknown, target: string) => posted.push({ message, target }),
  };
  const win = { parent, document: { documentElement: root } } as unknown as Window;
  class Observer {
    constructor(callback: () => void) {
      observed = callback;
    }
    observe(): void {}
    disconnect(): void {
      disconnected = true;
    }
  }
  return {
    win,
    Observer: Observer as unknown as typeof ResizeObserver,
    posted,
    resize: () => observed?.(),
    disconnected: () => disconnected,
  };
}

describe('heightMessage', () => {
  it('names its type and the embed, and rounds the height up', () => {
    expect(heightMessage('a', 311.2)).toEqual({ type: HEIGHT_MESSAGE, id: 'a', height: 312 });
    expect(HEIGHT_MESSAGE).toBe('ecoles-international:height');
  });
});

describe('reportHeight', () => {
  it('posts the height at once and on each change (not twice the same), to any origin', () => {
    const f = framed([300, 300, 420.5]);
    const stop = reportHeight(f.win, 'rank-1', f.Observer);
    f.resize();
    f.resize();
    expect(f.posted).toEqual([
      { message: { type: HEIGHT_MESSAGE, id: 'rank-1', height: 300 }, target: '*' },
      { message: { type: HEIGHT_MESSAGE, id: 'rank-1', height: 421 }, target: '*' },
    ]);
    stop();
    expect(f.disconnected()).toBe(true);
  });

  it('does nothing outside a frame (its parent is itself)', () => {
    const f = framed([300]);
    const top: Record<string, unknown> = { document: { documentElement: {} } };
    top.parent = top;
    reportHeight(top as unknown as Window, null, f.Observer)();
    expect(f.posted).toEqual([]);
  });
});
