import { describe, expect, it } from 'vitest';
import { insights, largestTie } from '../../src/lib/analysis/insights';
import { rankSchools } from '../../src/lib/analysis/rank';
import { insightSentences } from '../../src/lib/i18n/insights';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { formatFor } from '../../src/lib/i18n/catalogues';
import { seedSchools } from './seed';
import { nb } from '../i18n/spaces';
import { rankedOf } from './made';

const all = rankSchools(seedSchools()).schools;
const byName = (...names: string[]) => all.filter((s) => names.includes(s.name));
const frText = (list = all) =>
  insightSentences(insights(list, all.length), fr, formatFor('fr')).map((s) => s.text);
const enText = (list = all) =>
  insightSentences(insights(list, all.length), en, formatFor('en')).map((s) => s.text);
/** Intl puts a no-break space before the French percent sign. */
const pc = (n: number) => `${n}~%`;

/** Schools from months alone, ranked: names A, B, C… in source order. */
const ranked = (months: number[]) => rankedOf(months, 'higher', 'letters');

describe('insights on the published ranking', () => {
  it('insights(seed) counts 65 of 144 at 6 months or more, the 32 tied at 6, the ends and the ties', () => {
    const facts = insights(all, 144);
    if (facts?.kind !== 'many') throw new Error('expected facts about many schools');
    expect(facts.atLeast).toEqual({ months: 6, count: 65, total: 144, share: 65 / 144 });
    expect(facts.largestTie).toMatchObject({ months: 6, size: 32, sameSize: 0 });
    expect(facts.largestTie?.first.name).toBe('AgroParisTech');
    expect(facts.largestTie?.last.name).toBe('SUPMECA');
    expect(facts.largestTie?.group).toMatchObject({ months: 6, size: 32, first: 34, last: 65 });
    expect(facts.ends).toEqual({
      kind: 'ends',
      size: 10,
      top: { from: 12, to: 10, cut: 10, tiedBeyond: 4 },
      bottom: { from: 2.5, to: 1, cut: 2.5, tiedBeyond: 1 },
    });
    expect(facts.shared).toEqual({ tied: 131, alone: 13, total: 144, share: 131 / 144 });
  });

  it('reads in French', () => {
    expect(frText()).toEqual(
      [
        `65~écoles sur 144 (${pc(45)}) envoient leurs étudiants 6~mois ou plus à l’étranger, en moyenne.`,
        'Le plus grand groupe d’ex æquo~: 32~écoles à 6~mois, toutes au 34e rang (places 34~à 65).',
        'AgroParisTech (place 34) et SUPMECA (place 65) ne diffèrent en rien~: 6~mois toutes les deux, et le même rang, 34e.',
        'Les 10~premières écoles par place~: de 12~à 10~mois^; 4~autres écoles à 10~mois, ex æquo avec la 10e, restent hors de ces 10.',
        'Les 10~dernières écoles par place~: de 2,5~à 1~mois^; 1~autre école à 2,5~mois, ex æquo avec la 10e en partant de la fin, reste hors de ces 10.',
        `131~de ces 144~écoles (${pc(91)}) partagent leur rang avec au moins une autre école du classement^; 13~seulement ont un rang bien à elles.`,
      ].map(nb),
    );
  });

  it('reads in English', () => {
    expect(enText()).toEqual(
      [
        '65 of 144 schools (45%) send their students abroad for 6~months or more on average.',
        'The largest group of tied schools: 32 schools at 6~months, all ranked 34th (places 34 to 65).',
        'AgroParisTech (place 34) and SUPMECA (place 65) do not differ at all: 6~months each, and the same rank, 34th.',
        'The first 10 schools by place: from 12 to 10~months; 4 more schools at 10~months, tied with the 10th, are left out of these 10.',
        'The last 10 schools by place: from 2.5 to 1~month; 1 more school at 2.5~months, tied with the 10th from the end, is left out of these 10.',
        '131 of these 144 schools (91%) share their rank with at least one other school in the ranking; only 13 have a rank of their own.',
      ].map(nb),
    );
  });

  it('the 5 Centrale schools: part of a tie, and the first and last instead of two tens', () => {
    const centrale = all.filter((s) => s.name.startsWith('Centrale'));
    expect(frText(centrale)).toEqual(
      [
        `4~écoles sur 5 (${pc(80)}) envoient leurs étudiants 6~mois ou plus à l’étranger, en moyenne.`,
        'Le plus grand groupe d’ex æquo ici~: 2~écoles à 6~mois, toutes au 34e rang, comme 30~autres écoles du classement (places 34~à 65).',
        'Centrale Lille (place 35) et Centrale Lyon (place 36) ne diffèrent en rien~: 6~mois toutes les deux, et le même rang, 34e.',
        'Entre la première de ces 5~écoles, Centrale Paris (10,5~mois, 8e), et la dernière, Centrale Marseille (2,3~mois, 136e)~: 8,2~mois d’écart.',
        `3~de ces 5~écoles (${pc(60)}) partagent leur rang avec au moins une autre école du classement^; 2~seulement ont un rang bien à elles.`,
      ].map(nb),
    );
    expect(enText(centrale)).toEqual(
      [
        '4 of 5 schools (80%) send their students abroad for 6~months or more on average.',
        'The largest group of tied schools here: 2 schools at 6~months, all ranked 34th, like 30 other schools in the ranking (places 34 to 65).',
        'Centrale Lille (place 35) and Centrale Lyon (place 36) do not differ at all: 6~months each, and the same rank, 34th.',
        'Between the first of these 5 schools, Centrale Paris (10.5~months, 8th), and the last, Centrale Marseille (2.3~months, 136th): a gap of 8.2~months.',
        '3 of these 5 schools (60%) share their rank with at least one other school in the ranking; only 2 have a rank of their own.',
      ].map(nb),
    );
  });

  it('one school: one sentence, with its tie in the whole ranking or alone', () => {
    expect(frText(byName('Centrale Lyon'))).toEqual([
      nb(
        'Centrale Lyon~: 6~mois en moyenne, 34e sur 144~écoles, ex æquo avec 31~autres écoles (places 34~à 65).',
      ),
    ]);
    expect(enText(byName('Centrale Paris'))).toEqual([
      nb(
        'Centrale Paris: 10.5~months on average, 8th of 144 schools, the only school at this value.',
      ),
    ]);
    expect(frText(byName('Centrale Paris'))).toEqual([
      nb('Centrale Paris~: 10,5~mois en moyenne, 8e sur 144~écoles, seule à cette valeur.'),
    ]);
  });

  it('no school: no facts, no sentence', () => {
    expect(insights([], 144)).toBeNull();
    expect(frText([])).toEqual([]);
  });

  it('no tie among the listed schools, all of them long stays, one of them tied in the ranking', () => {
    const five = byName(
      'CPE Lyon',
      'Centrale Paris',
      'ENSIIE',
      'UTT (Université de technologie Troyes)',
      'ENSAM',
    );
    expect(frText(five)).toEqual(
      [
        'Les 5~écoles envoient toutes leurs étudiants 6~mois ou plus à l’étranger, en moyenne.',
        'Aucune de ces 5~écoles n’a la même durée qu’une autre.',
        'Entre la première de ces 5~écoles, CPE Lyon (12~mois, 1er ex æquo), et la dernière, ENSAM (8,5~mois, 22e)~: 3,5~mois d’écart.',
        `1~de ces 5~écoles (${pc(20)}) partage son rang avec au moins une autre école du classement^; 4~ont un rang bien à elles.`,
      ].map(nb),
    );
    expect(enText(five)).toEqual(
      [
        'All 5 schools send their students abroad for 6~months or more on average.',
        'No two of these 5 schools have the same length of stay.',
        'Between the first of these 5 schools, CPE Lyon (12~months, tied 1st), and the last, ENSAM (8.5~months, 22nd): a gap of 3.5~months.',
        '1 of these 5 schools (20%) shares its rank with at least one other school in the ranking; 4 have a rank of their own.',
      ].map(nb),
    );
  });

  it('a whole tie group: every school at 6 months, no ends to compare, every rank shared', () => {
    const six = all.filter((s) => s.months === 6);
    expect(enText(six)).toEqual(
      [
        'All 32 schools send their students abroad for 6~months or more on average.',
        'The largest group of tied schools: 32 schools at 6~months, all ranked 34th (places 34 to 65).',
        'AgroParisTech (place 34) and SUPMECA (place 65) do not differ at all: 6~months each, and the same rank, 34th.',
        'All 32 schools share their rank with at least one other school in the ranking.',
      ].map(nb),
    );
  });

  it('short stays only: none at 6 months, the top ten all tied', () => {
    const short = all.filter((s) => s.months <= 3);
    const text = frText(short);
    expect(text[0]).toBe(
      nb('Aucune des 31~écoles n’envoie ses étudiants 6~mois ou plus à l’étranger, en moyenne.'),
    );
    expect(text[3]).toBe(
      nb(
        'Les 10~premières écoles par place~: toutes à 3~mois^; 9~autres écoles à 3~mois, ex æquo avec la 10e, restent hors de ces 10.',
      ),
    );
  });
});

