// Search keys → the words schools are named by, and a typed query → the schools whose names come
// close to it, typos forgiven, best first, with the query corrected (pure, no DOM). The exact
// search (search.ts) comes first: this runs only when it finds nothing.
import { aliasOf, queryWords } from './search';

/** What tolerant matching needs of a dataset, computed once per dataset (not per keystroke). */
export interface FuzzyIndex {
  /** Every distinct word of every search key. */
  vocab: readonly string[];
  /** The vocabulary indices of each school id's words. */
  words: ReadonlyMap<string, readonly number[]>;
}

/** Splits each search key into words, once per dataset; the words shared by schools once. */
export function fuzzyIndex(keys: ReadonlyMap<string, string>): FuzzyIndex {
  const steps = fuzzyIndexSteps(keys);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** `fuzzyIndex` in steps: yields after every `every` keys, so that its caller may pause (100,000
 *  keys take some 150 ms); returns the index. */
export function* fuzzyIndexSteps(
  keys: ReadonlyMap<string, string>,
  every = 2048,
): Generator<void, FuzzyIndex> {
  const at = new Map<string, number>();
  const vocab: string[] = [];
  const words = new Map<string, number[]>();
  let done = 0;
  for (const [id, key] of keys) {
    const own: number[] = [];
    for (const w of key.split(' ')) {
      if (w === '' || w === '|') continue;
      let i = at.get(w);
      if (i === undefined) {
        i = vocab.push(w) - 1;
        at.set(w, i);
      }
      if (!own.includes(i)) own.push(i);
    }
    words.set(id, own);
    if (++done % every === 0) yield;
  }
  return { vocab, words };
}

/** How many typos a typed word may hold: none up to 3 letters, 1 up to 5, then 2. */
export const editsAllowed = (word: string): number =>
  word.length <= 3 ? 0 : word.length <= 5 ? 1 : 2;

/**
 * The fewest edits (a letter added, dropped, changed, or two neighbours swapped) that turn `typed`
 * into the start of `word` (a word being typed is a prefix); `max + 1` as soon as it is over `max`.
 * "sant" → "saint": 1; "pari" → "paris": 0; "lyion" → "lyon": 1.
 */
export function prefixDistance(typed: string, word: string, max: number): number {
  const m = typed.length;
  const n = Math.min(word.length, m + max);
  // Too short for any of its prefixes to come within max of what was typed.
  if (n < m - max) return max + 1;
  // Rows of the edit table: typed[0, i) against word[0, j), for j up to n, in three rows reused
  // from call to call (no allocation per word: a keystroke measures thousands of them).
  if (scratch[0].length <= n) scratch = [0, 1, 2].map(() => new Int32Array(2 * n + 2)) as Rows;
  let [before, prev, row] = scratch;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    let least = i;
    const c = typed.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const w = word.charCodeAt(j - 1);
      let d = Math.min(at(prev, j) + 1, at(row, j - 1) + 1, at(prev, j - 1) + (c === w ? 0 : 1));
      // Two neighbours swapped ("ecloe" → "ecole") count as one edit.
      if (i > 1 && j > 1 && c === word.charCodeAt(j - 2) && typed.charCodeAt(i - 2) === w) {
        d = Math.min(d, at(before, j - 2) + 1);
      }
      row[j] = d;
      if (d < least) least = d;
    }
    if (least > max) return max + 1;
    const spare = before;
    before = prev;
    prev = row;
    row = spare;
  }
  // The closest prefix of the word: the least of the last row.
  let best = max + 1;
  for (let j = 0; j <= n; j++) best = Math.min(best, at(prev, j));
  return best;
}

/** A cell of a row (typed arrays read as number | undefined under noUncheckedIndexedAccess). */
const at = (r: Int32Array, j: number): number => r[j] ?? 0;

type Rows = [Int32Array, Int32Array, Int32Array];
/** The edit table's rows, grown to the longest word measured so far. */
let scratch: Rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** A school that comes close to the query: how many typos, and the words the query meant. */
export interface CloseMatch<T> {
  item: T;
  /** Typos over all the words typed (0 when each is the start of a word, as with "pari"). */
  edits: number;
  /** The query corrected for this school: each word with a typo replaced by the word it meant. */
  meant: string;
  /** Set when the school comes close to some of the words typed only (`partialMatches`): `meant`
   *  holds those words. */
  partial?: true;
}

/** The distances of the words typed last, by index: a keystroke measures only the word it changed,
 *  and `partialMatches` reuses those `closeMatches` measured for the same query. A memo: the
 *  functions stay pure. */
