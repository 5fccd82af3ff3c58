// The ready sentences a copy button copies (i18n/sentence.ts, <code>/sentence.ts): exact text,
// worked out by hand from the published ranking (data/…txt) and from small tables.
import { describe, expect, it } from 'vitest';
import { rankSchools } from '../../src/lib/analysis/rank';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { formatFor } from '../../src/lib/i18n/catalogues';
import { measured } from '../../src/lib/i18n/measured';
import { compareSentence, pointSentence, schoolSentence } from '../../src/lib/i18n/sentence';
import { PUBLISHED_MEASURE } from '../../src/lib/load/types';
import { seedSchools } from '../analysis/seed';
import { nb } from './spaces';
import { rankedOf } from '../analysis/made';

const all = rankSchools(seedSchools()).schools;
const named = (name: string) => {
  const s = all.find((x) => x.name === name);
  if (!s) throw new Error(`no ${name} in the seed`);
  return s;
};
const ffr = formatFor('fr');
const fen = formatFor('en');
/** The published ranking's name at the end of a French sentence, as the page sets it. */
const IN_FR = 'dans le classement général «^les plus ouvertes à l’international^»';
const IN_EN = 'in the overall ranking “les plus ouvertes à l’international”';

/** Schools from months alone, ranked: names A, B, C… in source order. */
const ranked = (months: number[]) => rankedOf(months, 'higher', 'letters');

describe('schoolSentence', () => {
  it('states a tie with the size of its group: ENST Paris, 15th of 5 at 9 months', () => {
    expect(schoolSentence(fr, ffr, named('ENST Paris'), 144)).toBe(
      nb(`ENST Paris est 15e ex æquo sur 144~écoles (5~écoles à 9~mois) ${IN_FR}.`),
    );
    expect(schoolSentence(en, fen, named('ENST Paris'), 144)).toBe(
      `ENST Paris is tied 15th of 144 schools (5 schools at 9\u00a0months) ${IN_EN}.`,
    );
  });

  it('says a school alone at its value is the only one: Centrale Paris, 8th at 10.5 months', () => {
    expect(schoolSentence(fr, ffr, named('Centrale Paris'), 144)).toBe(
      nb(`Centrale Paris est 8e sur 144~écoles (seule école à 10,5~mois) ${IN_FR}.`),
    );
    expect(schoolSentence(en, fen, named('Centrale Paris'), 144)).toBe(
      `Centrale Paris is 8th of 144 schools (the only school at 10.5\u00a0months) ${IN_EN}.`,
    );
  });

  it('writes the first place as the page does: 1er ex æquo, tied 1st (4 schools at 12 months)', () => {
    expect(schoolSentence(fr, ffr, named('CPE Lyon'), 144)).toBe(
      nb(`CPE Lyon est 1er ex æquo sur 144~écoles (4~écoles à 12~mois) ${IN_FR}.`),
    );
    expect(schoolSentence(en, fen, named('UTC Compiègne'), 144)).toBe(
      `UTC Compiègne is tied 1st of 144 schools (4 schools at 12\u00a0months) ${IN_EN}.`,
    );
  });

  it('names the reader’s own table as the source, never the published ranking', () => {
    const own = { measure: PUBLISHED_MEASURE, own: true, name: 'mon classement.csv' };
    const [a, , c] = ranked([3, 3, 2]);
    if (!a || !c) throw new Error('three schools');
    expect(schoolSentence(measured(fr, own), ffr, a, 3)).toBe(
      nb('A est 1er ex æquo sur 3~écoles (2~écoles à 3~mois) ') +
        'dans un tableau fourni par le lecteur (mon classement.csv).',
    );
    expect(schoolSentence(measured(en, own), fen, c, 3)).toBe(
      'C is 3rd of 3 schools (the only school at 2\u00a0months) in a table supplied by the reader (mon classement.csv).',
    );
  });

  it('writes the value in the table’s unit: a share in percent', () => {
    const rate = { label: 'Taux', unit: 'percent', direction: 'higher' } as const;
    const own = { measure: rate, own: true, name: 'taux.csv' };
    const [a] = ranked([45, 30]);
    if (!a) throw new Error('two schools');
    expect(schoolSentence(measured(fr, own), formatFor('fr', 'percent'), a, 2)).toBe(
      nb(
        'A est 1er sur 2~écoles (seule école à 45~%) dans un tableau fourni par le lecteur (taux.csv).',
      ),
    );
  });
});

