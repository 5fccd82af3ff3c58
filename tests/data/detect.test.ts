import { describe, expect, it } from 'vitest';
import { consistency, detectDelimiter, separatorCounts } from '../../src/lib/data/detect';

describe('detectDelimiter', () => {
  it.each([
    ['tab with decimal commas', 'Rang\tNom\tMois\n1\tA\t10,5\n\tB\t10\n3\tC\t8,5', '\t'],
    ['semicolon with decimal commas', 'Rang;Nom;Mois\n1;A;10,5\n;B;10\n3;C;8,5', ';'],
    ['semicolon, every value with a comma', 'A;10,5\nB;8,5\nC;7,5', ';'],
    ['tab, every value with a comma', 'A\t10,5\nB\t8,5\nC\t7,5', '\t'],
    ['comma with quoted decimal commas', 'Rang,Nom,Mois\n1,A,"10,5"\n,B,10\n3,C,"8,5"', ','],
    ['comma with quoted names holding ; and tabs', 'Nom,Mois\n"A; B\tC",1\n"D;E;F",2\nG,3', ','],
    ['semicolon with quoted names holding commas', 'Nom;Mois\n"A, B, C";1\n"D,E";2\nG;3', ';'],
    ['comma with a quoted newline', 'Nom,Mois\n"A\nB",1\nC,2', ','],
    ['comma with quotes inside a plain field', 'a,b\n1,x "y, z" w\n2,3', ','],
    ['blank lines around', '\n\nA;1\n\nB;2\n', ';'],
  ])('detectDelimiter(%s) gives %j', (_label, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it.each([
    ['no separator at all', 'CPE Lyon\nENSEA'],
    ['empty text', ''],
    ['only blank lines', '\n \n'],
    ['each separator once per line (tie)', 'a\tb;c,d\ne\tf;g,h'],
  ])('detectDelimiter(%s) gives tab (first in the tie-break)', (_label, text) => {
    expect(detectDelimiter(text)).toBe('\t');
  });

  it('detectDelimiter breaks a tie between ; and , in favour of ;', () => {
    expect(detectDelimiter('a;b,c\nd;e,f')).toBe(';');
  });

  it('detectDelimiter only looks at the first 100 records', () => {
    const text = 'A;1\n'.repeat(100) + 'B,2,3\n'.repeat(1000);
    expect(detectDelimiter(text)).toBe(';');
  });
});

describe('separatorCounts', () => {
  it('separatorCounts counts separators outside quotes, per non-blank record', () => {
    expect(separatorCounts('a,"b,c",d\n\n"x\ny",z', ',')).toEqual([2, 1]);
  });

  it('separatorCounts reads "" inside quotes as an escaped quote', () => {
    expect(separatorCounts('"a "" , b",c', ',')).toEqual([1]);
  });
});

describe('consistency', () => {
  it.each([
    [[2, 2, 2, 2], 1],
    [[2, 2, 1, 0], 0.5],
    [[0, 0], 0],
    [[], 0],
  ])('consistency(%j) gives %d', (counts, expected) => {
    expect(consistency(counts)).toBe(expected);
  });
});
