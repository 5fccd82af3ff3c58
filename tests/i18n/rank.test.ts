import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankText } from '../../src/lib/i18n/rank';
import { formatFor } from '../../src/lib/i18n/catalogues';
import { CATALOGUES } from './shipped';
import { rankSchools } from '../../src/lib/analysis/rank';
import { seedSchools } from '../analysis/seed';

// Words that show what rankText hands them: the ordinal, and whether it is shared.
const words = {
  ordinal: (n: number) => `#${n}`,
  rank: (ordinal: string, tied: boolean) => (tied ? `${ordinal}=` : ordinal),
};

describe('rankText', () => {
  it.each([
    [{ rank: 1, tie: { size: 1 } }, '#1'],
    [{ rank: 1, tie: { size: 2 } }, '#1='],
    [{ rank: 34, tie: { size: 32 } }, '#34='],
    [{ rank: 144, tie: { size: 1 } }, '#144'],
  ])('rankText(%o) gives %s', (s, expected) => {
    expect(rankText(s, words)).toBe(expected);
  });

  it('is what every language’s f.rank says, from its own words', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 500 }),
        (rank, size) => {
          for (const lang of ['fr', 'en'] as const) {
            const s = { rank, tie: { size } };
            expect(formatFor(lang).rank(s)).toBe(rankText(s, CATALOGUES[lang].numbers));
          }
        },
      ),
    );
  });

  // Centrale Lyon: 6 months, tied with 31 other schools at places 34 to 65 (the seed's largest
  // tie); CPE Lyon: 12 months, tied 1st with one other; ENSAM: alone at 22nd.
  it.each([
    ['Centrale Lyon', '34e ex æquo', 'tied 34th'],
    ['CPE Lyon', '1er ex æquo', 'tied 1st'],
    ['ENSAM', '22e', '22nd'],
  ])('words %s as %s and %s', (name, inFr, inEn) => {
    const s = rankSchools(seedSchools()).schools.find((x) => x.name === name);
    if (s === undefined) throw new Error(`no ${name} in the seed`);
    expect(formatFor('fr').rank(s)).toBe(inFr);
    expect(formatFor('en').rank(s)).toBe(inEn);
  });
});
