// Numbers → text for one language: months, counts, percentages, ordinal ranks and a rank with its
// tie (digits as Intl writes them, decimal.ts; the catalogue's `numbers` for the words; no DOM).
import type { NumberWords } from './messages';
import { decimalFormat } from './decimal';
import { rankText, type RankOf } from './rank';

export interface Format {
  /** 8.5 → "8,5" (up to two decimals, no trailing zeros). */
  number(value: number): string;
  /** 8.5 → "8,5 mois"; 1 → "1 mois", with a no-break space: a line never ends between the two. */
  months(value: number): string;
  /** 0.4514 → "45 %" (share in 0..1; one decimal below 10 %). */
  percent(share: number): string;
  /** 1 → "1er", 34 → "34e" (fr); 1 → "1st", 34 → "34th" (en). */
  ordinal(rank: number): string;
  /** A school's rank with its tie: "8e", "34e ex æquo" (fr); "8th", "tied 34th" (en). */
  rank(school: RankOf): string;
  /** A whole count with the locale's grouping: 100000 → "100 000". */
  count(value: number): string;
}

/**
 * Builds the formatters of one language once, from its Intl locale (`fr-FR`) and its catalogue's
 * words for numbers; reuse the result. The digits are written as Intl writes them, without making
 * an Intl.NumberFormat for the app's own locales (decimal.ts: the first one costs a page 20 to
 * 70 ms).
 */
export function createFormat(locale: string, words: NumberWords): Format {
  const num = decimalFormat(locale, { maximumFractionDigits: 2 });
  const whole = decimalFormat(locale, { maximumFractionDigits: 0 });
  const pct = decimalFormat(locale, { maximumFractionDigits: 0, percent: true });
  const pctFine = decimalFormat(locale, { maximumFractionDigits: 1, percent: true });
  return {
    number: (v) => num(v),
    months: (v) => words.months(num(v), v),
    percent: (s) => (Math.abs(s) < 0.1 && s !== 0 ? pctFine : pct)(s),
    ordinal: (n) => words.ordinal(n),
    rank: (s) => rankText(s, words),
    count: (v) => whole(v),
  };
}
