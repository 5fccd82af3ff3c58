import { describe, expect, it } from 'vitest';
import { headerMatcher, namedColumns, pageHeaders, repeatsHeader } from '../../src/lib/data/header';

describe('namedColumns', () => {
  it.each([
    [
      ['Rang', 'Classement général "les plus ouvertes"', 'Temps moyen (en mois)'],
      [0, 1, 2],
    ],
    [
      ['#', 'School', 'Months'],
      [0, 1, 2],
    ],
    [
      ['Position', "Nom de l'établissement", 'Durée'],
      [0, 1, 2],
    ],
    [
      ['N°', 'Institution', 'Time abroad'],
      [0, 1, 2],
    ],
    [
      ['Classement', 'École', 'Mois'],
      [null, 1, 2],
    ],
    [
      ['Nombre de mois', 'Nom'],
      [null, 1, 0],
    ],
    [
      ['Ranking', 'Name', 'Duration'],
      [0, 1, null],
    ],
    [
      ['a', 'b', 'c'],
      [null, null, null],
    ],
  ])('namedColumns(%j) gives rank, name, months %j', (cells, [rank, name, months]) => {
    expect(namedColumns(cells)).toEqual({ rank, name, months });
  });
});

describe('headerMatcher', () => {
  const isHeader = headerMatcher(['Rang', 'École', 'Mois']);

  it.each([
    [['Rang', 'École', 'Mois'], true],
    [['RANG', ' ecole ', 'mois'], true],
    [['Rang', 'École', 'Mois', '', ''], true],
    [['Rang', 'École'], false],
    [['1', 'École', 'Mois'], false],
    [['Rang', 'École', 'Mois', 'x'], false],
    [['Rang', 'Ecole', 'Mois'], true],
    [['Rang', 'École', 'Mois '], true],
    [['Rang', 'École', 'Moiss'], false],
  ])('headerMatcher(Rang, École, Mois)(%j) gives %s', (cells, expected) => {
    expect(isHeader(cells)).toBe(expected);
  });
});

describe('repeatsHeader', () => {
  // Two header rows, as a table with a sub-header has them.
  const headers = pageHeaders([
    ['Rang', 'École', 'Mois'],
    ['', '', '(en mois)'],
  ]);

  it.each([
    [['rang', 'ECOLE', 'mois'], true],
    [['', '', '(EN MOIS)'], true],
    [['', '', 'en mois'], true],
    [['', '', '(en mois)', 'x'], false],
    [['Rang', '', '(en mois)'], false],
    [['1', 'Alpha', '12'], false],
  ])('repeatsHeader(%j, [Rang École Mois; (en mois)]) gives %s', (cells, expected) => {
    expect(repeatsHeader(cells, headers)).toBe(expected);
  });

  it('repeatsHeader(any row, no header) gives false', () => {
    expect(repeatsHeader(['Rang', 'École', 'Mois'], pageHeaders([]))).toBe(false);
  });
});
