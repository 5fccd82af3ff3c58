import { describe, expect, it } from 'vitest';
import { createFormat } from '../../src/lib/i18n/format';
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
