// Which rows a widened filter shows again first (pure, no DOM): those nearest, in the list's order,
// to a row already shown, where the reader is looking (a tie's « show all » pressed in the table).

/** Rows a widened list shows again per frame (windowing/reveal.svelte.ts): about 47 table rows of
 *  the ranking cost 12 to 22 ms of style and layout at 375 px on a 2-core machine, all 140 in one
 *  frame 33 to 47 ms, and 60 to 75 ms with its paint; at 40 a frame, the first frame (with the
 *  script of the change) still reached 53 ms once. 24 rows fill a screen around the reader's at
 *  375 px (69 px a row) and most of one at 1280 (41 px). */
export const REVEAL_PER_FRAME = 24;

/**
 * The ids shown in `after` and not in `before`, nearest first: by their distance, in `order`, to
 * the nearest id shown in both (from the list's top when none is), then in the list's order. Ids
 * of `after` missing from `order` come last, in `after`'s order.
 */
export function revealOrder(
  order: readonly string[],
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
): string[] {
  const n = order.length;
  // Distance of each index to the nearest kept row, from both sides (two sweeps).
  const near = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const id = order[i] as string;
    if (before.has(id) && after.has(id)) last = i;
    near[i] = i - last;
  }
  const anyKept = last > Number.NEGATIVE_INFINITY;
  last = Number.POSITIVE_INFINITY;
  for (let i = n - 1; i >= 0; i--) {
    const id = order[i] as string;
    if (before.has(id) && after.has(id)) last = i;
    near[i] = Math.min(near[i] as number, last - i);
  }
  const fresh: { id: string; distance: number; index: number }[] = [];
  const placed = new Set<string>();
  order.forEach((id, index) => {
    if (!after.has(id) || before.has(id)) return;
    placed.add(id);
    fresh.push({ id, distance: anyKept ? (near[index] as number) : index, index });
  });
  fresh.sort((a, b) => a.distance - b.distance || a.index - b.index);
  const rest = [...after].filter((id) => !before.has(id) && !placed.has(id));
  return [...fresh.map((r) => r.id), ...rest];
}

/**
 * The ids still held back after a filter change, nearest first: of those `next` shows, the ones the
 * reader did not see (`last` less those still `held`), less the first slice, shown at once.
 */
export function stillHeld(
  order: readonly string[],
  last: ReadonlySet<string>,
  held: readonly string[],
  next: ReadonlySet<string>,
): string[] {
  const waiting = new Set(held);
  const seen = waiting.size === 0 ? last : new Set([...last].filter((id) => !waiting.has(id)));
  // Most changes bring back no more than a slice (a letter typed narrows the list): all of it is
  // shown at once, with nothing to order.
  let added = 0;
  for (const id of next) if (!seen.has(id) && ++added > REVEAL_PER_FRAME) break;
  if (added <= REVEAL_PER_FRAME) return [];
  return revealOrder(order, seen, next).slice(REVEAL_PER_FRAME);
}
