import { describe, expect, it } from 'vitest';
import { foldedKey, matches, queryWords, searchKey } from '../../src/lib/analysis/search';

describe('searchKey', () => {
  it.each([
    ['Mines Saint-Etienne', 'mines saint etienne'],
    ['St-Étienne', 'saint etienne'],
    ["Polytech'Clermont-Ferrand", 'polytech clermont ferrand'],
    ['ENPC (Ecole des ponts et chaussées)', 'enpc ecole des ponts et chaussees'],
    ['', ''],
  ])('searchKey(%j) gives %j', (name, expected) => {
    expect(searchKey(name)).toBe(expected);
  });

  it('searchKey(name, other name) keeps both names apart', () => {
    expect(searchKey('ENST Paris', 'Télécom Paris')).toBe('enst paris | telecom paris');
  });
});

describe('queryWords', () => {
  it.each([
    ['  École  ', ['ecole']],
    ['st etienne', ['st', 'etienne']],
    ["polytech' clermont-", ['polytech', 'clermont']],
    ['', []],
    ['—', []],
  ])('queryWords(%j) gives %j', (query, expected) => {
    expect(queryWords(query)).toEqual(expected);
  });
});

describe('matches', () => {
  const key = (name: string): string => searchKey(name);
  it.each([
    ['ecole', 'Ecole navale', true],
    ['ÉCOLE', 'Ecole navale', true],
    ['st etienne', 'Mines Saint-Etienne', true],
    ['saint etienne', 'Mines Saint-Etienne', true],
    ['st', 'ESTIA', true],
    ['st', 'INSA Strasbourg', true],
    ['ponts', 'ENPC (Ecole des ponts et chaussées)', true],
    ['lyon centrale', 'Centrale Lyon', true],
    ['polytech clermont', "Polytech'Clermont-Ferrand", true],
    ['centrale', 'Centrale Lyon', true],
    ['centrale', 'CPE Lyon', false],
    ['mines paris', 'Mines Nantes', false],
    ['', 'CPE Lyon', true],
  ])('matches(%j) on %j is %s', (query, name, expected) => {
    expect(matches(key(name), queryWords(query))).toBe(expected);
  });
});

describe('foldedKey', () => {
  it.each([
    ['st etienne', 'saint etienne'],
    ['ste foy les lyon', 'sainte foy les lyon'],
    ['mines st', 'mines saint'],
    ['estia', 'estia'],
    ['stade st ste', 'stade saint sainte'],
    ['institut stendhal', 'institut stendhal'],
    ['', ''],
  ])('%j → %j', (folded, key) => {
    expect(foldedKey(folded)).toBe(key);
  });
});