describe('largestTie', () => {
  it('largestTie([9, 9, 7, 7, 5]) takes the first of two groups of 2 and counts the other', () => {
    const t = largestTie(ranked([9, 9, 7, 7, 5]));
    expect(t).toMatchObject({ months: 9, size: 2, sameSize: 1 });
    if (t === null) throw new Error('expected a tie');
    expect(en.insights.largestTie(t, formatFor('en'))).toBe(
      nb(
        'The largest group of tied schools: 2 schools at 9~months, all ranked 1st (places 1 to 2); one other group is as large.',
      ),
    );
  });

  it('largestTie([5, 4, 4, 4, 3, 3]) is the group of 3, later in the list', () => {
    expect(largestTie(ranked([5, 4, 4, 4, 3, 3]))).toMatchObject({
      months: 4,
      size: 3,
      sameSize: 0,
    });
  });

  it('largestTie of distinct values, of one school, of none, is null', () => {
    expect(largestTie(ranked([3, 2, 1]))).toBeNull();
    expect(largestTie(ranked([3]))).toBeNull();
    expect(largestTie([])).toBeNull();
  });
});

describe('insights on small lists', () => {
  it('two schools at the same value: a tie, no ends', () => {
    const facts = insights(ranked([4, 4]), 2);
    expect(facts).toMatchObject({ kind: 'many', ends: null, largestTie: { size: 2 } });
  });

  it('19 schools: the first and the last; 20: two tens that do not overlap', () => {
    const months = Array.from({ length: 20 }, (_, i) => 20 - i);
    const r = ranked(months);
    expect(insights(r.slice(0, 19), 20)).toMatchObject({ ends: { kind: 'span', gap: 18 } });
    expect(insights(r, 20)).toMatchObject({
      ends: {
        kind: 'ends',
        top: { from: 20, to: 11, tiedBeyond: 0 },
        bottom: { from: 10, to: 1, tiedBeyond: 0 },
      },
    });
  });
});
