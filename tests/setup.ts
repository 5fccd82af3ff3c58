// Shared test setup. Component tests (jsdom) get DOM matchers, a cleanup after each test, and the
// ResizeObserver that `bind:clientWidth` needs (jsdom has none; sizes stay at their defaults).
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  await import('@testing-library/svelte/vitest');
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
export {};
