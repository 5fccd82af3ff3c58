import { describe, expect, it } from 'vitest';
import { createFormat } from '../../src/lib/i18n/format';
import type { Unit } from '../../src/lib/load/types';
import { CATALOGUES } from './shipped';

// Each language's Intl locale and its catalogue's number words, as the registry pairs them.
const fr = createFormat('fr-FR', CATALOGUES.fr.numbers);
const en = createFormat('en-GB', CATALOGUES.en.numbers);
const NNBSP = '\u202f'; // French thousands separator
const NBSP = '\u00a0'; // before the French % sign and between a number and its unit

describe('createFormat', () => {
  // A no-break space between the number and its unit: a line never ends between the two.
  it.each([
    [8.5, `8,5${NBSP}mois`, `8.5${NBSP}months`],
    [1, `1${NBSP}mois`, `1${NBSP}month`],
    [12, `12${NBSP}mois`, `12${NBSP}months`],
    [5.4944444, `5,49${NBSP}mois`, `5.49${NBSP}months`],
  ])('months(%d) gives %s in French and %s in English', (v, inFr, inEn) => {
    expect(fr.months(v)).toBe(inFr);
    expect(en.months(v)).toBe(inEn);
  });

  // The table's value in its unit: the Format made for that unit writes it (`f.value`).
  const frOf = (unit: Unit) => createFormat('fr-FR', CATALOGUES.fr.numbers, unit);
  const enOf = (unit: Unit) => createFormat('en-GB', CATALOGUES.en.numbers, unit);
  it.each<[Unit, number, string, string]>([
    ['months', 8.5, `8,5${NBSP}mois`, `8.5${NBSP}months`],
    ['months', 1, `1${NBSP}mois`, `1${NBSP}month`],
    ['weeks', 3, `3${NBSP}semaines`, `3${NBSP}weeks`],
    ['weeks', 1, `1${NBSP}semaine`, `1${NBSP}week`],
    // French takes the singular below 2, English only at 1.
    ['weeks', 1.5, `1,5${NBSP}semaine`, `1.5${NBSP}weeks`],
    ['weeks', 12.25, `12,25${NBSP}semaines`, `12.25${NBSP}weeks`],
    // The value is a percentage already: 45 is 45 %, not 4 500 %.
    ['percent', 45, `45${NBSP}%`, '45%'],
    ['percent', 12.5, `12,5${NBSP}%`, '12.5%'],
    ['count', 1234, `1${NNBSP}234`, '1,234'],
    ['count', 100000, `100${NNBSP}000`, '100,000'],
    ['other', 1234.567, `1${NNBSP}234,57`, '1,234.57'],
    ['other', -3, '-3', '-3'],
  ])('value in %s: %d gives %s and %s', (unit, v, inFr, inEn) => {
    expect(frOf(unit).value(v)).toBe(inFr);
    expect(enOf(unit).value(v)).toBe(inEn);
  });

  it('value is months by default, and months stays months whatever the unit', () => {
    expect(fr.value(6)).toBe(`6${NBSP}mois`);
    expect(frOf('percent').months(2.1)).toBe(`2,1${NBSP}mois`);
    expect(enOf('weeks').months(1)).toBe(`1${NBSP}month`);
  });

  it.each([
    [1, '1er', '1st'],
    [2, '2e', '2nd'],
    [34, '34e', '34th'],
    [111, '111e', '111th'],
    [143, '143e', '143rd'],
  ])('ordinal(%d) gives %s and %s', (n, inFr, inEn) => {
    expect(fr.ordinal(n)).toBe(inFr);
    expect(en.ordinal(n)).toBe(inEn);
  });

  it.each([
    [65 / 144, `45${NBSP}%`, '45%'],
    [0.0625, `6,3${NBSP}%`, '6.3%'],
    [0, `0${NBSP}%`, '0%'],
  ])('percent(%d) gives %s and %s', (s, inFr, inEn) => {
    expect(fr.percent(s)).toBe(inFr);
    expect(en.percent(s)).toBe(inEn);
  });

  it('count(100000) groups thousands', () => {
    expect(fr.count(100000)).toBe(`100${NNBSP}000`);
    expect(en.count(100000)).toBe('100,000');
  });

  // One wording of a rank with its tie, whatever view shows it (src/lib/i18n/rank.ts).
  it.each([
    [{ rank: 8, tie: { size: 1 } }, '8e', '8th'],
    [{ rank: 34, tie: { size: 32 } }, '34e ex æquo', 'tied 34th'],
    [{ rank: 1, tie: { size: 2 } }, '1er ex æquo', 'tied 1st'],
    [{ rank: 143, tie: { size: 1 } }, '143e', '143rd'],
  ])('rank(%o) gives %s and %s', (s, inFr, inEn) => {
    expect(fr.rank(s)).toBe(inFr);
    expect(en.rank(s)).toBe(inEn);
  });
});
