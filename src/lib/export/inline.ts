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
 */
export function inlineStyles(
  source: Element,
  target: Element,
  style: (el: Element) => StyleLookup = (el) => getComputedStyle(el),
  parent?: StyleLookup,
): void {
  target.removeAttribute('class');
  target.removeAttribute('style');
  if (NOT_DRAWN.has(source.localName)) return;
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
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length; i++) {
    const a = from[i];
    const b = to[i];
    if (a && b) inlineStyles(a, b, style, own);
  }
}
