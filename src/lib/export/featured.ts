// The schools an author put forward (highlight=), or kept though the filter leaves them out, and
// the schools a chart shows → the legend item that explains their mark, when the chart shows one
// of them (pure). Added to a chart's legend by its part, not by the explorer model, so that none of
// it loads with the first screen.
import type { Membership } from '../state/schema';
import type { LegendItem } from './svg';

/** The dashed box's legend item (the words: `t.pinned.key`) for the schools a chart keeps though
 *  the filter leaves them out (later/pinned.svelte.ts), or none when it keeps none. */
export function keptLegend(count: number, label: string): LegendItem[] {
  return count > 0 ? [{ swatch: 'dashed', colour: 'text', label }] : [];
}

/** The ring's legend item (the words: `t.annotate.legend`), or none when no school put forward
 *  is shown. */
export function featuredLegend(
  highlight: readonly string[],
  shown: Membership,
  label: string,
): LegendItem[] {
  return highlight.some((id) => shown.has(id)) ? [{ swatch: 'ring', colour: 'accent', label }] : [];
}
