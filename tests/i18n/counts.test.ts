// A school set against the others in plain counts (<code>/counts.ts): exact text, worked out by
// hand from the published ranking (144 schools) and from a small table of another value.
import { describe, expect, it } from 'vitest';
import { rankSchools } from '../../src/lib/analysis/rank';
import type { School } from '../../src/lib/data/types';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { formatFor } from '../../src/lib/i18n/catalogues';
import { measured } from '../../src/lib/i18n/measured';
import { seedSchools } from '../analysis/seed';
import { nb } from './spaces';
import { schoolsOf } from '../analysis/made';

const all = rankSchools(seedSchools()).schools;
const named = (name: string) => {
  const s = all.find((x) => x.name === name);
  if (!s) throw new Error(`no ${name} in the seed`);
  return s;
};
const ffr = formatFor('fr');
const fen = formatFor('en');

describe('counts.of on the published ranking', () => {
  // ENST Paris: 9 months, places 15–19 of 144: 14 above, 144 − 19 = 125 below, 4 others at 9.
  it('ENST Paris: 14 more, 125 fewer, 4 the same', () => {
    expect(fr.counts.of(named('ENST Paris'), 144, ffr)).toBe(
      nb('14~écoles ont plus de mois, 125~en ont moins, 4~autres en ont autant.'),
    );
    expect(en.counts.of(named('ENST Paris'), 144, fen)).toBe(
      '14 schools have more months, 125 have fewer, 4 others have the same.',
    );
  });
  it('Centrale Paris (10.5, alone at place 8): no « autant » part', () => {
    expect(fr.counts.of(named('Centrale Paris'), 144, ffr)).toBe(
      nb('7~écoles ont plus de mois, 136~en ont moins.'),
    );
    expect(en.counts.of(named('Centrale Paris'), 144, fen)).toBe(
      '7 schools have more months, 136 have fewer.',
    );
  });
  it('CPE Lyon (12, top of 4 tied): none more', () => {
    expect(fr.counts.of(named('CPE Lyon'), 144, ffr)).toBe(
      nb('Aucune école n’a plus de mois, 140~en ont moins, 3~autres en ont autant.'),
    );
    expect(en.counts.of(named('CPE Lyon'), 144, fen)).toBe(
      'No school has more months, 140 have fewer, 3 others have the same.',
    );
  });
  it('ESTIA (1, bottom, 2 tied): none fewer, 1 other', () => {
    expect(fr.counts.of(named('ESTIA'), 144, ffr)).toBe(
      nb('142~écoles ont plus de mois, aucune n’en a moins, 1~autre en a autant.'),
    );
    expect(en.counts.of(named('ESTIA'), 144, fen)).toBe(
      '142 schools have more months, none has fewer, 1 other has the same.',
    );
  });
});

describe('counts.of on a table of another value', () => {
  // 20, 30, 30, 50 %, the lowest first: a 30 has 1 school below it (20) and 1 above (50).
  const rows: School[] = schoolsOf([20, 30, 30, 50]);
  const ranked = rankSchools(rows, 'lower').schools;
  const table = {
    measure: { label: 'Taux', unit: 'percent' as const, direction: 'lower' as const },
    own: true,
    name: 't.csv',
  };
  const thirty = ranked.find((s) => s.months === 30);
  const fifty = ranked.find((s) => s.months === 50);
  if (!thirty || !fifty) throw new Error('no row');

  it('its unit and its order: more is a higher percentage, whatever ranks first', () => {
    expect(measured(fr, table).counts.of(thirty, 4, ffr)).toBe(
      nb('1~école a un pourcentage plus élevé, 1~un plus bas, 1~autre le même.'),
    );
    expect(measured(en, table).counts.of(fifty, 4, fen)).toBe(
      'No school has a higher percentage, 3 a lower one.',
    );
  });
});
