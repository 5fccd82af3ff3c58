// comparison (analysis/sentence.ts): the picked schools by place and the gap between the ends,
// hand-worked on the published ranking; and, on random rankings, invariants of the facts and of
// the sentences made from them (i18n/sentence.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankSchools } from '../../src/lib/analysis/rank';
import { comparison } from '../../src/lib/analysis/sentence';
import type { School } from '../../src/lib/data/types';
import { formatFor } from '../../src/lib/i18n/catalogues';
import { en } from '../../src/lib/i18n/en';
import { fr } from '../../src/lib/i18n/fr';
import { compareSentence, schoolSentence } from '../../src/lib/i18n/sentence';
import { seedSchools } from './seed';

/** The text with its no-break spaces made plain (French typography sets them after a name's
 *  digits too: « École 3 est » → « École 3\u00a0est »). */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

const all = rankSchools(seedSchools()).schools;
const named = (...names: string[]) =>
  names.map((name) => {
    const s = all.find((x) => x.name === name);
    if (!s) throw new Error(`no ${name} in the seed`);
    return s;
  });

describe('comparison', () => {
  it('comparison([]) is null', () => {
    expect(comparison([])).toBeNull();
  });

  it('comparison([ENSIIE, CPE Lyon, Centrale Paris]) puts them by place, 12 − 8.8 = 3.2 apart', () => {
    const c = comparison(named('ENSIIE', 'CPE Lyon', 'Centrale Paris'));
    expect(c?.schools.map((s) => s.name)).toEqual(['CPE Lyon', 'Centrale Paris', 'ENSIIE']);
    expect(c?.gap).toBe(3.2);
  });

  it('comparison([ESAIP, ENST Paris]) keeps the source order in a tie, 0 apart', () => {
    const c = comparison(named('ESAIP', 'ENST Paris'));
    expect(c?.schools.map((s) => s.name)).toEqual(['ENST Paris', 'ESAIP']);
    expect(c?.gap).toBe(0);
  });

  it('comparison([one]) is that school, 0 apart', () => {
    const c = comparison(named('ENSAI'));
    expect(c?.schools.map((s) => s.name)).toEqual(['ENSAI']);
    expect(c?.gap).toBe(0);
  });
});

/** Months with many ties, in tenths (as the data): 0 to 14. */
const months = fc.integer({ min: 0, max: 140 }).map((t) => t / 10);
/** A random ranking and a few schools picked from it, in any order. */
const picks = fc
  .array(months, { minLength: 1, maxLength: 40 })
  .map(
    (values) =>
      rankSchools(
        values.map((m, i): School => ({
          id: `s${i}`,
          name: `École ${i}`,
          months: m,
          printedRank: null,
          line: i + 1,
        })),
      ).schools,
  )
  .chain((ranked) =>
    fc
      .shuffledSubarray(ranked, { minLength: 1, maxLength: Math.min(5, ranked.length) })
      .map((picked) => ({ ranked, picked })),
  );

describe('comparison and its sentences, on random rankings', () => {
  it('keeps every pick once, by place, the gap the spread of their values', () => {
    fc.assert(
      fc.property(picks, ({ picked }) => {
        const c = comparison(picked);
        if (c === null) return false;
        const positions = c.schools.map((s) => s.position);
        expect(positions).toEqual([...picked.map((s) => s.position)].sort((a, b) => a - b));
        const values = picked.map((s) => s.months);
        const spread = Math.max(...values) - Math.min(...values);
        expect(c.gap).toBeCloseTo(spread, 9);
        expect(c.gap).toBeGreaterThanOrEqual(0);
        return true;
      }),
    );
  });

  it('a school’s sentence states its tie exactly when it has one, and ends with the source', () => {
    fc.assert(
      fc.property(picks, ({ ranked, picked }) => {
        for (const s of picked) {
          const text = plain(schoolSentence(fr, formatFor('fr'), s, ranked.length));
          const english = schoolSentence(en, formatFor('en'), s, ranked.length);
          expect(text.startsWith(`${s.name} est ${s.rank}${s.rank === 1 ? 'er' : 'e'}`)).toBe(true);
          expect(text.includes('ex æquo')).toBe(s.tie.size > 1);
          expect(text.includes('seule école')).toBe(s.tie.size === 1);
          expect(english.includes(' is tied ')).toBe(s.tie.size > 1);
          expect(english.includes('the only school')).toBe(s.tie.size === 1);
          expect(text.endsWith(`${plain(fr.sentence.in)}.`)).toBe(true);
          expect(english.endsWith(`${en.sentence.in}.`)).toBe(true);
        }
      }),
    );
  });

  it('the comparison names every pick, in order of place, and ends with the source', () => {
    fc.assert(
      fc.property(picks, ({ ranked, picked }) => {
        const text = plain(compareSentence(fr, formatFor('fr'), picked, ranked.length));
        const byPlace = [...picked].sort((a, b) => a.position - b.position);
        // Each name at or after the previous one ("École 1" is inside "École 12": from there on).
        let from = 0;
        for (const s of byPlace) {
          const at = text.indexOf(`${s.name} `, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + s.name.length;
        }
        expect(text.endsWith(`${plain(fr.sentence.in)}.`)).toBe(true);
      }),
    );
  });
});
