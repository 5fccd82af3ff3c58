// Numbers → text for one language: the table's value in its unit, months, counts, percentages,
// ordinal ranks and a rank with its tie (digits as Intl writes them, decimal.ts; the catalogue's
// `numbers` for the words; no DOM).
import type { Unit } from '../load/types';
import type { NumberWords } from './messages';
import { decimalFormat } from './decimal';
import { rankText, type RankOf } from './rank';

export interface Format {
  /** 8.5 → "8,5" (up to two decimals, no trailing zeros). */
  number(value: number): string;
  /** The table's value in its unit (the measure's): months "8,5 mois" (as `months`), weeks
   *  "3 semaines", percent "45 %" (the value is in percent already), count "1 234" (grouped),
   *  other: the number alone (the value's label says what it is). */
  value(value: number): string;
  /** 8.5 → "8,5 mois"; 1 → "1 mois", with a no-break space: a line never ends between the two.
   *  For what is months by nature (the CTI's rules, the published ranking's method); the table's
   *  value is written by `value`. */
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
export function createFormat(locale: string, words: NumberWords, unit: Unit = 'months'): Format {
  const num = decimalFormat(locale, { maximumFractionDigits: 2 });
  const value: Record<Unit, (v: number) => string> = {
    months: (v) => words.months(num(v), v),
    weeks: (v) => words.weeks(num(v), v),
    percent: (v) => words.percent(num(v)),
    count: num,
    other: num,
  };
  const whole = decimalFormat(locale, { maximumFractionDigits: 0 });
  const pct = decimalFormat(locale, { maximumFractionDigits: 0, percent: true });
  const pctFine = decimalFormat(locale, { maximumFractionDigits: 1, percent: true });
  return {
    number: num,
    value: value[unit],
    months: value.months,
    percent: (s) => (Math.abs(s) < 0.1 && s !== 0 ? pctFine : pct)(s),
    ordinal: (n) => words.ordinal(n),
    rank: (s) => rankText(s, words),
    count: (v) => whole(v),
  };
}
