// A list recomputed whole (a chart's marks, each time a growing list adds rows or a pick changes
// one) keeps the objects of the items that did not change: Svelte's keyed {#each} then updates
// only the rows whose item is a new object, not every row's attributes at every step (pure, no DOM).

/** A mark's fields: strings, numbers, booleans, undefined (compared with Object.is). */
type Flat = Readonly<Record<string, unknown>>;

/** Whether `a` and `b` have the same fields with the same values (Object.is), and no other. */
export function sameFields(a: Flat, b: Flat): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && Object.is(a[k], b[k]));
}

/**
 * `next`, each item replaced by the item of `previous` with the same key when their fields are the
 * same: the result equals `next` field for field; an item that did not change is the same object
 * as before. Keys are unique within each list.
 */
export function keepSame<T extends Flat>(
  previous: readonly T[],
  next: readonly T[],
  key: (item: T) => string,
): T[] {
  if (previous.length === 0) return [...next];
  const before = new Map(previous.map((item) => [key(item), item]));
  return next.map((item) => {
    const old = before.get(key(item));
    return old !== undefined && sameFields(old, item) ? old : item;
  });
}
