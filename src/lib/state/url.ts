// View parameters ⇄ a URL query string (pure): only what differs from the defaults is written, and
// anything unknown or malformed read back is ignored, never an error.
import { SORT_KEYS, type Sort } from '../analysis/sort';

export type { Lang } from '../i18n/registry';
import { isLang, type Lang } from '../i18n/registry';
/** Which page shows: the explorer, or the methodology (`page=methode`). */
export type Page = 'explorer' | 'method';

/** The single view an embed shows. */
export type EmbedKind = 'ranking' | 'distribution' | 'table' | 'school' | 'compare';
export const EMBED_KINDS: readonly EmbedKind[] = [
  'ranking',
  'distribution',
  'table',
  'school',
  'compare',
];

/** Colour theme: `auto` follows the reader's system (prefers-color-scheme). */
export type Theme = 'auto' | 'light' | 'dark';
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

/** Everything of a view that a link restores. */
export interface ViewParams {
  query: string;
  /** Months range, both ends included; an open end is ±Infinity; null for no range. */
  range: readonly [number, number] | null;
  families: readonly string[];
  /** Ids of the schools picked for comparison, at most MAX_PICKS, in the order picked. */
  picks: readonly string[];
  tiedWith: string | null;
  sort: Sort;
  lang: Lang;
  page: Page;
  /** The one view an embed shows; null for the whole app. */
  embed: EmbedKind | null;
  /** The embed's name on its host page, echoed in its height messages; null for none. */
  embedId: string | null;
  theme: Theme;
  /** The CTI reference lines on the charts (shown unless turned off). */
  cti: boolean;
  /** Id of the school whose profile is open; null for none. */
  school: string | null;
}

export const MAX_PICKS = 5;
const MAX_QUERY = 100;

export const defaultParams: ViewParams = {
  query: '',
  range: null,
  families: [],
  picks: [],
  tiedWith: null,
  sort: { key: 'rank', dir: 'asc' },
  lang: 'fr',
  page: 'explorer',
  embed: null,
  embedId: null,
  theme: 'auto',
  cti: true,
  school: null,
};

/** What the reader may check names against; a missing set accepts any well-formed value. */
export interface Known {
  ids?: ReadonlySet<string>;
  families?: ReadonlySet<string>;
}

const ID = /^[a-z0-9][a-z0-9-]{0,199}$/;
/** An embed id chosen by the host page: letters, digits, `-` and `_`, at most 64. */
const EMBED_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A number of months from a parameter (`3`, `3.5`, `3,5`), or undefined. */
function months(value: string | null): number | undefined {
  if (value === null || !/^\d{1,4}([.,]\d{1,3})?$/.test(value.trim())) return undefined;
  return Number(value.trim().replace(',', '.'));
}

/** Comma-separated ids, well-formed and known, without repeats, at most `limit`. */
function idList(
  value: string | null,
  known: ReadonlySet<string> | undefined,
  limit: number,
): string[] {
  const out: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const id = raw.trim().toLowerCase();
    if (ID.test(id) && (!known || known.has(id)) && !out.includes(id)) out.push(id);
    if (out.length === limit) break;
  }
  return out;
}

/** Reads view parameters from a query string (`?q=…&min=3`); every part falls back to its default. */
export function fromSearch(search: string, known: Known = {}): ViewParams {
  const p = new URLSearchParams(search);
  const lo = months(p.get('min'));
  const hi = months(p.get('max'));
  const range: [number, number] | null =
    lo === undefined && hi === undefined
      ? null
      : [Math.min(lo ?? -Infinity, hi ?? Infinity), Math.max(lo ?? -Infinity, hi ?? Infinity)];
  const sortParam = p.get('sort') ?? '';
  const sortKey = SORT_KEYS.find((k) => k === sortParam.replace(/^-/, ''));
  const tied = idList(p.get('tie'), known.ids, 1)[0];
  const embedId = p.get('embedId') ?? '';
  const school = idList(p.get('school'), known.ids, 1)[0];
  return {
    query: (p.get('q') ?? '').slice(0, MAX_QUERY),
    range,
    families: idList(p.get('fam'), known.families, 50),
    picks: idList(p.get('pick'), known.ids, MAX_PICKS),
    tiedWith: tied ?? null,
    sort: sortKey
      ? { key: sortKey, dir: sortParam.startsWith('-') ? 'desc' : 'asc' }
      : defaultParams.sort,
    lang: [p.get('lang')].find(isLang) ?? 'fr',
    page: p.get('page') === 'methode' ? 'method' : 'explorer',
    embed: EMBED_KINDS.find((k) => k === p.get('embed')) ?? null,
    embedId: EMBED_ID.test(embedId) ? embedId : null,
    theme: THEMES.find((k) => k === p.get('theme')) ?? 'auto',
    cti: p.get('cti') !== '0',
    school: school ?? null,
  };
}

/** Writes view parameters as a query string, defaults left out, in a fixed order; '' for defaults. */
export function toSearch(v: ViewParams): string {
  const p = new URLSearchParams();
  if (v.query.trim() !== '') p.set('q', v.query.slice(0, MAX_QUERY));
  if (v.range && Number.isFinite(v.range[0])) p.set('min', String(v.range[0]));
  if (v.range && Number.isFinite(v.range[1])) p.set('max', String(v.range[1]));
  if (v.families.length > 0) p.set('fam', v.families.join(','));
  if (v.tiedWith !== null) p.set('tie', v.tiedWith);
  if (v.picks.length > 0) p.set('pick', v.picks.slice(0, MAX_PICKS).join(','));
  const { key, dir } = v.sort;
  if (key !== 'rank' || dir !== 'asc') p.set('sort', `${dir === 'desc' ? '-' : ''}${key}`);
  if (v.lang !== 'fr') p.set('lang', v.lang);
  if (v.page === 'method') p.set('page', 'methode');
  if (v.theme !== 'auto') p.set('theme', v.theme);
  if (v.embed !== null) p.set('embed', v.embed);
  if (v.embed !== null && v.embedId !== null) p.set('embedId', v.embedId);
  if (!v.cti) p.set('cti', '0');
  if (v.school !== null) p.set('school', v.school);
  const s = p.toString();
  return s === '' ? '' : `?${s}`;
}

/** True when two query strings differ at most in the search text: typing replaces the history
 * entry instead of adding one per key. */
export function onlyQueryDiffers(a: string, b: string): boolean {
  const pa = new URLSearchParams(a);
  const pb = new URLSearchParams(b);
  pa.delete('q');
  pb.delete('q');
  return pa.toString() === pb.toString();
}

/** The same view in the whole app: the embed parameters left out. */
export function withoutEmbed(v: ViewParams): ViewParams {
  return { ...v, embed: null, embedId: null };
}

/** The address of a view: the page's address without its query and hash, then the view's. */
export function linkTo(href: string, v: ViewParams): string {
  return `${href.split(/[?#]/)[0] ?? ''}${toSearch(v)}`;
}
