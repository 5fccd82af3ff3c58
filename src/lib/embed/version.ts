// The data's version in links (`v=`): the first characters of the SHA-256 of the table's text, so
// that a link shared today and opened a year later over another edition can say the figures
// changed. Not a field of the view (schema.ts): it changes nothing shown, and the prerendered page
// of a link that carries it is still the view asked for (scripts/prerender.mjs guards view keys). Beside the embed code: a link is what a page embeds.
// Pure.

/** The query-string key. */
export const VERSION_KEY = 'v';
/** How many hex digits of the SHA-256 a link carries (and a citation shows): 48 bits, enough to
 *  tell editions apart, short enough to read aloud. */
export const VERSION_LENGTH = 12;
/** What a link may carry: 6 to 64 hex digits (a shorter one names nothing for sure). */
const VERSION = /^[0-9a-f]{6,64}$/;

/** The version a link was made over, from its query string; null for none or a malformed one. */
export function linkVersion(search: string): string | null {
  const value = new URLSearchParams(search).get(VERSION_KEY)?.trim().toLowerCase() ?? '';
  return VERSION.test(value) ? value : null;
}

/** A view's address with the data's version (`sha256`'s first VERSION_LENGTH digits) added last,
 *  any version it had replaced; as it is while the version is not known (null). */
export function withVersion(link: string, sha256: string | null): string {
  if (sha256 === null) return link;
  const [path = '', hash] = link.split('#', 2);
  const [base = '', query = ''] = path.split('?', 2);
  const params = new URLSearchParams(query);
  params.delete(VERSION_KEY);
  params.set(VERSION_KEY, sha256.slice(0, VERSION_LENGTH));
  return `${base}?${params.toString()}${hash === undefined ? '' : `#${hash}`}`;
}

/** Whether a link made over version `asked` shows other data than the table of SHA-256 `sha256`;
 *  false while either is unknown. */
export function otherData(asked: string | null, sha256: string | null): boolean {
  return asked !== null && sha256 !== null && !sha256.startsWith(asked);
}
