// The parts of the page below its first screen, each loaded with import() (lib/island), with the
// words they read that the first screen does not (i18n/load.ts `loadLaterWords`): no part is built
// before they are in. The server build imports them statically instead (Island.server.svelte).
import type { Component } from 'svelte';
import { loadLaterWords } from '../i18n/load';

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

type Part = Promise<{ default: Component }>;

/** A part's code, and the later words (asked for with every part: loaded once). */
const withWords = (load: () => Part) => (): Part =>
  Promise.all([load(), loadLaterWords()]).then(([part]) => part);

/** A part's code and words, loaded on first need. */
export const LOADERS: Record<PartName, () => Part> = {
  share: withWords(() => import('../parts/SharePanel.svelte')),
  ranking: withWords(() => import('../parts/Ranking.svelte')),
  distribution: withWords(() => import('../parts/Distribution.svelte')),
  comparison: withWords(() => import('../parts/Comparison.svelte')),
  table: withWords(() => import('../parts/TableSection.svelte')),
  context: withWords(() => import('../parts/Context.svelte')),
};
