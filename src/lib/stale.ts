// Whether the prerendered page shows another view than its address asks for: the page's script
// (src/boot.ts) marks it stale before its first paint, and the stylesheet hides the app until
// main.ts has mounted the view asked for (scripts/prerender.mjs STALE_RULES). Only the keys a view
// is read from count (a `?utm_source=` changes nothing); on a language's folder (en/), no `lang=`
// means the folder's language, as main.ts reads it. Imported by the page's script only: no DOM.

/**
 * @param search the address's query string
 * @param prerendered the query string of the view the page holds (`<html data-prerendered>`)
 * @param keys the view's query-string keys (src/prerender.ts `viewKeys`)
 */
export function staleView(search: string, prerendered: string, keys: readonly string[]): boolean {
  const asked = new URLSearchParams(search);
  const shown = new URLSearchParams(prerendered);
  const lang = shown.get('lang');
  if (!asked.has('lang') && lang !== null) asked.set('lang', lang);
  return keys.some((key) => asked.getAll(key).join('&') !== shown.getAll(key).join('&'));
}
