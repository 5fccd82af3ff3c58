// Shared test setup. Every language's catalogue is loaded first (the app loads its page's language
// before it starts and another before it switches; a test renders in any at once). Component tests
// (jsdom) get DOM matchers, a cleanup after each test, and the ResizeObserver that
// `bind:clientWidth` needs (jsdom has none; sizes stay at their defaults).
import { loadAllLanguages } from '../src/lib/i18n/load';

await loadAllLanguages();
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  await import('@testing-library/svelte/vitest');
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
