// The parts of the page built after its first screen is hydrated, each loaded with import()
// (lib/island): the matches under the search box, a task after the controls; the others below the
// first screen, with the words they read that the first screen does not (i18n/load.ts
// `loadLaterWords`): none of them is built before they are in. The server build imports them
// statically instead (Island.server.svelte).
import type { Component } from 'svelte';
import { loadLaterWords } from '../i18n/load';

/** The islands' names, in the page's order. */
export const PART_NAMES = [
  'results',
  'share',
  'ranking',
  'distribution',
  'map',
  'comparison',
  'table',
  'context',
  'regions',
] as const;
export type PartName = (typeof PART_NAMES)[number];

/**
 * The parts the build renders into the page (Island.server.svelte): the first screen's. The others
 * are below it on every screen: their HTML would only make the page longer to load and to lay out
 * before its first paint, so they are built in the browser after the first screen (a reader
 * without scripts finds the whole ranking in the page's <noscript>: src/prerender.ts).
 */
export const PRERENDERED: ReadonlySet<PartName> = new Set<PartName>(['results', 'ranking']);

/**
 * The order the parts are built in: the matches, then the charts (the page is ready once both are:
 * App.svelte), then the others in the page's order, each once the page wants it (wanted.ts): of the parts
 * wanted at once, the first in this order.
 */
export const BUILD_ORDER: readonly PartName[] = [
  'results',
  'ranking',
  'distribution',
  'share',
  'map',
  'comparison',
  'table',
  'context',
  'regions',
];

type Part = Promise<{ default: Component }>;

/** A part's code, and the later words (asked for with every part: loaded once). */
const withWords = (load: () => Part) => (): Part =>
  Promise.all([load(), loadLaterWords()]).then(([part]) => part);

/** A part's code and words, loaded on first need. */
export const LOADERS: Record<PartName, () => Part> = {
  // The first screen's: its words are in already.
  results: () => import('../parts/Matches.svelte'),
  share: withWords(() => import('../parts/SharePanel.svelte')),
  ranking: withWords(() => import('../parts/Ranking.svelte')),
  distribution: withWords(() => import('../parts/Distribution.svelte')),
  map: withWords(() => import('../parts/Map.svelte')),
  comparison: withWords(() => import('../parts/Comparison.svelte')),
  table: withWords(() => import('../parts/TableSection.svelte')),
  context: withWords(() => import('../parts/Context.svelte')),
  // Not a part of the page: the region filter, inside the filters panel when it first opens.
  regions: withWords(() => import('../components/RegionFilter.svelte')),
};