const measured = new WeakMap<FuzzyIndex, Map<string, Uint8Array>>();
/** How many words' distances an index keeps (each as long as its vocabulary). */
const MEASURED_MAX = 8;

/** `distances` of a word typed to an index's vocabulary, measured once while kept. */
function distancesIn(typed: string, index: FuzzyIndex): Uint8Array {
  let kept = measured.get(index);
  if (kept === undefined) measured.set(index, (kept = new Map()));
  let d = kept.get(typed);
  if (d === undefined) {
    d = distances(typed, index.vocab);
    kept.set(typed, d);
    // The word measured longest ago goes (a Map keeps its keys in the order set).
    if (kept.size > MEASURED_MAX) kept.delete(kept.keys().next().value ?? '');
  }
  return d;
}

/** For one typed word: its distance to each vocabulary word (over the allowance: allowance + 1). */
function distances(typed: string, vocab: readonly string[]): Uint8Array {
  const max = editsAllowed(typed);
  const alias = aliasOf(typed);
  const out = new Uint8Array(vocab.length);
  vocab.forEach((w, i) => {
    const d = prefixDistance(typed, w, max);
    out[i] = alias === undefined || d === 0 ? d : Math.min(d, prefixDistance(alias, w, 0));
  });
  return out;
}

/** The words typed that tolerant matching weighs, the first ones: each costs a pass over the
 *  vocabulary (some 10 ms at 100,000 schools), and a name has fewer. */
export const FUZZY_WORDS = 12;

/** Of a name's words (`own`), the one a typed word comes closest to within `max` typos, by its
 *  distances `d` to the vocabulary: its vocabulary index, or -1 when none is that close. */
function closest(own: readonly number[], d: Uint8Array, max: number): number {
  let least = max + 1;
  let at = -1;
  for (const i of own) {
    const e = d[i] ?? least;
    if (e < least) {
      least = e;
      at = i;
    }
  }
  return at;
}

/** The word a typed word meant, given the vocabulary word `at` it came closest to: as typed when
 *  it starts that word (no typo), else that word. */
const wordMeant = (typed: string, d: Uint8Array, at: number, vocab: readonly string[]): string =>
  d[at] === 0 ? typed : (vocab[at] ?? typed);

/**
 * The items whose names come close to every word typed (the first FUZZY_WORDS): each word within
 * its allowance of typos (`editsAllowed`) of the start of a word of the name. Fewest typos first,
 * then the names with fewest words beside those typed, then in the given order (rank order); at
 * most `limit`; none for an empty query.
 */
export function closeMatches<T extends { id: string }>(
  items: readonly T[],
  index: FuzzyIndex,
  query: string,
  limit: number,
): CloseMatch<T>[] {
  const typed = queryWords(query).slice(0, FUZZY_WORDS);
  if (typed.length === 0 || limit <= 0) return [];
  const table = typed.map((w) => ({ w, max: editsAllowed(w), d: distancesIn(w, index) }));
  const found: Found<T>[] = [];
  // The vocabulary word each typed word comes closest to, for the school at hand (reused).
  const ats = new Int32Array(table.length);
  items.forEach((item, order) => {
    const own = index.words.get(item.id) ?? [];
    let edits = 0;
    for (let k = 0; k < table.length; k++) {
      const { max, d } = table[k] ?? { max: 0, d: new Uint8Array() };
      const at = closest(own, d, max);
      if (at < 0) return;
      ats[k] = at;
      edits += d[at] ?? 0;
    }
    // Every word comes close: the words meant, and how many of the name's words none of them took.
    const meant = table.map(({ w, d }, k) => wordMeant(w, d, ats[k] ?? -1, index.vocab));
    const rest = own.length - new Set(ats).size;
    found.push({ item, edits, meant: meant.join(' '), rest, order });
  });
  return firstOf(found, limit);
}

/** Words that say nothing of which school is meant (« école de chimie de paris »): a partial match
 *  leaves them out. Folded, French and English. */
const FILLERS: ReadonlySet<string> = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'and',
  'in',
  'of',
  'the',
]);

/** Words of a school's kind rather than of which one it is (« école », « supérieure »): in a
 *  partial match they weigh a tenth of their rarity, so that « école centrale » finds the
 *  Centrales, not the few names of this table that hold « école ». Folded, French and English. */
