// The view's URL-backed fields, declared once: each field's keys in the query string, its default,
// how it is read (anything unknown or malformed falls back to the default, never an error) and
// written (nothing when it is the default), and whether changing it pushes a step of the history or
// replaces the entry. ViewState (view.svelte.ts) holds one reactive cell per field and url.ts reads
// and writes query strings, both from this declaration: a new filter is one entry here, its control
// and its filter function.
import { SORT_KEYS, type Sort } from '../analysis/sort';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/registry';

export type { Lang } from '../i18n/registry';
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

export const MAX_PICKS = 5;
/** The longest search kept, typed or linked: a pasted page is cut there (the box then shows
 *  what was kept). */
export const MAX_QUERY = 100;
const MAX_FAMILIES = 50;
/** An author's annotation (issue 15): headline, note, schools put forward, at most so many. */
export const MAX_TITLE = 120;
export const MAX_NOTE = 280;
export const MAX_HIGHLIGHT = 10;

/** Whether a value is one of a set's (a Set is one). */
export interface Membership {
  has(value: string): boolean;
}

/** What the reader may check names against; a missing set accepts any well-formed value. */
export interface Known {
  ids?: Membership;
  families?: Membership;
  regions?: Membership;
}

/** One URL-backed field of the view. */
export interface Field<T> {
  /** The query-string keys it reads and writes, in the order written. */
  keys: readonly string[];
  /** Its value when the URL says nothing (or nothing readable). */
  initial: T;
  /** The value from the query string; the default for anything missing or malformed. */
  read: (get: (key: string) => string | null, known: Known) => T;
  /** The query-string values of a value, by key; a key left out is not written. */
  write: (value: T) => Partial<Record<string, string>>;
  /** A change of this field alone replaces the history entry (typing) or pushes a new step. */
  history: 'push' | 'replace';
  /** Written only when this other field is not at its default (an embed's id without an embed). */
  requires?: string;
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
function idList(value: string | null, known: Membership | undefined, limit: number) {
  const out: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const id = raw.trim().toLowerCase();
    if (ID.test(id) && (!known || known.has(id)) && !out.includes(id)) out.push(id);
    if (out.length === limit) break;
  }
  return out;
}

/** A field of one key holding one of a few words; `words` maps each value to its word. */
function choice<T extends string>(
  key: string,
  words: Readonly<Record<T, string>>,
  initial: T,
  history: 'push' | 'replace' = 'push',
): Field<T> {
  const values = Object.keys(words) as T[];
  return {
    keys: [key],
    initial,
    read: (get) => values.find((v) => words[v] === get(key)) ?? initial,
    write: (v) => (v === initial ? {} : { [key]: words[v] }),
    history,
  };
}

/** A field of one key holding one id (of a school), or null. */
function schoolId(key: string): Field<string | null> {
  return {
    keys: [key],
    initial: null,
    read: (get, known) => idList(get(key), known.ids, 1)[0] ?? null,
    write: (v) => (v === null ? {} : { [key]: v }),
    history: 'push',
  };
}

/** A field of one key holding a comma-separated list of ids. */
function idField(key: string, limit: number, kind: keyof Known): Field<readonly string[]> {
  return {
    keys: [key],
    initial: [],
    read: (get, known) => idList(get(key), known[kind], limit),
    write: (v) => (v.length === 0 ? {} : { [key]: v.slice(0, limit).join(',') }),
    history: 'push',
  };
}

/** Free text from a link or a box → text as kept: at most `max` UTF-16 units (what an input's
 *  maxlength counts), then every control character and every half of a surrogate pair (one cut
 *  there, or alone) dropped. (The form makes line breaks spaces first.) Shown as text, never markup. */
export const cleanText = (text: string, max: number): string =>
  text.slice(0, max).replace(/[\p{Cc}\p{Cs}]/gu, '');

/** A field of one key holding free text, typed in a box: cleaned and trimmed as read (the box
 *  cleans what is typed the same way), trimmed as written; each change replaces the history
 *  entry, like the search. */
function textField(key: string, max: number): Field<string> {
  return {
    keys: [key],
    initial: '',
    read: (get) => cleanText(get(key) ?? '', max).trim(),
    write: (v) => (v.trim() === '' ? {} : { [key]: v.trim() }),
    history: 'replace',
  };
}

/** A field declared with its value's type (so that the type is the one written, not inferred). */
const field = <T>(f: Field<T>): Field<T> => f;

/** Each value written as itself. */
const same = <T extends string>(values: readonly T[]): Record<T, string> =>
  Object.fromEntries(values.map((v) => [v, v])) as unknown as Record<T, string>;

