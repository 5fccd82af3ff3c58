// A part of the app loaded on first use: a loader (`() => import('./Part.svelte')`) → a function
// that starts the load once and gives its promise until it settles, then the module itself. Called in
// `{#await part() then { default: Part }}`, a part loaded before draws at once, with no empty frame
// while a promise settles; a load that failed (the network) is tried again at the next call.

/** What `lazy` returns: the module once loaded, its promise before. */
export type Lazy<T> = () => T | Promise<T>;

/** `load` run at the first call only (and again after a failure), its result kept. */
export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let loaded: { value: T } | null = null;
  let pending: Promise<T> | null = null;
  return () => {
    if (loaded) return loaded.value;
    pending ??= load().then(
      (value) => {
        loaded = { value };
        return value;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
}
