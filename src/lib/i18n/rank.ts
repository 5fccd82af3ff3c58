// A school's rank and the size of its tie → its rank in words ("34e ex æquo", "tied 34th"): the one
// place a rank with its tie is worded. Every view reaches it as `f.rank(school)` (format.ts).
import type { NumberWords } from './messages';

/** What a rank is worded from: a school, or anything with its rank and tie group. */
export interface RankOf {
  readonly rank: number;
  readonly tie: { readonly size: number };
}

/** The rank of `s` in a language's words, marked as shared when its tie group has other schools. */
export function rankText(s: RankOf, words: Pick<NumberWords, 'ordinal' | 'rank'>): string {
  return words.rank(words.ordinal(s.rank), s.tie.size > 1);
}
