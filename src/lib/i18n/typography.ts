// Text → the same text with the spaces French typography makes unbreakable (pure), and a message
// catalogue → the same catalogue with that applied to every string and every function's result.
/** U+00A0 NO-BREAK SPACE: before a colon, and between a number and the word after it. */
export const NBSP = '\u00a0';
/** U+202F NARROW NO-BREAK SPACE: before ; ! ? », after «. */
export const NNBSP = '\u202f';

/** A run of spaces (plain or no-break) after «, or before one of : ; ! ? ». */
const AROUND_MARK = /«[ \u00a0\u202f]+|[ \u00a0\u202f]+([:;!?»])/g;

/** A digit, then one plain space, then a letter (not consumed: "de 3 à 5" has two). */
const NUMBER_WORD = /(\d) (?=\p{L})/gu;

/**
 * "a : b ; c ? « d »" → the same with "a\u00a0: b\u202f; c\u202f? «\u202fd\u202f»", so that no
 * line starts with the mark; and "9 semaines", "de 3 à 5" → "9\u00a0semaines", "de 3\u00a0à 5",
 * so that no line ends with a number whose word starts the next. Only an existing space is
 * replaced: by a mark a run of them becomes one, and a mark with no space before it (`10:30`,
 * `https://`) is left alone; after a digit only a single plain space before a letter is, so a
 * number at the end ("Télécom Lille 1"), before a sign ("45 %", "3 –") or before two spaces keeps
 * its space. Every other character is left alone.
 */
export function frenchSpaces(text: string): string {
  return text
    .replace(AROUND_MARK, (_run, mark: string | undefined) =>
      mark === undefined ? `«${NNBSP}` : `${mark === ':' ? NBSP : NNBSP}${mark}`,
    )
    .replace(NUMBER_WORD, `$1${NBSP}`);
}

/** How each language of the data files sets their text on its page (registry.ts: `typeset`). */
export const typesetFor: Readonly<Record<'fr' | 'en', (text: string) => string>> = {
  fr: frenchSpaces,
  en: (text) => text,
};

/**
 * A catalogue → the same shape and type with `fix` applied to every string, and to the result of
 * every function (which keeps its arity). Nodes in `keep` (objects or functions) come back as
 * they are.
 */
export function typeset<T>(node: T, fix: (text: string) => string, keep: ReadonlySet<unknown>): T {
  if (typeof node === 'string') return fix(node) as T;
  if (keep.has(node)) return node;
  if (typeof node === 'function') {
    const fn = node as (...args: unknown[]) => unknown;
    const wrapped = (...args: unknown[]): unknown => typeset(fn(...args), fix, keep);
    return Object.defineProperty(wrapped, 'length', { value: fn.length }) as T;
  }
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((v: unknown) => typeset(v, fix, keep)) as T;
  const entries = Object.entries(node).map(([k, v]) => [k, typeset(v, fix, keep)]);
  return Object.fromEntries(entries) as T;
}
