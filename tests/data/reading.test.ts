// parseTable's reading: each choice of the person kept, the rest detected (header rows, decimal
// mark, columns, the value's candidates, the measure, a preview), and its progress reports.
import { describe, expect, it } from 'vitest';
import { parseTable, PROGRESS_ROWS } from '../../src/lib/data/parse';
import { cut, guessMeasure, unitOf } from '../../src/lib/data/measure';
import type { ReadOptions } from '../../src/lib/load/types';
import type { ParseResult } from '../../src/lib/data/types';

const lines = (...rows: string[]): string => rows.join('\n') + '\n';
/** Names, values and lines of the schools read. */
const read = (r: ParseResult): [string, number, number][] =>
  r.schools.map((s) => [s.name, s.months, s.line]);
/** Problems without their raw line. */
const problems = (r: ParseResult) => r.problems.map(({ raw: _raw, ...p }) => p);

describe('parseTable detects the header rows', () => {
  it.each([
    ['no header', lines('1;A;12', '2;B;11'), 0, null],
    ['one header', lines('Rang;École;Mois', '1;A;12', '2;B;11'), 1, ['Rang', 'École', 'Mois']],
    [
      'a title line above the header',
      lines('Classement 2025 des écoles', 'Rang;École;Mois', '1;A;12', '2;B;11'),
      2,
      ['Rang', 'École', 'Mois'],
    ],
    [
      'two title lines (the second with a trailing separator) above the header',
      lines('Classement 2025', 'Source : magazine;;', 'Rang;École;Mois', '1;A;12', '2;B;11'),
      3,
      ['Rang', 'École', 'Mois'],
    ],
    [
      'two header lines, the unit below the value',
      lines('Rang;École;Temps à l’étranger', ';;(en mois)', '1;A;12', '2;B;11'),
      2,
      ['Rang', 'École', 'Temps à l’étranger (en mois)'],
    ],
  ])('parseTable(%s) reads %d header rows, header %j', (_what, text, headerRows, header) => {
    const r = parseTable(text);
    expect(r.meta.headerRows).toBe(headerRows);
    expect(r.meta.header).toEqual(header);
    // The data rows are the last two lines either way.
    const first = text.split('\n').length - 2;
    expect(read(r)).toEqual([
      ['A', 12, first],
      ['B', 11, first + 1],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('parseTable(a title line repeated at a page break) skips it as it skips the header', () => {
    const text = lines('Classement 2025', 'Rang;École;Mois', '1;A;12', 'Classement 2025', '2;B;11');
    expect(read(parseTable(text))).toEqual([
      ['A', 12, 3],
      ['B', 11, 5],
    ]);
    expect(parseTable(text).problems).toEqual([]);
  });
});

describe('parseTable keeps the choices given', () => {
  const AMBIGUOUS = lines('École;Effectif;Score', 'A;120;12,5', 'B;340;10', 'C;80;9,5');

  it.each<[string, string, ReadOptions, [string, number, number][]]>([
    [
      'headerRows 0: the header line is a row (not a number)',
      lines('Nom;Mois', 'A;3', 'B;4'),
      { headerRows: 0 },
      [
        ['A', 3, 2],
        ['B', 4, 3],
      ],
    ],
    [
      'headerRows 2: the first data row is taken as a header',
      lines('Nom;Mois', 'A;3', 'B;4'),
      { headerRows: 2 },
      [['B', 4, 3]],
    ],
    [
      'columns: the count is the value',
      AMBIGUOUS,
      { columns: { rank: null, name: 0, months: 1 } },
      [
        ['A', 120, 2],
        ['B', 340, 3],
        ['C', 80, 4],
      ],
    ],
    [
      "delimiter ',': a semicolon table is one column (rows without the separator)",
      lines('Nom,Mois', 'A,3', 'B;4'),
      { delimiter: ',' },
      [['A', 3, 2]],
    ],
    [
      "decimal '.': a comma is a grouping mark, and 1,5 is not a number",
      lines('Nom;Mois', 'A;1,5', 'B;2.5', 'C;1,234.5'),
      { decimal: '.' },
      [
        ['B', 2.5, 3],
        ['C', 1234.5, 4],
      ],
    ],
    [
      "decimal ',': a point is a grouping mark",
      lines('Nom;Effectif', 'A;1.234', 'B;2,5'),
      { decimal: ',' },
      [
        ['A', 1234, 2],
        ['B', 2.5, 3],
      ],
    ],
  ])('parseTable with %s', (_what, text, options, schools) => {
    expect(read(parseTable(text, options))).toEqual(schools);
  });

  it('parseTable(headerRows 0) reports the header line as a row that is not a number', () => {
    expect(problems(parseTable(lines('Nom;Mois', 'A;3'), { headerRows: 0 }))).toEqual([
      { kind: 'not-a-number', severity: 'error', line: 1, value: 'Mois' },
    ]);
  });

  it("parseTable(decimal '.') reports 1,5 as not a number, on its line", () => {
    expect(problems(parseTable(lines('Nom;Mois', 'A;1,5', 'B;2'), { decimal: '.' }))).toEqual([
      { kind: 'not-a-number', severity: 'error', line: 2, value: '1,5' },
    ]);
  });

  it('parseTable keeps the chosen reading in its meta (headerRows cut to 0–5)', () => {
    const r = parseTable(AMBIGUOUS, {
      delimiter: ';',
      decimal: '.',
      headerRows: 9,
      columns: { rank: null, name: 0, months: 1 },
    });
    // Only 4 rows: 5 header rows would be cut to the 4 there are.
    expect(r.meta).toMatchObject({
      delimiter: ';',
      decimal: '.',
      headerRows: 4,
      columns: { rank: null, name: 0, months: 1 },
      ambiguous: false,
    });
    expect(parseTable(AMBIGUOUS, { headerRows: -2 }).meta.headerRows).toBe(0);
  });
});

describe('parseTable detects the decimal mark of the value column', () => {
  it.each([
    ['commas', lines('Nom;Mois', 'A;1,5', 'B;2,25', 'C;3'), ','],
    ['points', lines('Nom;Mois', 'A;1.5', 'B;2.25', 'C;3'), '.'],
    ['more commas than points', lines('Nom;Mois', 'A;1,5', 'B;2,5', 'C;3.5'), ','],
    ['whole numbers, semicolons: French', lines('Nom;Mois', 'A;3', 'B;4'), ','],
    ['whole numbers, tabs: French', lines('Nom\tMois', 'A\t3', 'B\t4'), ','],
    ['whole numbers, commas: English', lines('Name,Months', 'A,3', 'B,4'), '.'],
  ])('parseTable(%s) gives the decimal mark %j', (_what, text, decimal) => {
    expect(parseTable(text).meta.decimal).toBe(decimal);
  });

  it('parseTable with a detected mark still reads the other one (1.5 and 2,5 in one column)', () => {
    expect(read(parseTable(lines('Nom;Mois', 'A;1,5', 'B;2.5')))).toEqual([
      ['A', 1.5, 2],
      ['B', 2.5, 3],
    ]);
  });
});

describe('parseTable finds the value candidates and asks when it cannot choose', () => {
  it.each([
    [
      'a count and a score, neither named: ambiguous, the right-most guessed',
      lines('École;Effectif;Score', 'A;120;12,5', 'B;340;10', 'C;80;9,5'),
      [1, 2],
      true,
      { rank: null, name: 0, months: 2 },
    ],
    [
      'the same without a header',
      lines('A;120;12,5', 'B;340;10', 'C;80;9,5'),
      [1, 2],
      true,
      { rank: null, name: 0, months: 2 },
    ],
    [
      'two numbers, one named by "mois"',
      lines('École;Effectif;Mois', 'A;120;12,5', 'B;340;10'),
      [1, 2],
      false,
      { rank: null, name: 0, months: 2 },
    ],
    [
      'a rank column (running upwards) and one value',
      lines('1;A;12', '2;B;11', '3;C;10'),
      [0, 2],
      false,
      { rank: 0, name: 1, months: 2 },
    ],
    [
      'one value column',
      lines('École;Score', 'A;3', 'B;4'),
      [1],
      false,
      { rank: null, name: 0, months: 1 },
    ],
  ])('parseTable(%s)', (_what, text, numeric, ambiguous, columns) => {
    expect(parseTable(text).meta).toMatchObject({ numeric, ambiguous, columns });
  });

  it('parseTable(columns chosen) is never ambiguous', () => {
    const text = lines('École;Effectif;Score', 'A;120;12,5', 'B;340;10');
    expect(parseTable(text, { columns: { rank: null, name: 0, months: 2 } }).meta.ambiguous).toBe(
      false,
    );
  });
});

describe('parseTable guesses the measure from the value header', () => {
  it.each([
    ['Mois', { label: 'Mois', unit: 'months' }],
    ['Months abroad', { label: 'Months abroad', unit: 'months' }],
    ['Durée (semaines)', { label: 'Durée (semaines)', unit: 'weeks' }],
    ['Weeks', { label: 'Weeks', unit: 'weeks' }],
    ['Nb sem.', { label: 'Nb sem.', unit: 'weeks' }],
    ['Part des étudiants (%)', { label: 'Part des étudiants (%)', unit: 'percent' }],
    ['Taux de mobilité', { label: 'Taux de mobilité', unit: 'percent' }],
    ['Nombre d’étudiants', { label: 'Nombre d’étudiants', unit: 'count' }],
    ['Effectif', { label: 'Effectif', unit: 'count' }],
    ['Number of students', { label: 'Number of students', unit: 'count' }],
    ['Score', { label: 'Score', unit: 'other' }],
    ['  Score\u200b  global ', { label: 'Score global', unit: 'other' }],
  ])('parseTable of a value headed %j gives %j, higher first', (cell, measure) => {
    const r = parseTable(lines(`École;${cell}`, 'A;3', 'B;4'));
    expect(r.meta.measure).toEqual({ ...measure, direction: 'higher' });
  });

  it('parseTable without a header takes months, unlabelled (the explorer’s own unit)', () => {
    expect(parseTable(lines('A;3', 'B;4')).meta.measure).toEqual({
      label: '',
      unit: 'months',
      direction: 'higher',
    });
  });

  it('guessMeasure cuts a label to 80 characters', () => {
    const cell = 'Nombre '.padEnd(120, 'x');
    expect(guessMeasure(cell)).toEqual({
      label: cell.slice(0, 80),
      unit: 'count',
      direction: 'higher',
    });
  });

  it.each([
    ['« 8 mois »', ['8 mois', '6 mois', 'n.c.'], 'months'],
    ['« 45 % »', ['45 %', '12,5 %', '100 %'], 'percent'],
    ['« 36 weeks »', ['36 weeks', '12'], 'weeks'],
    ['units that disagree', ['8 mois', '36 semaines'], 'other'],
    ['bare numbers', ['8', '6'], 'other'],
  ])('a header naming no unit takes the unit its cells write: %s', (_what, cells, unit) => {
    const r = parseTable(lines('École;Durée', ...cells.map((c, i) => `S${i};${c}`)));
    expect(r.meta.measure).toEqual({ label: 'Durée', unit, direction: 'higher' });
  });

  it('the header’s unit wins over the cells’', () => {
    const r = parseTable(lines('École;Semaines', 'A;8 mois', 'B;6 mois'));
    expect(r.meta.measure.unit).toBe('weeks');
  });

  it('unitOf a header naming months and a count is months (a duration first)', () => {
    expect(unitOf('Nombre de mois')).toBe('months');
  });
});

describe('parseTable gives a preview', () => {
  it('parseTable(12 rows) previews the first 8 after the header, cells cut to 80', () => {
    const long = 'N'.repeat(100);
    const rows = Array.from({ length: 12 }, (_, i) => `${i === 0 ? long : `E${i}`};${i}`);
    const r = parseTable(lines('École;Mois', ...rows));
    expect(r.meta.preview).toEqual([
      ['N'.repeat(80), '0'],
      ['E1', '1'],
      ['E2', '2'],
      ['E3', '3'],
      ['E4', '4'],
      ['E5', '5'],
      ['E6', '6'],
      ['E7', '7'],
    ]);
    expect(r.meta.width).toBe(2);
  });

  it('parseTable previews cells without their bidi controls, markup as text', () => {
    const r = parseTable(lines('École;Mois', '\u202e<b>A</b>;3'));
    expect(r.meta.preview).toEqual([['<b>A</b>', '3']]);
  });
});

describe('parseTable reports its progress', () => {
  it(`parseTable(25,000 rows) tells progress 10,000 then 20,000 (every ${PROGRESS_ROWS})`, () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => `E${i};${i % 12}`);
    const told: number[] = [];
    const r = parseTable(lines('École;Mois', ...rows), {}, (n) => told.push(n));
    expect(told).toEqual([10_000, 20_000]);
    expect(r.schools).toHaveLength(25_000);
  });
});

describe('parseTable in the unit chosen', () => {
  it("parseTable(unit 'percent') warns above 100 in a column headed 'Score', and says the unit", () => {
    const r = parseTable(lines('École;Score', 'A;120', 'B;50'), { unit: 'percent' });
    expect(r.meta.measure).toEqual({ label: 'Score', unit: 'percent', direction: 'higher' });
    expect(problems(r)).toEqual([
      {
        kind: 'implausible',
        severity: 'warning',
        line: 2,
        value: '120',
        expected: 100,
        unit: 'percent',
      },
    ]);
  });

  it("parseTable(unit 'count') drops the months limit of a column headed 'Mois'", () => {
    expect(parseTable(lines('École;Mois', 'A;120'), { unit: 'count' }).problems).toEqual([]);
  });
});

describe('cut', () => {
  it.each([
    ['abc', 5, 'abc'],
    ['abcdef', 3, 'abc'],
    // 'a' then U+1F600 (two UTF-16 units): cutting at 2 would split it, so 1 is kept.
    ['a\u{1f600}b', 2, 'a'],
    ['a\u{1f600}b', 3, 'a\u{1f600}'],
  ])('cut(%j, %d) gives %j, never half a character', (s, max, expected) => {
    expect(cut(s, max)).toBe(expected);
  });
});
