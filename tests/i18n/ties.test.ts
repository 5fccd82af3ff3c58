// The tie's sentence and the filter button's words (issue 14, part 5), exactly, in both languages,
// as the page shows them: French with its no-break spaces (later.ts), English as written.
import { describe, expect, it } from 'vitest';
import { later as fr } from '../../src/lib/i18n/fr/later';
import { later as en } from '../../src/lib/i18n/en/later';

describe('ties', () => {
  it('says the seed’s largest tie in one sentence', () => {
    expect(fr.ties.sentence('32', '6\u00a0mois', '34e', '34', '65')).toBe(
      '32\u00a0écoles ont 6\u00a0mois\u00a0: toutes sont 34e\u202f; elles occupent les places 34\u00a0à 65.',
    );
    expect(en.ties.sentence('32', '6\u00a0months', '34th', '34', '65')).toBe(
      '32 schools have 6\u00a0months: all are 34th; they fill places 34 to 65.',
    );
  });

  it('a pair: two schools, still « toutes »/“all”', () => {
    expect(fr.ties.sentence('2', '10,5\u00a0mois', '8e', '8', '9')).toBe(
      '2\u00a0écoles ont 10,5\u00a0mois\u00a0: toutes sont 8e\u202f; elles occupent les places 8\u00a0à 9.',
    );
    expect(en.ties.sentence('2', '10.5\u00a0months', '8th', '8', '9')).toBe(
      '2 schools have 10.5\u00a0months: all are 8th; they fill places 8 to 9.',
    );
  });

  it('labels the filter and the comparison buttons', () => {
    expect(fr.ties.show('32', '6\u00a0mois')).toBe('Voir les 32\u00a0écoles à 6\u00a0mois');
    expect(en.ties.show('32', '6\u00a0months')).toBe('Show the 32 schools at 6\u00a0months');
    expect([fr.ties.all, en.ties.all]).toEqual(['Tout afficher', 'Show all']);
    expect(fr.ties.full(5)).toBe('La comparaison est pleine (5\u00a0écoles au plus)');
    expect(en.ties.full(5)).toBe('The comparison is full (5 schools at most)');
  });
});
