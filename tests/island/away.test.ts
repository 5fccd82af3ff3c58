// @vitest-environment jsdom
// Away: a part in sight draws a change at once; out of sight, in the task after the change's frame.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import Away from './Away.svelte';

/** The IntersectionObserver a test drives: `report(true)` says the part is in sight. */
let report: (inSight: boolean) => void = () => {};
class FakeObserver {
  readonly #callback: IntersectionObserverCallback;
  constructor(callback: IntersectionObserverCallback) {
    this.#callback = callback;
  }
  observe(target: Element): void {
    // As a browser does: `bind:this` gives null once its element is gone.
    if (!(target instanceof Element))
      throw new TypeError("Failed to execute 'observe' on 'IntersectionObserver'");
    report = (inSight) =>
      this.#callback(
        [{ target, isIntersecting: inSight } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      );
  }
  disconnect(): void {}
}

const drawn = (): string | null | undefined => document.querySelector('p')?.textContent;
/** After the next frame and the task after it: where an out-of-sight part catches up. */
const afterFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 0), 0)),
  );

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The part mounted drawing 1, the observer saying whether it is in sight; its rerender. */
function mounted(inSight: boolean) {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  const { rerender } = render(Away, { n: 1 });
  report(inSight);
  return rerender;
}

describe('Away', () => {
  it('in sight, draws each change at once', async () => {
    const rerender = mounted(true);
    await rerender({ n: 2 });
    expect(drawn()).toBe('2');
  });

  it('out of sight, draws a change once the frame that shows it is drawn', async () => {
    const rerender = mounted(false);
    await rerender({ n: 2 });
    expect(drawn()).toBe('1');
    await rerender({ n: 3 });
    expect(drawn()).toBe('1');
    await afterFrame();
    // The last change only: the one before it was dropped.
    expect(drawn()).toBe('3');
  });

  it('scrolled into sight, draws the last change at once', async () => {
    const rerender = mounted(false);
    await rerender({ n: 5 });
    expect(drawn()).toBe('1');
    report(true);
    await Promise.resolve();
    expect(drawn()).toBe('5');
  });

  it('out of sight, draws every change at once while the page prints', async () => {
    const rerender = mounted(false);
    dispatchEvent(new Event('beforeprint'));
    await rerender({ n: 4 });
    expect(drawn()).toBe('4');
    dispatchEvent(new Event('afterprint'));
    await rerender({ n: 6 });
    expect(drawn()).toBe('4');
  });

  it('a part whose box goes (an {#if}) and comes back is watched again, without an error', async () => {
    const rerender = mounted(true);
    await rerender({ n: 1, shown: false });
    expect(drawn()).toBeUndefined();
    await rerender({ n: 2, shown: true });
    expect(drawn()).toBe('2');
    // The new box is watched: out of sight, it draws a change a frame late.
    report(false);
    await rerender({ n: 3, shown: true });
    expect(drawn()).toBe('2');
    await afterFrame();
    expect(drawn()).toBe('3');
  });

  it('without an IntersectionObserver (a server, an old browser), draws each change at once', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { rerender } = render(Away, { n: 1 });
    await rerender({ n: 2 });
    expect(drawn()).toBe('2');
  });
});
