// The parts of the page below its first screen, each loaded with import() (lib/island). The server
// build imports them statically instead (Island.server.svelte).
import type { Component } from 'svelte';

/** The islands' names, in the page's order. */
export const PART_NAMES = [
  'share',
  'ranking',
  'distribution',
  'comparison',
  'table',
  'context',
] as const;
export type PartName = (typeof PART_NAMES)[number];

/** A part's code, loaded on first need. */
export const LOADERS: Record<PartName, () => Promise<{ default: Component }>> = {
  share: () => import('../parts/SharePanel.svelte'),
  ranking: () => import('../parts/Ranking.svelte'),
  distribution: () => import('../parts/Distribution.svelte'),
  comparison: () => import('../parts/Comparison.svelte'),
  table: () => import('../parts/TableSection.svelte'),
  context: () => import('../parts/Context.svelte'),
};
