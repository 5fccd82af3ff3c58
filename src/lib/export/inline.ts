// A chart's SVG on the page → a detached copy that carries its computed colours and fonts as
// presentation attributes, with no class or style attribute left to refer to the page's CSS.

/** What is read of an element's computed style. */
export interface StyleLookup {
  getPropertyValue(property: string): string;
}

/** Inherited properties the charts set from CSS: copied where they differ from the parent's. */
export const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'visibility',
] as const;

/** Elements that draw nothing: copied as they are (without class). */
const NOT_DRAWN = new Set(['title', 'desc']);

/**
 * Copies the computed style of `source` and its descendants onto `target`, a clone of it: the
 * root gets every property, a child only what differs from its parent; opacity and display (not
 * inherited) where they are not the initial value. `class` and `style` attributes are removed.
 * A subtree that shows nothing is left out of the copy, so that a download holds what the chart
 * shows and no more: one hidden throughout (visibility), or a mark the filter hides but the page
 * keeps mounted, out of the SVG's view (marked `data-off`). Returns whether anything of `source`
 * shows.
 */
export function inlineStyles(
  source: Element,
  target: Element,
  style: (el: Element) => StyleLookup = (el) => getComputedStyle(el),
  parent?: StyleLookup,
): boolean {
  if (source.hasAttribute('data-off')) return false;
  target.removeAttribute('class');
  target.removeAttribute('style');
  // A title or description shows with its parent.
  if (NOT_DRAWN.has(source.localName)) return parent?.getPropertyValue('visibility') !== 'hidden';
  const own = style(source);
  for (const prop of INHERITED) {
    const value = own.getPropertyValue(prop);
    if (value !== '' && (!parent || parent.getPropertyValue(prop) !== value)) {
      target.setAttribute(prop, value);
    }
  }
  const opacity = own.getPropertyValue('opacity');
  if (opacity !== '' && opacity !== '1') target.setAttribute('opacity', opacity);
  if (own.getPropertyValue('display') === 'none') target.setAttribute('display', 'none');
  let shows = own.getPropertyValue('visibility') !== 'hidden';
  const from = source.children;
  const to = target.children;
  // From the last child, so that removing one leaves the pairs before it aligned.
  for (let i = Math.min(from.length, to.length) - 1; i >= 0; i--) {
    const a = from[i];
    const b = to[i];
    if (!a || !b) continue;
    if (inlineStyles(a, b, style, own)) shows = true;
    else b.remove();
  }
  return shows;
}
