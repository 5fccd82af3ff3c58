// Numbers → text as Intl.NumberFormat writes them for the app's own locales (fr-FR, en-GB), without
// making an Intl.NumberFormat: the first one a page makes loads the engine's number data, 20 to 70 ms
// on a 2-core machine, in the first screen's task (issue 12: no long task). Other locales, and the
// rare numbers this does not cover (non-finite, written with an exponent), go to Intl.
// tests/i18n/decimal.test.ts holds it to Intl's output, value for value.

/** How one locale writes a number (what Intl.NumberFormat gives for it). */
interface Symbols {
  decimal: string;
  group: string;
  /** Written after a percentage (fr: a no-break space, then %). */
  percent: string;
}

const SYMBOLS: Readonly<Record<string, Symbols>> = {
  'fr-FR': { decimal: ',', group: '\u202f', percent: '\u00a0%' },
  'en-GB': { decimal: '.', group: ',', percent: '%' },
};

/** What a format writes: up to `maximumFractionDigits` decimals (no trailing zeros), as a
 *  percentage (the value times 100, then %) or not. */
export interface DecimalOptions {
  maximumFractionDigits: number;
  percent?: boolean;
}

/** A decimal string of digits with a point ("12.5", "0.001") plus 1 in its last place. */
function increment(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    const c = chars[i];
    if (c === '.') continue;
    if (c !== '9') {
      chars[i] = String(Number(c) + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  return `1${chars.join('')}`;
}

/**
 * `value`'s shortest decimal form (what String gives, and where Intl starts from too), moved
 * `shift` places left, rounded half away from zero to `decimals` places, trailing zeros dropped:
 * [whole part, fraction] as digit strings; null when String writes it with an exponent.
 */
function rounded(value: number, shift: number, decimals: number): [string, string] | null {
  const text = String(Math.abs(value));
  if (text.includes('e')) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  // The point moved `shift` places right: ×10^shift, in decimal, exactly.
  const padded = fraction.padEnd(shift, '0');
  const int = (whole + padded.slice(0, shift)).replace(/^0+(?=\d)/, '');
  const frac = padded.slice(shift);
  if (frac.length <= decimals) return [int, frac.replace(/0+$/, '')];
  const kept = `${int}.${frac.slice(0, decimals)}`;
  const up = frac.charCodeAt(decimals) - 48 >= 5;
  const [i = '0', f = ''] = (up ? increment(kept) : kept).split('.');
  return [i, f.replace(/0+$/, '')];
}

/** Groups of three digits from the right, joined by `group`. */
function grouped(int: string, group: string): string {
  if (int.length < 4) return int;
  const head = int.length % 3 || 3;
  let out = int.slice(0, head);
  for (let i = head; i < int.length; i += 3) out += group + int.slice(i, i + 3);
  return out;
}

/**
 * A formatter of numbers for `locale`, writing what `new Intl.NumberFormat(locale, options)` writes
 * (style 'percent' when `percent`); for a locale it does not know, that Intl format, made on its
 * first use.
 */
export function decimalFormat(locale: string, options: DecimalOptions): (value: number) => string {
  const { maximumFractionDigits: decimals, percent = false } = options;
  let intl: Intl.NumberFormat | undefined;
  const viaIntl = (value: number): string =>
    (intl ??= new Intl.NumberFormat(locale, {
      maximumFractionDigits: decimals,
      style: percent ? 'percent' : 'decimal',
    })).format(value);
  const symbols = SYMBOLS[locale];
  if (symbols === undefined) return viaIntl;
  return (value) => {
    const parts = Number.isFinite(value) ? rounded(value, percent ? 2 : 0, decimals) : null;
    if (parts === null) return viaIntl(value);
    const [int, frac] = parts;
    // Intl keeps the sign of a negative number that rounds to zero ("-0").
    const sign = value < 0 || Object.is(value, -0) ? '-' : '';
    const number = grouped(int, symbols.group) + (frac === '' ? '' : symbols.decimal + frac);
    return sign + number + (percent ? symbols.percent : '');
  };
}