describe('compareSentence', () => {
  it('compares two schools by place, with the gap in months', () => {
    const picked = [named('Mines Saint-Etienne'), named('ENST Paris')];
    expect(compareSentence(fr, ffr, picked, 144)).toBe(
      nb(
        `ENST Paris est 15e ex æquo (9~mois) et Mines Saint-Etienne 23e ex æquo (8~mois) sur 144~écoles, soit 1~mois d’écart, ${IN_FR}.`,
      ),
    );
    expect(compareSentence(en, fen, picked, 144)).toBe(
      `ENST Paris is tied 15th (9\u00a0months) and Mines Saint-Etienne tied 23rd (8\u00a0months) of 144 schools, a gap of 1\u00a0month, ${IN_EN}.`,
    );
  });

  it('names the first and the last of three, the gap rounded to the data (12 − 8.8 = 3.2)', () => {
    const picked = ['ENSIIE', 'CPE Lyon', 'Centrale Paris'].map(named);
    expect(compareSentence(fr, ffr, picked, 144)).toBe(
      nb(
        `CPE Lyon est 1er ex æquo (12~mois), Centrale Paris 8e (10,5~mois) et ENSIIE 20e (8,8~mois) sur 144~écoles, soit 3,2~mois d’écart entre CPE Lyon et ENSIIE, ${IN_FR}.`,
      ),
    );
    expect(compareSentence(en, fen, picked, 144)).toBe(
      `CPE Lyon is tied 1st (12\u00a0months), Centrale Paris 8th (10.5\u00a0months) and ENSIIE 20th (8.8\u00a0months) of 144 schools, a gap of 3.2\u00a0months between CPE Lyon and ENSIIE, ${IN_EN}.`,
    );
  });

  it('says there is no gap between tied schools', () => {
    const picked = [named('ENST Paris'), named('ESAIP')];
    expect(compareSentence(fr, ffr, picked, 144)).toBe(
      nb(
        `ENST Paris est 15e ex æquo (9~mois) et ESAIP 15e ex æquo (9~mois) sur 144~écoles, sans aucun écart, ${IN_FR}.`,
      ),
    );
    expect(compareSentence(en, fen, picked, 144)).toBe(
      `ENST Paris is tied 15th (9\u00a0months) and ESAIP tied 15th (9\u00a0months) of 144 schools, with no gap at all, ${IN_EN}.`,
    );
  });

  it('words one school alone, and nothing for none', () => {
    expect(compareSentence(fr, ffr, [named('Centrale Paris')], 144)).toBe(
      nb(`Centrale Paris est 8e (10,5~mois) sur 144~écoles ${IN_FR}.`),
    );
    expect(compareSentence(fr, ffr, [], 144)).toBe('');
  });
});

describe('pointSentence', () => {
  it('puts the source after a key point, as a sentence of its own', () => {
    // The key point as the page shows it, its French spaces set.
    const point = nb('Aucune de ces 2~écoles n’a la même durée qu’une autre.');
    expect(pointSentence(fr, point)).toBe(
      `${point} ${nb('Source~: classement général «^les plus ouvertes à l’international^».')}`,
    );
    expect(pointSentence(en, 'No two of these 2 schools have the same length of stay.')).toBe(
      'No two of these 2 schools have the same length of stay. Source: overall ranking “les plus ouvertes à l’international”.',
    );
  });

  it('names the reader’s own table after a key point', () => {
    const own = { measure: PUBLISHED_MEASURE, own: true, name: 'x.csv' };
    expect(pointSentence(measured(fr, own), 'Texte.')).toBe(
      nb('Texte. Source~: un tableau fourni par le lecteur (x.csv), et non le classement publié.'),
    );
    expect(pointSentence(measured(en, own), 'Text.')).toBe(
      'Text. Source: a table supplied by the reader (x.csv), not the published ranking.',
    );
  });
});
