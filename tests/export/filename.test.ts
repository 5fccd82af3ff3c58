import { describe, expect, it } from 'vitest';
import { fileName, slug } from '../../src/lib/export/filename';
import { CATALOGUES } from '../i18n/shipped';

const fr = CATALOGUES.fr.download.files;
const en = CATALOGUES.en.download.files;

describe('fileName', () => {
  it.each([
    [fr, 'ranking', 'svg', false, 'ecoles-international-classement.svg'],
    [fr, 'histogram', 'png', false, 'ecoles-international-histogramme.png'],
    [fr, 'strip', 'svg', false, 'ecoles-international-points.svg'],
    [fr, 'table', 'csv', false, 'ecoles-international-tableau.csv'],
    [fr, 'table', 'csv', true, 'ecoles-international-tableau-point-virgule.csv'],
    [fr, 'table', 'json', false, 'ecoles-international-tableau.json'],
    [en, 'ranking', 'png', false, 'schools-abroad-ranking.png'],
    [en, 'table', 'csv', true, 'schools-abroad-table-semicolon.csv'],
  ] as const)('fileName(%#) gives %s', (words, kind, ext, semicolon, expected) => {
    expect(fileName(words, kind, ext, semicolon)).toBe(expected);
  });
});

describe('slug', () => {
  it.each([
    ['Écoles d’ingénieurs', 'ecoles-d-ingenieurs'],
    ['  --À/b\\c..  ', 'a-b-c'],
    ['<script>', 'script'],
    ['', ''],
  ])('slug(%j) gives %j', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });
});
