// A pseudo-locale for tests, 'xx': the English catalogue with every letter of its own words
// accented and each text in brackets, « [Ŧĥé ŕàñķîñĝ] », so that a text the page shows without
// going through the registry's catalogue (a word written in a component, a catalogue the page
// reads directly) stands out. Names and figures handed to a message are kept as they are.
import { loadLanguage, loadMethodWords } from '../../src/lib/i18n/load';
import type { Messages, MethodMessages } from '../../src/lib/i18n/messages';
import { registerLanguage, type Language } from '../../src/lib/i18n/registry';
import { CATALOGUES, METHOD_WORDS } from './shipped';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'àƀçđéƒĝĥîĵķĺɱñôƥǫŕŝŧûʋŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÔƤǪŔŜŦÛƲŴẊÝŽ';

/** "The ranking" → "Ŧĥé ŕàñķîñĝ": every ASCII letter accented, everything else kept. */
export const accent = (text: string): string =>
  text.replace(/[A-Za-z]/g, (c) => ACCENTED[PLAIN.indexOf(c)] ?? c);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message's result in pseudo-words, the string arguments it was given kept as they are. */
function pseudoResult(result: string, args: readonly unknown[]): string {
  const kept = args
    .filter((a): a is string => typeof a === 'string' && a !== '')
    .sort((a, b) => b.length - a.length);
  if (kept.length === 0) return `[${accent(result)}]`;
  const parts = result.split(new RegExp(`(${kept.map(escape).join('|')})`));
  return `[${parts.map((p, i) => (i % 2 === 1 ? p : accent(p))).join('')}]`;
}

/** A catalogue node → the same shape, every string and every function's result in pseudo-words. */
function pseudoNode<T>(node: T): T {
  if (typeof node === 'string') return `[${accent(node)}]` as T;
  if (typeof node === 'function') {
    const fn = node as (...args: unknown[]) => unknown;
    const wrapped = (...args: unknown[]): unknown => {
      const result = fn(...args);
      // A function giving words (the measure's) gives them in pseudo-words too.
      return typeof result === 'object' ? pseudoNode(result) : pseudoResult(String(result), args);
    };
    return Object.defineProperty(wrapped, 'length', { value: fn.length }) as T;
  }
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node).map(([k, v]) => [k, pseudoNode(v)]);
  return Object.fromEntries(entries) as T;
}

/** The pseudo-locale's catalogue, from the English one. */
export const xx: Messages = { ...pseudoNode(CATALOGUES.en), lang: 'xx' };

/** Its words of the methodology page, from the English ones. */
export const xxMethod: MethodMessages = pseudoNode(METHOD_WORDS.en);

/** The pseudo-locale as the registry takes it: English numbers' locale, English data files; its
 *  catalogues "load" at once, as a module already fetched would. */
export const pseudoLanguage: Language = {
  code: 'xx',
  // The whole catalogue is both parts' words: each part's type is a part of it.
  first: () => Promise.resolve(xx),
  later: () => Promise.resolve(xx),
  method: () => Promise.resolve(xxMethod),
  locale: 'en-GB',
  name: accent('[Pseudo]'),
  show: `[${accent('Show in Pseudo')}]`,
  data: 'en',
};

/** Registers the pseudo-locale and loads its words, as the app would before switching to it;
 *  resolves to what takes it out again. */
export async function registerPseudo(): Promise<() => void> {
  const unregister = registerLanguage(pseudoLanguage);
  await Promise.all([loadLanguage('xx'), loadMethodWords('xx')]);
  return unregister;
}
