// The schools the views draw: those the filter keeps, plus the picked and shortlisted ones it
// leaves out ("pinned": a reader's choices stay in sight whatever the search or filter), in ranked
// order, and which of them are kept though outside the filter (the views mark them; statistics and
// counts stay those of the filtered schools). Pure; loaded with the parts that draw it
// (later/pinned.svelte.ts), not at start. A walk of the ranking when a pinned id is outside the
// filter; with nothing pinned, or a filter that keeps every school, none at all (the same array
// back: at 100,000 schools with no pick or shortlist, a filter change costs no more than before).

/** Whether an id is in a set (state/schema.ts's Membership: the pure core imports no state). */
interface Membership {
  has(id: string): boolean;
}

/** What the views draw, and which of it the filter leaves out. */
export interface Pinned<S> {
  /** The filtered schools and the pinned ones outside the filter, in ranked order. */
  shown: readonly S[];
  /** Whether a school of `shown` is kept though outside the filter. */
  kept: Membership;
  /** Those schools, in ranked order. */
  outside: readonly S[];
}

/**
 * `filtered` (the schools of `all` that `passes`, in ranked order) with the schools of `all` that
 * `pinned` names and that do not pass, in ranked order: O(n + k), and `filtered` itself when no
 * pinned school is left out. Ids the table lacks are ignored.
 */
export function withPinned<S extends { id: string }>(
  all: readonly S[],
  filtered: readonly S[],
  passes: Membership,
  pinned: readonly string[],
): Pinned<S> {
  const kept = new Set(pinned.filter((id) => !passes.has(id)));
  const shown = kept.size > 0 ? all.filter((s) => passes.has(s.id) || kept.has(s.id)) : filtered;
  const outside = shown.length > filtered.length ? shown.filter((s) => kept.has(s.id)) : [];
  return { shown: outside.length > 0 ? shown : filtered, kept, outside };
}
