// Shared test setup. Every language's catalogue is loaded first (the app loads its page's language
// before it starts and another before it switches; a test renders in any at once). Component tests
// (jsdom) get DOM matchers, a cleanup after each test, and a ResizeObserver (jsdom has none) for
// the charts' frames, which measure themselves with one.
import { loadAllLanguages } from '../src/lib/i18n/load';

await loadAllLanguages();
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  await import('@testing-library/svelte/vitest');
  // A browser reports an observed element's size once it is laid out, then on each change; jsdom
  // lays nothing out, so this one reports at once, when asked to observe (its size as jsdom, or
  // a test's stub of clientWidth, gives it), and never again.
  globalThis.ResizeObserver ??= class {
    readonly #report: ResizeObserverCallback;
    constructor(report: ResizeObserverCallback) {
      this.#report = report;
    }
    observe(target: Element): void {
      const entry = { target, contentRect: target.getBoundingClientRect() } as ResizeObserverEntry;
      this.#report([entry], this);
    }
    unobserve(): void {}
    disconnect(): void {}
  };
}
