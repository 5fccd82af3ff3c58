import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { filterIndex, filterSchools, emptyFilter } from '../../src/lib/analysis/filter';
import { SUGGESTIONS_MAX, suggest } from '../../src/lib/analysis/suggest';
import { currentNameOf, parseCurrentNames } from '../../src/lib/data/names';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';

const schools = buildDataset(seedText).ranking.schools;
// The app's index: printed names and the current names of data/noms-actuels.csv.
const renamed = parseCurrentNames(
  readFileSync(fileURLToPath(new URL('../../data/noms-actuels.csv', import.meta.url)), 'utf8'),
);
const index = filterIndex(
  schools,
  () => '',
  (s) => {
    const r = currentNameOf(renamed.byName, s.name);
    return r ? [r.current] : [];
  },
);
const idOf = (name: string): string => schools.find((s) => s.name === name)?.id ?? '';
const names = (query: string, exclude: string[] = [], limit?: number): string[] =>
  suggest(schools, index.keys, query, new Set(exclude.map(idOf)), limit).map((s) => s.name);

describe('suggest', () => {
  it('offers names that start with the word typed first, in rank order, then a current name', () => {
    expect(names('centrale')).toEqual([
      'Centrale Paris',
      'Centrale Nantes',
      'Centrale Lille',
      'Centrale Lyon',
      'Centrale Marseille',
      'SUPELEC', // CentraleSupélec today
    ]);
  });

  it('puts a name starting with the word before one where it starts a later word', () => {
    expect(names('ecole')).toEqual([
      'Ecole supérieure du bois',
      "Ecole d'ingénieurs Purpan Toulouse",
      'Ecole Louis de Broglie',
      "Ecole supérieure d'ingénieurs de Poitiers",
      'Ecole polytechnique',
      'Ecole navale',
      'ENPC (Ecole des ponts et chaussées)', // ranked 1st, but "Ecole" is not its first word
    ]);
  });

  it('forgives accents, case, punctuation and "st" for "Saint"', () => {
    expect(names('st etienne')).toEqual([
      'ENISE Saint-Etienne',
      'Mines Saint-Etienne',
      'ISTASE Saint-Etienne',
    ]);
    expect(names('PONTS')).toEqual(['ENPC (Ecole des ponts et chaussées)']);
    expect(names('télécom')).toEqual([
      'Télécom Lille 1',
      'ENST Paris', // Télécom Paris
      'INT Evry', // Télécom SudParis
      'ESIAL', // Télécom Nancy
      'ISTASE Saint-Etienne', // Télécom Saint-Etienne
    ]);
  });

  it('leaves out the schools already picked', () => {
    expect(names('centrale', ['Centrale Paris', 'Centrale Lyon'])).toEqual([
      'Centrale Nantes',
      'Centrale Lille',
      'Centrale Marseille',
      'SUPELEC',
    ]);
  });

  it('offers at most SUGGESTIONS_MAX, or the limit given, and nothing for an empty query', () => {
    expect(SUGGESTIONS_MAX).toBe(8);
    expect(names('e')).toHaveLength(8);
    expect(names('mines', [], 3)).toEqual(['Mines Saint-Etienne', 'Mines Nantes', 'Mines Paris']);
    expect(names('')).toEqual([]);
    expect(names('  — ')).toEqual([]);
    expect(names('mines', [], 0)).toEqual([]);
    expect(names('zzz')).toEqual([]);
  });

  it('a word inside a word counts only when no word starts with it', () => {
    // Every "centrale" holds an "l": those starting a word with "l" only.
    expect(names('centrale l')).toEqual(['Centrale Lille', 'Centrale Lyon']);
    // Nothing starts with "ytech": inside a word, in rank order (ESSTIN is Polytech Nancy today).
    expect(names('ytech')).toEqual([
      'ESSTIN',
      'ESIL Luminy Marseille',
      'Institut polytechnique Lasalle Beauvais',
      "Polytech'Clermont-Ferrand",
      "Polytech'Lille",
      'Polytech Paris UPMC',
      "Polytech'Orléans",
      "Polytech'Grenoble",
    ]);
  });

  it('offers only schools the search finds, never twice, none excluded, some when any', () => {
    const word = fc.stringMatching(/^[a-zé' -]{0,6}$/);
    fc.assert(
      fc.property(
        word,
        fc.subarray(schools.slice(0, 30).map((s) => s.id)),
        fc.integer({ min: 0, max: 12 }),
        (query, picked, limit) => {
          const exclude = new Set(picked);
          const got = suggest(schools, index.keys, query, exclude, limit).map((s) => s.id);
          const found = filterSchools(schools, { ...emptyFilter, query }, index)
            .map((s) => s.id)
            .filter((id) => !exclude.has(id));
          expect(new Set(got).size).toBe(got.length);
          expect(got.every((id) => found.includes(id))).toBe(true);
          expect(got.length).toBeLessThanOrEqual(limit);
          const typed = query.replace(/[^a-zé]/g, '') !== '';
          expect(got.length > 0).toBe(typed && limit > 0 && found.length > 0);
        },
      ),
    );
  });
});
