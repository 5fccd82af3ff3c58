// Invariants of the insights, on random rankings and random subsets of them (what a filter keeps).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { END_SIZE, insights, LONG_STAY } from '../../src/lib/analysis/insights';
import { rankSchools } from '../../src/lib/analysis/rank';
import type { RankedSchool } from '../../src/lib/analysis/types';
import type { School } from '../../src/lib/data/types';
import { insightSentences } from '../../src/lib/i18n/insights';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { formatFor } from '../../src/lib/i18n/catalogues';

/** Months with many ties: halves from 0 to 14. */
const months = fc.integer({ min: 0, max: 28 }).map((h) => h / 2);

/** A ranking and a subset of it in ranked order, as a filter keeps it. */
const rankingAndSubset = fc
  .array(months, { maxLength: 80 })
  .map(
    (values) =>
      rankSchools(
        values.map((m, i): School => ({
          id: `s${i}`,
          name: `S${i}`,
          months: m,
          printedRank: null,
          line: i + 1,
        })),
      ).schools,
  )
  .chain((all) => fc.subarray(all).map((listed) => ({ all, listed })));

/** How many listed schools have each value. */
function countsOf(listed: readonly RankedSchool[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of listed) counts.set(s.months, (counts.get(s.months) ?? 0) + 1);
  return counts;
}

const many = (listed: readonly RankedSchool[], n: number) => {
  const facts = insights(listed, n);
  if (facts?.kind !== 'many') throw new Error('expected facts about many schools');
  return facts;
};

describe('insights properties', () => {
  it('no school gives null, one school gives that school', () => {
    fc.assert(
      fc.property(rankingAndSubset, ({ all, listed }) => {
        if (listed.length === 0) expect(insights(listed, all.length)).toBeNull();
        if (listed.length === 1)
          expect(insights(listed, all.length)).toEqual({
            kind: 'one',
            school: listed[0],
            rankingSize: all.length,
          });
      }),
    );
  });

  it('the count at 6 months or more is the number of listed schools with months ≥ 6', () => {
    fc.assert(
      fc.property(rankingAndSubset, ({ all, listed }) => {
        fc.pre(listed.length >= 2);
        const { atLeast } = many(listed, all.length);
        const count = listed.filter((s) => s.months >= LONG_STAY).length;
        expect(atLeast).toEqual({
          months: LONG_STAY,
          count,
          total: listed.length,
          share: count / listed.length,
        });
      }),
    );
  });

  it('the largest tie has the largest group size; as many other values count as often', () => {
    fc.assert(
      fc.property(rankingAndSubset, ({ all, listed }) => {
        fc.pre(listed.length >= 2);
        const { largestTie: t } = many(listed, all.length);
        const sizes = [...countsOf(listed).values()];
        const max = Math.max(...sizes);
        if (max < 2) {
          expect(t).toBeNull();
          return;
        }
        expect(t?.size).toBe(max);
        expect(t?.sameSize).toBe(sizes.filter((n) => n === max).length - 1);
        const members = listed.filter((s) => s.months === t?.months);
        expect(t?.first).toBe(members[0]);
        expect(t?.last).toBe(members[members.length - 1]);
        expect(t?.group).toBe(t?.first.tie);
        expect(t?.size).toBeLessThanOrEqual(t?.group.size ?? 0);
        // The first of the largest groups by place: no earlier value is as frequent.
        const earlier = listed.filter((s) => s.months > (t?.months ?? 0));
        expect(Math.max(0, ...countsOf(earlier).values())).toBeLessThan(max);
      }),
    );
  });

  it('with 2 × 10 schools or more, the ends are the first and last ten by place and their cut ties', () => {
    fc.assert(
      fc.property(rankingAndSubset, ({ all, listed }) => {
        fc.pre(listed.length >= 2);
        const { ends } = many(listed, all.length);
        const first = listed[0];
        const last = listed[listed.length - 1];
        if (first?.months === last?.months) {
          expect(ends).toBeNull();
          return;
        }
        if (listed.length < 2 * END_SIZE) {
          expect(ends).toEqual({
            kind: 'span',
            total: listed.length,
            first,
            last,
            gap: (first?.months ?? 0) - (last?.months ?? 0),
          });
          return;
        }
        if (ends?.kind !== 'ends') throw new Error('expected the two ends');
        const top = listed.slice(0, END_SIZE).map((s) => s.months);
        const bottom = listed.slice(-END_SIZE).map((s) => s.months);
        const topCut = top[END_SIZE - 1] ?? NaN;
        const bottomCut = bottom[0] ?? NaN;
        expect(ends.top).toEqual({
          from: Math.max(...top),
          to: Math.min(...top),
          cut: topCut,
          tiedBeyond: listed.slice(END_SIZE).filter((s) => s.months === topCut).length,
        });
        expect(ends.bottom).toEqual({
          from: Math.max(...bottom),
          to: Math.min(...bottom),
          cut: bottomCut,
          tiedBeyond: listed.slice(0, -END_SIZE).filter((s) => s.months === bottomCut).length,
        });
      }),
    );
  });

  it('tied and alone add up to the listed schools; tied counts a tie in the whole ranking', () => {
    fc.assert(
      fc.property(rankingAndSubset, ({ all, listed }) => {
        fc.pre(listed.length >= 2);
        const { shared } = many(listed, all.length);
        const tied = listed.filter((s) => all.some((o) => o !== s && o.months === s.months));
        expect(shared.tied).toBe(tied.length);
        expect(shared.tied + shared.alone).toBe(listed.length);
      }),
    );
  });

  it('do not depend on the order of the list', () => {
    fc.assert(
      fc.property(
        rankingAndSubset.chain(({ all, listed }) =>
          fc
            .shuffledSubarray(listed, { minLength: listed.length, maxLength: listed.length })
            .map((shuffled) => ({ all, listed, shuffled })),
        ),
        ({ all, listed, shuffled }) => {
          expect(insights(shuffled, all.length)).toEqual(insights(listed, all.length));
        },
      ),
    );
  });

  it('always read as whole sentences in both languages, never with undefined or NaN', () => {
    const formats = [
      [fr, formatFor('fr')],
      [en, formatFor('en')],
    ] as const;
    fc.assert(
      fc.property(rankingAndSubset, ({ all, listed }) => {
        for (const [t, f] of formats) {
          const sentences = insightSentences(insights(listed, all.length), t, f);
          expect(sentences.length === 0).toBe(listed.length === 0);
          for (const { text } of sentences) {
            expect(text).toMatch(/^\S.*[.]$/);
            expect(text).not.toMatch(/undefined|NaN|null/);
          }
        }
      }),
    );
  });
});
