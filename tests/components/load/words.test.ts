import { describe, expect, it } from 'vitest';
import { messagesFor, formatFor } from '../../../src/lib/i18n/catalogues';
import {
  columnOptions,
  errorWords,
  looksLikeTable,
  progressWords,
  reportLists,
  sizeWords,
} from '../../../src/lib/components/load/words';
import type { Problem } from '../../../src/lib/data/types';
import type { LoadError, Reading } from '../../../src/lib/load/types';
import { nb } from '../../i18n/spaces';

const fr = { t: messagesFor('fr'), f: formatFor('fr') };
const en = { t: messagesFor('en'), f: formatFor('en') };

describe('sizeWords', () => {
  it.each([
    [0, '0~o', '0 B'],
    [1023, '1^023~o', '1,023 B'],
    [1024, '1~Ko', '1 KB'],
    [3_500_000, '3,3~Mo', '3.3 MB'],
    [200 * 1024 * 1024, '200~Mo', '200 MB'],
    [3 * 1024 ** 3, '3~Go', '3 GB'],
  ])('%d bytes says %s and %s', (bytes, french, english) => {
    expect(sizeWords(bytes, fr.t, fr.f)).toBe(nb(french));
    expect(sizeWords(bytes, en.t, en.f)).toBe(english);
  });
});

describe('errorWords', () => {
  const cases: [LoadError, string, string][] = [
    [
      { kind: 'too-large', bytes: 50 * 1024 * 1024, limit: 40 * 1024 * 1024 },
      'Ce fichier pèse 50~Mo, au-delà de la limite de 40~Mo~: il n’a pas été lu.',
      'This file is 50 MB, over the limit of 40 MB: it was not read.',
    ],
    [
      { kind: 'too-many-rows', rows: 1_200_000, limit: 250_000 },
      'Ce fichier compte 1^200^000~lignes, au-delà de la limite de 250^000~: il n’a pas été lu.',
      'This file has 1,200,000 lines, over the limit of 250,000: it was not read.',
    ],
    [
      { kind: 'not-text', format: 'xlsx' },
      'Ce fichier est un classeur Excel (.xlsx), pas un tableau de texte~: enregistrez-le en CSV (ou en texte tabulé) puis chargez ce fichier.',
      'This file is an Excel workbook (.xlsx), not a text table: save it as CSV (or tab-separated text) and load that file.',
    ],
    [
      { kind: 'empty' },
      'Le fichier est vide~: aucun tableau à lire.',
      'The file is empty: there is no table to read.',
    ],
    [
      { kind: 'no-table', problem: { kind: 'no-rows', severity: 'error', line: 0, raw: '' } },
      'Aucune école n’a pu être lue. Le tableau n’a qu’une ligne d’en-tête, aucune école.',
      'No school could be read. The table has only a header line and no school.',
    ],
    [
      { kind: 'fetch', url: 'tables/t.csv', status: 404 },
      'Le tableau tables/t.csv n’a pas pu être récupéré (erreur 404).',
      'The table tables/t.csv could not be fetched (error 404).',
    ],
    [
      { kind: 'fetch', url: 'tables/t.csv', status: null },
      'Le tableau tables/t.csv n’a pas pu être récupéré (adresse d’un autre site, ou réseau).',
      'The table tables/t.csv could not be fetched (another site’s address, or the network).',
    ],
    [{ kind: 'cancelled' }, 'Chargement annulé.', 'Loading cancelled.'],
    [
      { kind: 'failed', detail: 'boom' },
      'La lecture a échoué de façon imprévue (boom).',
      'Reading failed unexpectedly (boom).',
    ],
  ];
  it.each(cases)('%o is worded in French and English', (error, french, english) => {
    expect(errorWords(error, fr.t, fr.f)).toBe(nb(french));
    expect(errorWords(error, en.t, en.f)).toBe(english);
  });
});

describe('progressWords', () => {
  it('gives bytes read of a known total as a percentage', () => {
    expect(
      progressWords({ phase: 'read', done: 1024 * 1024, total: 4 * 1024 * 1024 }, en.t, en.f),
    ).toEqual({
      value: 25,
      text: 'Reading: 1 MB of 4 MB',
    });
  });
  it('gives rows parsed of an unknown total without a value', () => {
    expect(progressWords({ phase: 'parse', done: 35000, total: null }, en.t, en.f)).toEqual({
      value: null,
      text: 'Parsing: 35,000 lines',
    });
  });
});

describe('columnOptions', () => {
  const reading = { width: 4, header: ['Rang', ' ', 'Mois'] } as Reading;
  it('names each column by its header cell, else by its place', () => {
    expect(columnOptions(reading, fr.t)).toEqual([
      { index: 0, label: 'Rang' },
      { index: 1, label: 'Colonne 2' },
      { index: 2, label: 'Mois' },
      { index: 3, label: 'Colonne 4' },
    ]);
    expect(columnOptions({ ...reading, header: null }, en.t)[0]).toEqual({
      index: 0,
      label: 'Column 1',
    });
  });
});

describe('reportLists', () => {
  const p = (kind: Problem['kind'], severity: Problem['severity'], line: number): Problem => ({
    kind,
    severity,
    line,
    raw: '',
  });
  it('puts each line’s problem in its list, and the whole file’s in none', () => {
    const problems = [
      p('no-rows', 'error', 0),
      p('not-a-number', 'error', 2),
      p('negative', 'error', 3),
      p('duplicate', 'warning', 4),
      p('implausible', 'warning', 5),
      p('rank-mismatch', 'warning', 6),
      p('rank-missing', 'warning', 7),
      p('bad-rank', 'warning', 8),
      p('empty-name', 'error', 9),
    ];
    const lists = reportLists(problems);
    expect({
      skipped: lists.skipped.map((x) => x.line),
      duplicates: lists.duplicates.map((x) => x.line),
      suspicious: lists.suspicious.map((x) => x.line),
      ranks: lists.ranks.map((x) => x.line),
    }).toEqual({ skipped: [2, 3, 9], duplicates: [4], suspicious: [5], ranks: [6, 7, 8] });
  });
});

describe('looksLikeTable', () => {
  it.each([
    ['École\tMois\nA\t3', true],
    ['A;3\nB;4\n', true],
    ['A,3\r\nB,4', true],
    ['one line\tonly', false],
    ['two lines\nwithout separators', false],
    ['\n\n  \nA;3\n', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeTable(text)).toBe(expected);
  });
});
