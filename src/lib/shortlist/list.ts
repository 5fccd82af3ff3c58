// The shortlist as kept in the browser's storage (pure): text read back → the ids it holds, and ids →
// the text written; adding, removing and toggling an id; the schools of a table it names, in ranked
// order. Whatever is read back is input, checked: a missing, corrupt or foreign value reads as an
// empty list (never an error). Ids of schools the table lacks are kept, so that a list made on the
// published ranking survives a visit with one's own table (views show only the table's schools).

/** The storage key: namespaced by the app, the version in the value. */
export const STORAGE_KEY = 'ecoles-international.shortlist';
/** The shape of the value written; a value of another version is not read. */
export const VERSION = 1;
/** At most this many ids are read back (a stored value is input: a huge one is cut). */
export const MAX_IDS = 10_000;

/** A school's id as the app makes them (state/schema.ts reads the same in links). */
const ID = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** The ids in a stored value, in the order added, without repeats; [] for anything unreadable. */
export function parseShortlist(text: string | null): string[] {
  if (text === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const { v, ids } = value as { v?: unknown; ids?: unknown };
  if (v !== VERSION || !Array.isArray(ids)) return [];
  const out: string[] = [];
  for (const id of ids) {
    if (typeof id === 'string' && ID.test(id) && !out.includes(id)) out.push(id);
    if (out.length === MAX_IDS) break;
  }
  return out;
}

/** The value written for a list of ids. */
export const formatShortlist = (ids: readonly string[]): string =>
  JSON.stringify({ v: VERSION, ids });

/** The list with `id` at its end (unchanged when it holds it already). */
export const added = (ids: readonly string[], id: string): readonly string[] =>
  ids.includes(id) ? ids : [...ids, id];

/** The list without `id`. */
export const removed = (ids: readonly string[], id: string): readonly string[] =>
  ids.includes(id) ? ids.filter((i) => i !== id) : ids;

/** The list with `id` added when it lacks it, removed when it holds it. */
export const toggled = (ids: readonly string[], id: string): readonly string[] =>
  ids.includes(id) ? removed(ids, id) : added(ids, id);

/** The schools of `all` (in ranked order) that the list names, in that order. */
export function listed<S extends { id: string }>(all: readonly S[], ids: readonly string[]): S[] {
  if (ids.length === 0) return [];
  const set: ReadonlySet<string> = new Set(ids);
  return all.filter((s) => set.has(s.id));
}

/**
 * `sorted` with the schools the list names first, each part in the order it had: the table's
 * "my shortlist on top", whatever the sort.
 */
export function listedFirst<S extends { id: string }>(
  sorted: readonly S[],
  ids: readonly string[],
): readonly S[] {
  if (ids.length === 0) return sorted;
  const set = new Set(ids);
  const first: S[] = [];
  const rest: S[] = [];
  for (const s of sorted) (set.has(s.id) ? first : rest).push(s);
  return first.length === 0 ? sorted : [...first, ...rest];
}
