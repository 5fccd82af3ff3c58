// Where the app starts on a prerendered page. Each language's default view is prerendered to its own
// folder (en/index.html), since a static host serves one file per path and not per query string.
// The app's address for a view stays the one every link uses (the app's folder, `?lang=en`), so a
// page opened at en/ moves its address there before the app starts: the language switch and every
// shared link then say the language in the query string, as everywhere else. Pure: no DOM.

/**
 * The address to start from when a language's folder was opened: the app's folder, with the
 * address's query, in the folder's language unless that query names one; null when nothing moves
 * (the default language's page, or a page not prerendered).
 * @param href the page's address
 * @param prerendered the query string of the view the page holds ('' or '?lang=en'), if any
 */
export function languageFolderAddress(
  href: string,
  prerendered: string | undefined,
): string | null {
  const lang = new URLSearchParams(prerendered ?? '').get('lang');
  if (lang === null) return null;
  const url = new URL(href);
  const query = new URLSearchParams(url.searchParams);
  if (!query.has('lang')) query.set('lang', lang);
  // '../' from en/ (or en/index.html): the app's folder, with no query or fragment.
  const folder = new URL('../', url);
  folder.search = query.toString();
  folder.hash = url.hash;
  return folder.href;
}
