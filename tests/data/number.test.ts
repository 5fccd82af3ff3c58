import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMonths, parseRank, parseValue } from '../../src/lib/data/number';

describe('parseMonths', () => {
  it.each([
    ['12', 12],
    ['10,5', 10.5],
    ['10.5', 10.5],
    [' 8 ', 8],
    ['8,50', 8.5],
    ['0', 0],
    ['08', 8],
    ['\u00a010,5\u00a0', 10.5],
    ['\u202f6\u202f', 6],
    ['\t7\t', 7],
    ['10,5 mois', 10.5],
    ['10,5mois', 10.5],
    ['3 months', 3],
    ['1 month', 1],
    ['6 m', 6],
    ['6M', 6],
    ['12\u00a0MOIS', 12],
    ['8,7', 8.7],
    ['1.234', 1.234],
    ['+4', 4],
  ])('parseMonths(%j) gives %d', (cell, expected) => {
    expect(parseMonths(cell)).toBe(expected);
  });

  it.each([
    ['-3', -3],
    ['\u22122,5', -2.5],
    ['-3 mois', -3],
  ])('parseMonths(%j) gives the negative %d (the caller flags it)', (cell, expected) => {
    expect(parseMonths(cell)).toBe(expected);
  });

  it('parseMonths("-0") gives 0, not -0', () => {
    expect(Object.is(parseMonths('-0'), 0)).toBe(true);
  });

  it.each([
    [''],
    ['   '],
    ['n.c.'],
    ['nc'],
    ['NC'],
    ['-'],
    ['—'],
    ['1,2,3'],
    ['1.234,5'],
    ['1,234.5'],
    ['1 23'],
    ['1234 567'],
    ['10 ,5'],
    ['.5'],
    [',5'],
    ['10.'],
    ['10,'],
    ['1e3'],
    ['0x10'],
    ['NaN'],
    ['Infinity'],
    ['-Infinity'],
    ['mois'],
    ['m'],
    ['12 ans'],
    ['douze'],
    ['--3'],
    ['3-'],
    ['1'.repeat(41)],
  ])('parseMonths(%j) gives null', (cell) => {
    expect(parseMonths(cell)).toBeNull();
  });

  it('parseMonths of 20 digits reads them with Number (beyond exact integer arithmetic)', () => {
    expect(parseMonths('12345678901234567890,5')).toBe(Number('12345678901234567890.5'));
  });
});

describe('parseValue', () => {
  it.each([
    ['1 234', undefined, 1234],
    ['12\u00a0345\u202f678', undefined, 12345678],
    ['1 234,5', ',', 1234.5],
    ['1 234.5', '.', 1234.5],
    ['1,5', ',', 1.5],
    ['1.5', '.', 1.5],
    ['1.234', undefined, 1.234],
    ['3 semaines', undefined, 3],
    ['3 sem.', undefined, 3],
    ['3sem', undefined, 3],
    ['2 weeks', undefined, 2],
    ['1 week', undefined, 1],
    ['45 %', ',', 45],
    ['45,5%', ',', 45.5],
    ['12 pourcents', undefined, 12],
    ['12 mois', ',', 12],
    ['\uff11\uff12', undefined, 12],
    ['\uff11\uff12\uff0c\uff15', ',', 12.5],
    ['\uff14\uff15\uff05', undefined, 45],
    ['-1 234', ',', -1234],
    ['1,234', '.', 1234],
    ['1,234,567.5', '.', 1234567.5],
    ['1.234,5', ',', 1234.5],
    ['1.234', ',', 1234],
  ] as const)('parseValue(%j, %j) gives %d', (cell, decimal, expected) => {
    expect(parseValue(cell, decimal)).toBe(expected);
  });

  it.each([
    ['1,5', '.'],
    ['1.5', ','],
    ['1,23', '.'],
    ['1,234,5', ','],
    ['1.234.5', '.'],
    ['1 23', ','],
    ['12 34', undefined],
    ['1 2345', undefined],
    ['1234 567', undefined],
    ['1 234 ,5', ','],
    ['n.c.', ','],
    ['-', ','],
    ['NaN', '.'],
    ['Infinity', '.'],
    ['0x10', '.'],
    ['12abc', ','],
    ['1e3', '.'],
    ['12 ans', ','],
    ['%', ','],
    ['\uff4e\uff43', undefined],
  ] as const)('parseValue(%j, %j) gives null', (cell, decimal) => {
    expect(parseValue(cell, decimal)).toBeNull();
  });
});

describe('parseRank', () => {
  it.each([
    ['12', 12],
    ['=12', 12],
    ['= 12', 12],
    ['12e', 12],
    ['12E', 12],
    ['1er', 1],
    ['1re', 1],
    ['1ère', 1],
    ['12ème', 12],
    ['12e\u0300me', 12],
    ['12eme', 12],
    ['12ième', 12],
    ['12.', 12],
    ['12°', 12],
    ['1st', 1],
    ['2nd', 2],
    ['3rd', 3],
    ['4th', 4],
    ['12 ex aequo', 12],
    ['12e ex-aequo', 12],
    [' 7 ', 7],
    ['\u00a07\u202f', 7],
    ['007', 7],
    ['123456789012345', 123456789012345],
    ['1234567890123456', 1234567890123456],
  ])('parseRank(%j) gives %d', (cell, expected) => {
    expect(parseRank(cell)).toBe(expected);
  });

  it.each([[''], ['   '], ['\u00a0'], ['\t']])('parseRank(%j) gives null (empty cell)', (cell) => {
    expect(parseRank(cell)).toBeNull();
  });

  it.each([
    ['abc'],
    ['0'],
    ['-1'],
    ['1,5'],
    ['1.5'],
    ['12a'],
    ['e12'],
    ['#'],
    ['=='],
    ['99999999999999999999'],
    ['1'.repeat(41)],
    ['000'],
  ])('parseRank(%j) gives undefined (not a rank)', (cell) => {
    expect(parseRank(cell)).toBeUndefined();
  });

  it('parseRank(digits, maybe spaced) gives the whole number they write, undefined for 0 or past 2^53', () => {
    const digits = fc.string({
      unit: fc.constantFrom(...'0123456789'),
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(digits, fc.constantFrom('', ' ', '\u00a0'), (written, space) => {
        // BigInt reads the digits exactly, apart from the parser's own arithmetic.
        const exact = BigInt(written);
        const expected =
          exact > 0n && exact <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(exact) : undefined;
        expect(parseRank(`${space}${written}${space}`)).toBe(expected);
      }),
    );
  });
});
