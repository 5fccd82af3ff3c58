// decimalFormat writes what Intl.NumberFormat writes, for the app's locales: Intl is the oracle.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalFormat } from '../../src/lib/i18n/decimal';

const LOCALES = ['fr-FR', 'en-GB'] as const;

/** Intl's format, made once per locale and options (making one is slow). */
const oracles = new Map<string, Intl.NumberFormat>();
const intl = (locale: string, decimals: number, percent = false) => {
  const key = `${locale} ${decimals} ${percent}`;
  let format = oracles.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, {
      maximumFractionDigits: decimals,
      style: percent ? 'percent' : 'decimal',
    });
    oracles.set(key, format);
  }
  return (v: number) => format.format(v);
};

describe('decimalFormat', () => {
  it.each([
    ['fr-FR', 2, 10.5, '10,5'],
    ['fr-FR', 2, 12, '12'],
    ['fr-FR', 0, 100000, '100\u202f000'],
    ['fr-FR', 0, 1000, '1\u202f000'],
    ['fr-FR', 2, 1.005, '1,01'],
    ['fr-FR', 2, -0.001, '-0'],
    ['en-GB', 2, 8.25, '8.25'],
    ['en-GB', 0, 1234567, '1,234,567'],
    ['en-GB', 0, 999.5, '1,000'],
    ['fr-FR', 0, 0, '0'],
  ])('%s, %i decimals: %d → %s', (locale, decimals, value, text) => {
    expect(decimalFormat(locale, { maximumFractionDigits: decimals })(value)).toBe(text);
  });

  it.each([
    ['fr-FR', 0, 0.4514, '45\u00a0%'],
    ['fr-FR', 1, 0.0456, '4,6\u00a0%'],
    ['fr-FR', 0, 0.145, '15\u00a0%'],
    ['en-GB', 1, 0.0456, '4.6%'],
    ['en-GB', 0, 1, '100%'],
  ])('%s percent, %i decimals: %d → %s', (locale, decimals, value, text) => {
    expect(decimalFormat(locale, { maximumFractionDigits: decimals, percent: true })(value)).toBe(
      text,
    );
  });

  it('hands what it does not write itself to Intl: non-finite, exponents, other locales', () => {
    const fr = decimalFormat('fr-FR', { maximumFractionDigits: 2 });
    expect(fr(Number.NaN)).toBe(intl('fr-FR', 2)(Number.NaN));
    expect(fr(Infinity)).toBe(intl('fr-FR', 2)(Infinity));
    expect(fr(1e-7)).toBe(intl('fr-FR', 2)(1e-7));
    expect(fr(1e21)).toBe(intl('fr-FR', 2)(1e21));
    expect(decimalFormat('de-DE', { maximumFractionDigits: 2 })(1234.5)).toBe('1.234,5');
  });

  // Values of every kind the app writes: months with halves and quarters, counts, shares, and any
  // double in a wide range.
  const values = fc.oneof(
    fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 100),
    fc.integer({ min: 0, max: 100_000 }).map((n) => n / 8),
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000),
    fc.double({ min: -1e9, max: 1e9, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  );

  it('writes what Intl writes, for every value, locale and number of decimals', () => {
    fc.assert(
      fc.property(
        values,
        fc.constantFrom(...LOCALES),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        (value, locale, decimals, percent) => {
          const ours = decimalFormat(locale, { maximumFractionDigits: decimals, percent });
          expect(ours(value)).toBe(intl(locale, decimals, percent)(value));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
