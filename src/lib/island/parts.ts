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

/**
 * The parts the build renders into the page (Island.server.svelte): the first screen's. The others
 * are below it on every screen: their HTML would only make the page longer to load and to lay out
 * before its first paint, so they are built in the browser after the first screen (a reader
 * without scripts finds the whole ranking in the page's <noscript>: src/prerender.ts).
 */
export const PRERENDERED: ReadonlySet<PartName> = new Set<PartName>(['ranking']);

/**
 * The order the parts are built in: the charts first (the page is ready once both are: App.svelte),
 * then the others in the page's order.
 */
export const BUILD_ORDER: readonly PartName[] = [
  'ranking',
  'distribution',
  'share',
  'comparison',
  'table',
  'context',
];

/** A part's code, loaded on first need. */
export const LOADERS: Record<PartName, () => Promise<{ default: Component }>> = {
  share: () => import('../parts/SharePanel.svelte'),
  ranking: () => import('../parts/Ranking.svelte'),
  distribution: () => import('../parts/Distribution.svelte'),
  comparison: () => import('../parts/Comparison.svelte'),
  table: () => import('../parts/TableSection.svelte'),
  context: () => import('../parts/Context.svelte'),
};
