import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referencesOf } from '../../src/lib/analysis/reference';
import { tieMeaning } from '../../src/lib/analysis/tie';
import type { RankedSchool } from '../../src/lib/analysis/types';
import { CTI_THRESHOLDS } from '../../src/lib/context/rules';
import { familyOf, parseFamilies, type FamilyId } from '../../src/lib/data/families';
import { buildDataset } from '../../src/lib/dataset';
import { formatFor, messagesFor } from '../../src/lib/i18n/catalogues';
import { referenceSentence, tieSentences } from '../../src/lib/i18n/reference';
import type { Lang } from '../../src/lib/i18n/registry';
import { seedText } from '../seed-text';
import { nb } from './spaces';
import { rankedOf } from '../analysis/made';

const all = buildDataset(seedText).ranking.schools;
const byName = parseFamilies(readFileSync('data/familles.csv', 'utf8')).byName;
const family = (s: RankedSchool): FamilyId => familyOf(byName, s.name);
const school = (name: string): RankedSchool => {
  const s = all.find((x) => x.name === name);
  if (!s) throw new Error(name);
  return s;
};
const sentence = (lang: Lang, name: string, thresholds = CTI_THRESHOLDS) =>
  referenceSentence(
    messagesFor(lang),
    formatFor(lang),
    school(name),
    referencesOf(school(name), all, family, thresholds, 'autre'),
  );
const ties = (lang: Lang, name: string) =>
  tieSentences(messagesFor(lang), formatFor(lang), school(name), tieMeaning(all, school(name)));

// Medians by hand in tests/analysis/reference.test.ts: all 5; Mines 5.5 (7 schools); Centrale 6
// (5 schools). Ranks by hand in tests/analysis/tie.test.ts.
describe('referenceSentence', () => {
  it('Mines Paris, as the issue words it, with the CTI’s recommended duration', () => {
    expect(sentence('fr', 'Mines Paris')).toBe(
      nb(
        'Mines Paris, 7~mois~: 2~de plus que la médiane de toutes les écoles (5~mois), 1,5~de plus que celle des 7~écoles des Mines (5,5~mois)^; au moins les 12~semaines préconisées par la CTI (≈~2,8~mois).',
      ),
    );
    expect(sentence('en', 'Mines Paris')).toBe(
      nb(
        'Mines Paris, 7~months: 2 more than the median of all schools (5~months), 1.5 more than that of the 7 Mines schools (5.5~months); at least the 12 weeks the CTI recommends (≈~2.8~months).',
      ),
    );
  });

  it('Centrale Marseille (2.3): less than both medians, between the two CTI thresholds', () => {
    expect(sentence('fr', 'Centrale Marseille')).toBe(
      nb(
        'Centrale Marseille, 2,3~mois~: 2,7~de moins que la médiane de toutes les écoles (5~mois), 3,7~de moins que celle des 5~écoles Centrale (6~mois)^; plus que les 9~semaines minimales des apprentis (≈~2,1~mois), moins que les 12~semaines préconisées par la CTI (≈~2,8~mois).',
      ),
    );
  });

  it('Centrale Lyon at its family’s median; no CTI words for a value that is not a duration', () => {
    expect(sentence('fr', 'Centrale Lyon', [])).toBe(
      nb(
        'Centrale Lyon, 6~mois~: 1~de plus que la médiane de toutes les écoles (5~mois), autant que celle des 5~écoles Centrale (6~mois).',
      ),
    );
    expect(sentence('en', 'Centrale Lyon', [])).toBe(
      nb(
        'Centrale Lyon, 6~months: 1 more than the median of all schools (5~months), the same as that of the 5 Centrale schools (6~months).',
      ),
    );
  });

  it('a school of no family (ESTIA, 1 month): the median of all only, under the minimum', () => {
    expect(sentence('fr', 'ESTIA')).toBe(
      nb(
        'ESTIA, 1~mois~: 4~de moins que la médiane de toutes les écoles (5~mois)^; moins que les 9~semaines minimales des apprentis (≈~2,1~mois).',
      ),
    );
  });
});

describe('tieSentences', () => {
  it('Centrale Lyon: the tie of 32, and the rank at 6.5 and at 5.5', () => {
    expect(ties('fr', 'Centrale Lyon')).toEqual([
      nb(
        '32~écoles ont 6~mois~: elles partagent le même rang, 34e ex æquo^; elles occupent les places 34~à 65.',
      ),
      nb('Avec 0,5~mois de plus (6,5~mois), elle serait 32e ex æquo au lieu de 34e ex æquo.'),
      nb('Avec 0,5~mois de moins (5,5~mois), elle serait 65e ex æquo au lieu de 34e ex æquo.'),
    ]);
    expect(ties('en', 'Centrale Lyon')).toEqual([
      nb('32 schools have 6~months: they share one rank, tied 34th; they fill places 34 to 65.'),
      nb('With 0.5~months more (6.5~months), it would be tied 32nd instead of tied 34th.'),
      nb('With 0.5~months less (5.5~months), it would be tied 65th instead of tied 34th.'),
    ]);
  });

  it('Centrale Paris, alone at 8th: 5th tied at 11, still 8th but tied at 10', () => {
    expect(ties('fr', 'Centrale Paris')).toEqual([
      nb('Elle est la seule à 10,5~mois~: son rang, 8e, n’est partagé avec aucune autre école.'),
      nb('Avec 0,5~mois de plus (11~mois), elle serait 5e ex æquo au lieu de 8e.'),
      nb(
        'Avec 0,5~mois de moins (10~mois), elle serait toujours 8e, mais à égalité avec 6~autres écoles.',
      ),
    ]);
    expect(ties('en', 'Centrale Paris')[2]).toBe(
      nb('With 0.5~months less (10~months), it would still be 8th, but tied with 6 other schools.'),
    );
  });

  it('the top (CPE Lyon) and the bottom (ESTIA) have nothing ahead, nothing behind', () => {
    expect(ties('fr', 'CPE Lyon').slice(1)).toEqual([
      nb('Aucune école n’a plus~: elle est en tête du classement.'),
      nb('Avec 1~mois de moins (11~mois), elle serait 4e ex æquo au lieu de 1er ex æquo.'),
    ]);
    expect(ties('en', 'ESTIA')).toEqual([
      nb('2 schools have 1~month: they share one rank, tied 143rd; they fill places 143 to 144.'),
      nb('With 0.5~months more (1.5~months), it would be tied 142nd instead of tied 143rd.'),
      'No school has less: it is at the bottom of the ranking.',
    ]);
  });

  it('less first (a count): ahead is less, behind is more; the top has no school with less', () => {
    // 5, 3, 3, 2 with less first: 2 is 1st, the two 3s are tied 2nd, 5 is 4th.
    const ranked = rankedOf([5, 3, 3, 2], 'lower');
    const words = (s: RankedSchool) =>
      tieSentences(
        messagesFor('en'),
        formatFor('en', 'count'),
        s,
        tieMeaning(ranked, s, 'lower'),
        true,
      );
    expect(words(ranked.find((s) => s.months === 3) as RankedSchool)).toEqual([
      '2 schools have 3: they share one rank, tied 2nd; they fill places 2 to 3.',
      'With 1 less (2), it would be tied 1st instead of tied 2nd.',
      'With 2 more (5), it would be tied 3rd instead of tied 2nd.',
    ]);
    expect(words(ranked[0] as RankedSchool)[1]).toBe(
      'No school has less: it is at the top of the ranking.',
    );
    expect(words(ranked[3] as RankedSchool)[2]).toBe(
      'No school has more: it is at the bottom of the ranking.',
    );
  });
});
