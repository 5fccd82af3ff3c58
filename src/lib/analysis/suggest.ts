// A typed query → the schools to offer in a pick list, best matches first (pure, no DOM).
import { aliasOf, matches, queryWords } from './search';

/** How many suggestions a pick list shows at most. */
export const SUGGESTIONS_MAX = 8;

/** A typed word and the word it abbreviates, if any ("st" → "st", "saint"). */
function forms(word: string): string[] {
  const alias = aliasOf(word);
  return alias === undefined ? [word] : [word, alias];
}

/** True when the word or its alias follows `before` in the key: " " starts a word, "| " a name. */
const starts = (key: string, word: string, before: string): boolean =>
  forms(word).some((w) => key.includes(before + w));

/** How well a matching key fits the words typed: 0 (best) to 3 (see `suggest`). */
function tierOf(key: string, words: readonly string[]): 0 | 1 | 2 | 3 {
  if (!words.every((w) => forms(w).some((f) => key.startsWith(f)) || starts(key, w, ' '))) return 3;
  const first = words[0] ?? '';
  if (forms(first).some((w) => key.startsWith(w))) return 0;
  return starts(key, first, '| ') ? 1 : 2;
}

/**
 * The items whose search key matches the query (see `matches`), leaving out `exclude`. First those
 * where every word typed starts a word: whose name starts with the first word typed, then whose
 * other name (a current name) does, then the others; then those where a word typed is only inside a
 * word, only when there is none of the others. In the given order (rank order) within each; at most
 * `limit`; none for an empty query.
 */
export function suggest<T extends { id: string }>(
  items: readonly T[],
  keys: ReadonlyMap<string, string>,
  query: string,
  exclude: ReadonlySet<string> = new Set(),
  limit = SUGGESTIONS_MAX,
): T[] {
  const words = queryWords(query);
  if (words.length === 0 || limit <= 0) return [];
  const tiers: [T[], T[], T[], T[]] = [[], [], [], []];
  for (const item of items) {
    if (exclude.has(item.id)) continue;
    const key = keys.get(item.id) ?? '';
    if (!matches(key, words)) continue;
    tiers[tierOf(key, words)].push(item);
    // The first tier full: nothing after it can come before.
    if (tiers[0].length >= limit) break;
  }
  // A word typed inside a word ("centrale l" finds the "l" of every "centrale") only when nothing
  // starts with it.
  const [a, b, c, inside] = tiers;
  const starting = [...a, ...b, ...c];
  return (starting.length > 0 ? starting : inside).slice(0, limit);
}
