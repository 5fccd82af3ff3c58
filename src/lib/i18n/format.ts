// Numbers → text for one language: the table's value in its unit, months, counts, percentages,
// ordinal ranks and a rank with its tie (Intl for the digits, the catalogue's `numbers` for the
// words; no DOM).
import type { Unit } from '../load/types';
import type { NumberWords } from './messages';
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

/** An Intl number format made on its first use, then kept. */
function lazyFormat(locale: string, options: Intl.NumberFormatOptions): () => Intl.NumberFormat {
  let made: Intl.NumberFormat | undefined;
  return () => (made ??= new Intl.NumberFormat(locale, options));
}

/**
 * Builds the formatters of one language once, from its Intl locale (`fr-FR`) and its catalogue's
 * words for numbers; reuse the result. Each Intl formatter is made on its first use: they are
 * costly to create (the first one loads the locale's data), and a page's first screen needs few.
 */
export function createFormat(locale: string, words: NumberWords, unit: Unit = 'months'): Format {
  const num = lazyFormat(locale, { maximumFractionDigits: 2 });
  const value: Record<Unit, (v: number) => string> = {
    months: (v) => words.months(num().format(v), v),
    weeks: (v) => words.weeks(num().format(v), v),
    percent: (v) => words.percent(num().format(v)),
    count: (v) => num().format(v),
    other: (v) => num().format(v),
  };
  const whole = lazyFormat(locale, { maximumFractionDigits: 0 });
  const pct = lazyFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const pctFine = lazyFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    number: (v) => num().format(v),
    value: value[unit],
    months: value.months,
    percent: (s) => (Math.abs(s) < 0.1 && s !== 0 ? pctFine() : pct()).format(s),
    ordinal: (n) => words.ordinal(n),
    rank: (s) => rankText(s, words),
    count: (v) => whole().format(v),
  };
}
