// View parameters ⇄ a URL query string (pure), both worked out from the declared fields
// (schema.ts): only what differs from the defaults is written, in the schema's order, and anything
// unknown or malformed read back is ignored, never an error.
import { FIELD_KEYS, fieldOf, type FieldKey, type Known, type ViewParams } from './schema';

export {
  defaultParams,
  EMBED_KINDS,
  MAX_PICKS,
  type EmbedKind,
  type Known,
  type Lang,
  type Page,
  type Theme,
  type ViewParams,
} from './schema';

/** Reads view parameters from a query string (`?q=…&min=3`); every part falls back to its default. */
export function fromSearch(search: string, known: Known = {}): ViewParams {
  const p = new URLSearchParams(search);
  const get = (key: string): string | null => p.get(key);
  return Object.fromEntries(FIELD_KEYS.map((k) => [k, fieldOf(k).read(get, known)])) as ViewParams;
}

/** Writes view parameters as a query string, defaults left out, in a fixed order; '' for defaults. */
export function toSearch(v: ViewParams): string {
  const p = new URLSearchParams();
  for (const k of FIELD_KEYS) {
    const field = fieldOf(k);
    if (field.requires !== undefined && isDefault(v, field.requires)) continue;
    for (const [key, value] of Object.entries(field.write(v[k]))) {
      if (value !== undefined) p.set(key, value);
    }
  }
  const s = p.toString();
  return s === '' ? '' : `?${s}`;
}

/** True when a field of `v` (named by its key in the schema) writes nothing: it is at its default. */
function isDefault(v: ViewParams, name: string): boolean {
  const k = FIELD_KEYS.find((key) => key === name);
  return k === undefined || Object.keys(fieldOf(k).write(v[k])).length === 0;
}

/** The field that reads and writes a query-string key. */
const fieldOfKey = new Map<string, FieldKey>(
  FIELD_KEYS.flatMap((k) => fieldOf(k).keys.map((key) => [key, k] as const)),
);

/** How the history takes a move from query string `a` to `b`: replaced when every key that
 *  changed belongs to a field declared 'replace' (typing the search), else a new step is pushed. */
export function historyStep(a: string, b: string): 'push' | 'replace' {
  const pa = new URLSearchParams(a);
  const pb = new URLSearchParams(b);
  const keys = new Set([...pa.keys(), ...pb.keys()]);
  for (const key of keys) {
    if (pa.get(key) === pb.get(key)) continue;
    const field = fieldOfKey.get(key);
    if (field === undefined || fieldOf(field).history === 'push') return 'push';
  }
  return 'replace';
}

/** The same view in the whole app: the embed parameters left out. */
export function withoutEmbed(v: ViewParams): ViewParams {
  return { ...v, embed: null, embedId: null };
}

/** The address of a view: the page's address without its query and hash, then the view's. */
export function linkTo(href: string, v: ViewParams): string {
  return `${href.split(/[?#]/)[0] ?? ''}${toSearch(v)}`;
}