const GENERIC: ReadonlySet<string> = new Set([
  'ecole',
  'ecoles',
  'institut',
  'ingenieur',
  'ingenieurs',
  'nationale',
  'national',
  'superieure',
  'superieur',
  'universite',
  'engineering',
  'engineers',
  'institute',
  'school',
  'university',
]);
/** What a GENERIC word's rarity counts for. */
const GENERIC_WEIGHT = 0.1;

/**
 * When no name comes close to every word typed: the names that come close to some of them
 * (« chimie paris » when no school has both words → the schools of chemistry). Of the words typed
 * (two or more, fillers left out), each weighs by how rare it is among the items: log(n / the items
 * it comes close to), a GENERIC word a tenth of that. The set of words with the most weight that
 * some name comes close to wins, and only the names that come close to that very set are listed,
 * as `closeMatches` orders them (so that « did you mean » with that set's words finds each of
 * them). `meant`: those words, corrected, in the order typed; each match is marked `partial`. None
 * for a query of one word (`closeMatches` has said all).
 */
export function partialMatches<T extends { id: string }>(
  items: readonly T[],
  index: FuzzyIndex,
  query: string,
  limit: number,
): CloseMatch<T>[] {
  // The first FUZZY_WORDS (fewer than 32: each item's set of them is an integer's bits).
  const typed = [...new Set(queryWords(query))]
    .filter((w) => !FILLERS.has(w))
    .slice(0, FUZZY_WORDS);
  if (typed.length < 2 || limit <= 0) return [];
  const table = typed.map((w) => ({ max: editsAllowed(w), d: distancesIn(w, index) }));
  const n = items.length;
  // For each word typed, for each item: the closest of the item's words (-1: none within the
  // allowance). Typed arrays, no object per item: a table of 100,000 schools is read this way.
  const near = table.map(() => new Int32Array(n).fill(-1));
  const count = new Int32Array(table.length);
  for (let j = 0; j < n; j++) {
    const own = index.words.get(items[j]?.id ?? '') ?? [];
    if (own.length === 0) continue;
    for (let k = 0; k < table.length; k++) {
      const { max, d } = table[k] ?? { max: 0, d: new Uint8Array() };
      const at = closest(own, d, max);
      if (at >= 0) {
        (near[k] as Int32Array)[j] = at;
        count[k] = (count[k] ?? 0) + 1;
      }
    }
  }
  const weight = [...count].map(
    (c, k) => (c === 0 ? 0 : Math.log(n / c)) * (GENERIC.has(typed[k] ?? '') ? GENERIC_WEIGHT : 1),
  );
  // Each item's set of the words it comes close to (bit k: word k), and the heaviest set.
  const sets = new Int32Array(n);
  let best = 0;
  let most = 0;
  for (let j = 0; j < n; j++) {
    let set = 0;
    let w = 0;
    for (let k = 0; k < near.length; k++) {
      if ((near[k]?.[j] ?? -1) < 0) continue;
      set |= 1 << k;
      w += weight[k] ?? 0;
    }
    sets[j] = set;
    // Strictly more: among sets of equal weight, the first met in rank order.
    if (w > most) {
      most = w;
      best = set;
    }
  }
  if (best === 0) return [];
  const found: Found<T>[] = [];
  items.forEach((item, order) => {
    if (sets[order] !== best) return;
    let edits = 0;
    const meant: string[] = [];
    const took = new Set<number>();
    near.forEach((at, k) => {
      const i = at[order] ?? -1;
      const d = table[k]?.d;
      if (i < 0 || d === undefined) return;
      edits += d[i] ?? 0;
      took.add(i);
      meant.push(wordMeant(typed[k] ?? '', d, i, index.vocab));
    });
    const rest = (index.words.get(item.id) ?? []).length - took.size;
    found.push({ item, edits, meant: meant.join(' '), rest, order });
  });
  return firstOf(found, limit).map((m) => ({ ...m, partial: true }));
}

/** A match found, with what orders it: the name's words none of the typed ones took, and the
 *  item's place in the list given (rank order). */
type Found<T> = CloseMatch<T> & { rest: number; order: number };

/** The first `limit` matches: fewest typos; then the name with fewest words left unmatched
 *  ("Ecole polytechnique" before "Institut polytechnique Lasalle Beauvais"); then rank order. */
function firstOf<T>(found: Found<T>[], limit: number): CloseMatch<T>[] {
  found.sort((a, b) => a.edits - b.edits || a.rest - b.rest || a.order - b.order);
  return found.slice(0, limit).map(({ item, edits, meant }) => ({ item, edits, meant }));
}
