// The table an explorer showed at start (the published ranking), kept for the way back to it from a
// reader's own table (session.svelte.ts `backToPublished`): the entry point remembers it, the load
// controls find it. A weak map: nothing outlives its explorer.
import type { Explorer, TableInput } from '../model/explorer.svelte';

const published = new WeakMap<Explorer, TableInput>();

/** Remembers the table `explorer` shows at start. */
export const rememberPublished = (explorer: Explorer, table: TableInput): void => {
  published.set(explorer, table);
};

/** The table `explorer` showed at start; undefined when none was remembered. */
export const publishedOf = (explorer: Explorer): TableInput | undefined => published.get(explorer);
