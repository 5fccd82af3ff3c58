// Numbers → text for one locale: months, counts, percentages and ordinal ranks (Intl, no DOM).
import { NBSP } from './typography';

export type Locale = 'fr' | 'en';

const tags: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export interface Format {
  /** 8.5 → "8,5" (up to two decimals, no trailing zeros). */
  number(value: number): string;
  /** 8.5 → "8,5 mois"; 1 → "1 mois", with a no-break space: a line never ends between the two. */
  months(value: number): string;
  /** 0.4514 → "45 %" (share in 0..1; one decimal below 10 %). */
  percent(share: number): string;
  /** 1 → "1er", 34 → "34e" (fr); 1 → "1st", 34 → "34th" (en). */
  ordinal(rank: number): string;
  /** A whole count with the locale's grouping: 100000 → "100 000". */
  count(value: number): string;
}

const enSuffix = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
};

/** Builds the formatters of one locale once; reuse the result (Intl formatters are costly to create). */
export function createFormat(locale: Locale): Format {
  const tag = tags[locale];
  const num = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const pctFine = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  return {
    number: (v) => num.format(v),
    months: (v) =>
      locale === 'fr'
        ? `${num.format(v)}${NBSP}mois`
        : `${num.format(v)}${NBSP}month${v === 1 ? '' : 's'}`,
    percent: (s) => (Math.abs(s) < 0.1 && s !== 0 ? pctFine : pct).format(s),
    ordinal: (n) => (locale === 'fr' ? `${n}${n === 1 ? 'er' : 'e'}` : `${n}${enSuffix(n)}`),
    count: (v) => whole.format(v),
  };
}
