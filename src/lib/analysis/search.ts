// Names and a typed query → folded search keys, and whether a key matches a query (no DOM).
import { foldName } from '../data/normalize';

/** Abbreviations people type for a word, folded: "st etienne" finds "Saint-Etienne". */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
]);

/** The word an abbreviation stands for ("st" → "saint"), or undefined. */
export function aliasOf(word: string): string | undefined {
  return ALIASES.get(word);
}

/** A folded name holding an abbreviation (a word ALIASES spells out). */
const ABBREVIATED = /(?:^| )ste?(?: |$)/;

/** A name already folded (`foldName`) → its words, abbreviations spelled out, joined by spaces. */
export function foldedKey(folded: string): string {
  if (!ABBREVIATED.test(folded)) return folded;
  return folded
    .split(' ')
    .map((w) => ALIASES.get(w) ?? w)
    .join(' ');
}

/** The key a name is searched by: its folded words, abbreviations spelled out, joined by spaces. */
export function searchKey(...names: string[]): string {
  return names.map((n) => foldedKey(foldName(n))).join(' | ');
}

/** A typed query → its folded words, as typed (not spelled out); an empty list matches everything. */
export function queryWords(query: string): string[] {
  const folded = foldName(query);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * True when every word of the query stands somewhere in the key (case, accents and punctuation
 * ignored): "ecole" finds "École…", "ponts" finds "ENPC (Ecole des ponts et chaussées)".
 */
export function matches(key: string, query: readonly string[]): boolean {
  for (const word of query) {
    const alias = aliasOf(word);
    // "st" finds "Saint-…" and also "Strasbourg", "ESTIA": a word being typed is not yet an abbreviation.
    if (!key.includes(word) && (alias === undefined || !key.includes(alias))) return false;
  }
  return true;
}