/** Every URL-backed field, in the order its keys are written. */
export const SCHEMA = {
  query: field<string>({
    keys: ['q'],
    initial: '',
    read: (get) => (get('q') ?? '').slice(0, MAX_QUERY),
    write: (v) => (v.trim() === '' ? {} : { q: v.slice(0, MAX_QUERY) }),
    history: 'replace',
  }),
  /** Months range, both ends included; an open end is ±Infinity; null for no range. */
  range: field<readonly [number, number] | null>({
    keys: ['min', 'max'],
    initial: null,
    read: (get) => {
      const lo = months(get('min'));
      const hi = months(get('max'));
      if (lo === undefined && hi === undefined) return null;
      const a = lo ?? -Infinity;
      const b = hi ?? Infinity;
      return [Math.min(a, b), Math.max(a, b)];
    },
    write: (v) => ({
      min: v && Number.isFinite(v[0]) ? String(v[0]) : undefined,
      max: v && Number.isFinite(v[1]) ? String(v[1]) : undefined,
    }),
    history: 'push',
  }),
  families: idField('fam', MAX_FAMILIES, 'families'),
  /** INSEE codes of the regions the filter keeps (`reg=84,11`). */
  regions: idField('reg', 18, 'regions'),
  tiedWith: schoolId('tie'),
  /** Ids of the schools picked for comparison, at most MAX_PICKS, in the order picked. */
  picks: idField('pick', MAX_PICKS, 'ids'),
  sort: field<Sort>({
    keys: ['sort'],
    initial: { key: 'rank', dir: 'asc' },
    read: (get) => {
      const word = get('sort') ?? '';
      const key = SORT_KEYS.find((k) => k === word.replace(/^-/, ''));
      return key
        ? { key, dir: word.startsWith('-') ? 'desc' : 'asc' }
        : { key: 'rank', dir: 'asc' };
    },
    write: ({ key, dir }) =>
      key === 'rank' && dir === 'asc' ? {} : { sort: `${dir === 'desc' ? '-' : ''}${key}` },
    history: 'push',
  }),
  /** The table's shortlisted schools first, whatever the sort (the list itself is never in a link). */
  top: choice<'none' | 'selection'>('top', { none: '', selection: 'selection' }, 'none'),
  /** Any language of the registry (i18n/registry.ts); the first one is the default. */
  lang: field<Lang>({
    keys: ['lang'],
    initial: DEFAULT_LANG,
    read: (get) => [get('lang')].find(isLang) ?? DEFAULT_LANG,
    write: (v) => (v === DEFAULT_LANG ? {} : { lang: v }),
    history: 'push',
  }),
  page: choice<Page>('page', { explorer: '', method: 'methode' }, 'explorer'),
  theme: choice<Theme>('theme', same(THEMES), 'auto'),
  /** The one view an embed shows; null for the whole app. */
  embed: field<EmbedKind | null>({
    keys: ['embed'],
    initial: null,
    read: (get) => EMBED_KINDS.find((k) => k === get('embed')) ?? null,
    write: (v) => (v === null ? {} : { embed: v }),
    history: 'push',
  }),
  /** The embed's name on its host page, echoed in its height messages; null for none. */
  embedId: field<string | null>({
    keys: ['embedId'],
    initial: null,
    read: (get) => {
      const id = get('embedId') ?? '';
      return EMBED_ID.test(id) ? id : null;
    },
    write: (v) => (v === null ? {} : { embedId: v }),
    history: 'push',
    requires: 'embed',
  }),
  /** Whether an embed's reader may change its schools (`edit=1`); read-only by default. */
  edit: field<boolean>({
    keys: ['edit'],
    initial: false,
    read: (get) => get('edit') === '1',
    write: (v) => (v ? { edit: '1' } : {}),
    history: 'push',
    requires: 'embed',
  }),
  /** The CTI reference lines on the charts (shown unless turned off). */
  cti: field<boolean>({
    keys: ['cti'],
    initial: true,
    read: (get) => get('cti') !== '0',
    write: (v) => (v ? {} : { cti: '0' }),
    history: 'push',
  }),
  /** Id of the school whose profile is open; null for none. */
  school: schoolId('school'),
  /** The author's headline and note for the page, its embeds and downloaded images (typed: each
   *  change replaces the history entry); and the schools they put forward (ids, like `pick=`, each
   *  one a step of the history as a pick is), marked on the ranking. */
  title: textField('title', MAX_TITLE),
  note: textField('note', MAX_NOTE),
  highlight: idField('highlight', MAX_HIGHLIGHT, 'ids'),
  /** A table next to the app the page shows, by its path (load/session.svelte.ts reads it at start,
   *  and reads only a plain relative path of this origin); null for the published ranking. Replaced,
   *  not pushed: back and forward never swap the table under the view. */
  data: field<string | null>({
    keys: ['data'],
    initial: null,
    read: (get) => get('data') || null,
    write: (v) => ({ data: v ?? undefined }),
    history: 'replace',
  }),
};

type Schema = typeof SCHEMA;
/** Everything of a view that a link restores: one value per field of the schema. */
export type ViewParams = {
  -readonly [K in keyof Schema]: Schema[K] extends Field<infer T> ? T : never;
};
export type FieldKey = keyof ViewParams;
export const FIELD_KEYS = Object.keys(SCHEMA) as FieldKey[];

/** The field of a key, typed by its value. */
export const fieldOf = <K extends FieldKey>(key: K): Field<ViewParams[K]> =>
  SCHEMA[key] as unknown as Field<ViewParams[K]>;

/** The fields of the filter every view applies (picks, sort and the rest are not). */
export const FILTER_KEYS = ['query', 'range', 'families', 'regions', 'tiedWith'] as const;

/** Every field at its default. */
export const defaultParams: ViewParams = Object.fromEntries(
  FIELD_KEYS.map((k) => [k, fieldOf(k).initial]),
) as ViewParams;
