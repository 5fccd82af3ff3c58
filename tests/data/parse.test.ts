import { describe, expect, it } from 'vitest';
import { parseTable } from '../../src/lib/data/parse';
import type { ParseResult, Problem } from '../../src/lib/data/types';
import { SEED, SEED_ROWS, SEED_ROWS_WITHOUT_HEADER, mapDataRows, toCsv } from './seed';

const seed = parseTable(SEED);
const namesAndMonths = (r: ParseResult): [string, number][] =>
  r.schools.map((s) => [s.name, s.months]);
const SEED_HEADER = [
  'Rang',
  'Classement général "les plus ouvertes à l\'international"',
  "Temps moyen passé à l'étranger par les étudiants (en mois)",
];

describe('parseTable on the published ranking', () => {
  it('parseTable(seed) gives 144 schools, no problem, a tab separator', () => {
    expect(seed.schools).toHaveLength(144);
    expect(seed.problems).toEqual([]);
    expect(seed.meta).toEqual({
      delimiter: '\t',
      decimal: ',',
      headerRows: 1,
      header: SEED_HEADER,
      width: 3,
      columns: { rank: 0, name: 1, months: 2 },
      // The rank column is numbers too (32 filled cells, all ranks), but it is the rank.
      numeric: [0, 2],
      ambiguous: false,
      measure: { label: SEED_HEADER[2], unit: 'months', direction: 'higher' },
      // Lines 4 to 11 of the file, as written.
      preview: [
        ['1', 'CPE Lyon', '12'],
        ['', 'EEIGM', '12'],
        ['', 'ENPC (Ecole des ponts et chaussées)', '12'],
        ['', 'UTC Compiègne', '12'],
        ['5', 'ENSEA', '11'],
        ['', 'ENSIETA', '11'],
        ['', 'ESSTIN', '11'],
        ['8', 'Centrale Paris', '10,5'],
      ],
      lines: 149,
    });
  });

  it('parseTable(seed) starts with CPE Lyon, 12 months, rank 1, line 4', () => {
    expect(seed.schools[0]).toEqual({
      id: 'cpe-lyon',
      name: 'CPE Lyon',
      months: 12,
      printedRank: 1,
      line: 4,
    });
  });

  it.each([
    ['Centrale Paris', 10.5, 8, 11],
    ['ENSI Limoges', 5.2, 70, 73],
    ['EIGSI La Rochelle', 5, 71, 76],
    ['UTT (Université de technologie Troyes)', 8.7, 21, 24],
    ['EEIGM', 12, null, 5],
  ])(
    'parseTable(seed) reads %s as %d months, printed rank %j, line %d',
    (name, months, rank, line) => {
      const school = seed.schools.find((s) => s.name === name);
      expect(school).toMatchObject({ months, printedRank: rank, line });
    },
  );

  it('parseTable(seed) ends with ESTIA, 1 month, no printed rank, line 149 (the last line)', () => {
    expect(seed.schools.at(-1)).toEqual({
      id: 'estia',
      name: 'ESTIA',
      months: 1,
      printedRank: null,
      line: 149,
    });
  });

  it('parseTable(seed) gives 32 schools at 6 months and 4 at 12', () => {
    expect(seed.schools.filter((s) => s.months === 6)).toHaveLength(32);
    expect(seed.schools.filter((s) => s.months === 12).map((s) => s.name)).toEqual([
      'CPE Lyon',
      'EEIGM',
      'ENPC (Ecole des ponts et chaussées)',
      'UTC Compiègne',
    ]);
  });

  it('parseTable(seed) reads exactly these 32 printed ranks', () => {
    const printed = seed.schools.filter((s) => s.printedRank !== null);
    expect(printed.map((s) => [s.printedRank, s.name])).toEqual([
      [1, 'CPE Lyon'],
      [5, 'ENSEA'],
      [8, 'Centrale Paris'],
      [9, 'CNAM Champagne-Ardenne'],
      [15, 'ENESAD Dijon'],
      [20, 'ENSIIE'],
      [21, 'UTT (Université de technologie Troyes)'],
      [22, 'ENSAM'],
      [23, 'Centrale Nantes'],
      [27, 'Groupe ICAM Lille Nantes Toulouse'],
      [29, 'ECE'],
      [32, 'ENSIAME'],
      [34, 'AgroParisTech'],
      [66, 'ESCOM Cergy'],
      [69, 'INP Grenoble'],
      [70, 'ENSI Limoges'],
      [71, 'EIGSI La Rochelle'],
      [86, "Ecole d'ingénieurs Purpan Toulouse"],
      [88, "Polytech'Grenoble"],
      [89, 'ISIFC Besançon'],
      [91, "Polytech' Montpellier"],
      [92, '3IL Limoges'],
      [110, 'INSA Strasbourg'],
      [111, 'ENSEIRB Bordeaux'],
      [113, 'ENSI Caen'],
      [114, 'CESI'],
      [133, 'Mines Alès'],
      [134, "Polytech'Savoie"],
      [136, 'Centrale Marseille'],
      [137, 'Ecole navale'],
      [142, 'ENSAI'],
      [143, 'ENSIM Le Mans'],
    ]);
  });

  it('parseTable(seed) gives unique ids', () => {
    expect(new Set(seed.schools.map((s) => s.id)).size).toBe(144);
  });
});

describe('parseTable on the ranking as people save it', () => {
  const withSemicolons = '\ufeff' + toCsv(SEED_ROWS, ';', '\r\n');
  const withCommas = toCsv(SEED_ROWS, ',');
  const withPoints = toCsv(
    mapDataRows(([rank = '', name = '', months = '']) => [rank, name, months.replace(',', '.')]),
    '\t',
  );
  const withSpaces = toCsv(
    mapDataRows((cells) => cells.map((c) => `\u00a0 ${c}\u202f `)),
    '\t',
  );

  it.each([
    ['; with CRLF and a BOM', withSemicolons, ';'],
    [', with quoted decimal commas', withCommas, ','],
    ['tabs with decimal points', withPoints, '\t'],
    ['NBSP and stray spaces around cells', withSpaces, '\t'],
    ['bare CR line ends', SEED.replaceAll('\n', '\r'), '\t'],
    [
      'mixed line ends',
      SEED.split('\n')
        .map((l, i) => l + ['\n', '\r\n', '\r'][i % 3])
        .join(''),
      '\t',
    ],
  ])(
    'parseTable(seed as %s) gives the same schools on the same lines',
    (_label, text, delimiter) => {
      const result = parseTable(text);
      expect(result.problems).toEqual([]);
      expect(result.meta.delimiter).toBe(delimiter);
      expect(result.schools).toEqual(seed.schools);
    },
  );

  it('parseTable(seed as , with quoted decimal commas) has quoted months cells', () => {
    expect(withCommas.split('\n')[10]).toBe('8,Centrale Paris,"10,5"');
  });

  it('parseTable(seed without its header lines) gives the same names and months', () => {
    const result = parseTable(toCsv(SEED_ROWS_WITHOUT_HEADER, '\t'));
    expect(result.problems).toEqual([]);
    expect(result.meta.header).toBeNull();
    expect(result.meta.columns).toEqual({ rank: 0, name: 1, months: 2 });
    expect(namesAndMonths(result)).toEqual(namesAndMonths(seed));
    expect(result.schools.map((s) => s.printedRank)).toEqual(
      seed.schools.map((s) => s.printedRank),
    );
    expect(result.schools[0]?.line).toBe(3);
  });

  it('parseTable(seed with quoted names holding ;, " and a line end) keeps names and lines right', () => {
    const odd = (i: number): boolean => i % 10 === 3;
    const rows = mapDataRows(([rank = '', name = '', months = ''], i) => [
      rank,
      odd(i) ? `${name}; dit "X"\nbis` : name,
      months,
    ]);
    const result = parseTable(toCsv(rows, ';'));
    expect(result.problems).toEqual([]);
    expect(result.meta.delimiter).toBe(';');
    const expected = seed.schools.map((s, i) => {
      const before = Array.from({ length: i }, (_, j) => j).filter(odd).length;
      return [odd(i) ? `${s.name}; dit "X" bis` : s.name, s.months, s.line + before];
    });
    expect(result.schools.map((s) => [s.name, s.months, s.line])).toEqual(expected);
  });
});

/** A problem as reported, with `raw` the whole source line unless given. */
const problem = (p: Omit<Problem, 'raw'> & { raw?: string }, lines: string[]): Problem => ({
  raw: p.line === 0 ? '' : (lines[p.line - 1] ?? ''),
  ...p,
});

describe('parseTable on faulty tables', () => {
  const table = (...rows: string[]): string => ['Rang;École;Mois', ...rows].join('\n');
  const cases: [string, string, Omit<Problem, 'raw'>[], string[]][] = [
    [
      'a months cell "n.c."',
      table('1;A;12', '2;B;n.c.', '3;C;10'),
      [{ kind: 'not-a-number', severity: 'error', line: 3, value: 'n.c.' }],
      ['A', 'C'],
    ],
    [
      'an empty name',
      table('1;A;12', '2;;11', '3;C;10'),
      [{ kind: 'empty-name', severity: 'error', line: 3 }],
      ['A', 'C'],
    ],
    [
      'a negative value',
      table('1;A;12', '2;B;-3', '3;C;10'),
      [{ kind: 'negative', severity: 'error', line: 3, value: '-3' }],
      ['A', 'C'],
    ],
    [
      '75 months',
      table('1;A;75', '2;B;11'),
      [{ kind: 'implausible', severity: 'warning', line: 2, value: '75' }],
      ['A', 'B'],
    ],
    [
      'a duplicate name, with other case and accents',
      table('1;École A;12', '2;B;11', '3;ECOLE  a;10'),
      [{ kind: 'duplicate', severity: 'warning', line: 4, value: 'ECOLE a', expected: 2 }],
      ['École A', 'B', 'ECOLE a'],
    ],
    [
      'a bad rank "abc"',
      table('1;A;12', 'abc;B;11'),
      [{ kind: 'bad-rank', severity: 'warning', line: 3, value: 'abc' }],
      ['A', 'B'],
    ],
    [
      'a short row and an empty months cell',
      table('1;A', '2;B; ', '3;C;10'),
      [
        { kind: 'missing-value', severity: 'error', line: 2 },
        { kind: 'missing-value', severity: 'error', line: 3 },
      ],
      ['C'],
    ],
    ['a line with only separators', table('1;A;12', ';;', ' ; ; ', '2;B;11'), [], ['A', 'B']],
    [
      'the header repeated in other case, with blank lines',
      table('1;A;12', '', 'RANG;ecole;MOIS', '', '2;B;11'),
      [],
      ['A', 'B'],
    ],
    [
      'a value repeated on tied rows, a text repeated below it',
      table('1;A;10,5', ';B;10,5', '3;C;n.c.', '4;D;n.c.', '5;E;', '6;F;', '7;G;10,5'),
      [
        { kind: 'not-a-number', severity: 'error', line: 4, value: 'n.c.' },
        { kind: 'not-a-number', severity: 'error', line: 5, value: 'n.c.' },
        { kind: 'missing-value', severity: 'error', line: 6 },
        { kind: 'missing-value', severity: 'error', line: 7 },
      ],
      ['A', 'B', 'G'],
    ],
    [
      'several problems, reported in line order',
      table('1;A;99', '2;A;n.c.', 'x;A;1', '4;;-1'),
      [
        { kind: 'implausible', severity: 'warning', line: 2, value: '99' },
        { kind: 'not-a-number', severity: 'error', line: 3, value: 'n.c.' },
        { kind: 'bad-rank', severity: 'warning', line: 4, value: 'x' },
        { kind: 'duplicate', severity: 'warning', line: 4, value: 'A', expected: 2 },
        { kind: 'empty-name', severity: 'error', line: 5 },
      ],
      ['A', 'A'],
    ],
  ];

  it.each(cases)(
    'parseTable(a table with %s) reports exactly that',
    (_label, text, problems, names) => {
      const result = parseTable(text);
      const lines = text.split('\n');
      expect(result.problems).toEqual(problems.map((p) => problem(p, lines)));
      expect(result.schools.map((s) => s.name)).toEqual(names);
    },
  );

  it('parseTable(tied rows) reads each repeated value, and the next one apart', () => {
    const result = parseTable(
      table('1;A;10,5', ';B;10,5', '3;C;10,50', '4;D;9', ';E;9', '6;F;10,5'),
    );
    expect(result.schools.map((s) => s.months)).toEqual([10.5, 10.5, 10.5, 9, 9, 10.5]);
    expect(result.schools.map((s) => s.printedRank)).toEqual([1, null, 3, 4, null, 6]);
  });

  it('parseTable(a duplicate) keeps ids unique: slug, slug-2, slug-3', () => {
    const result = parseTable(table('1;École A;12', '2;Ecole a;11', '3;ECOLE A;10'));
    expect(result.schools.map((s) => s.id)).toEqual(['ecole-a', 'ecole-a-2', 'ecole-a-3']);
  });

  it('parseTable(a bad rank) keeps the row with no printed rank', () => {
    const result = parseTable(table('1;A;12', 'abc;B;11'));
    expect(result.schools[1]).toEqual({
      id: 'b',
      name: 'B',
      months: 11,
      printedRank: null,
      line: 3,
    });
  });

  it('parseTable(a 300-character line) cuts raw to 200 characters', () => {
    const name = 'N'.repeat(300);
    const result = parseTable(table(`1;${name};n.c.`));
    expect(result.problems[0]?.raw).toBe(`1;${name}`.slice(0, 200));
  });

  it('parseTable(a quoted name over two lines) gives the line where each row starts', () => {
    const result = parseTable('Rang,École,Mois\n1,"A\nB",12\n2,C,n.c.\n3,D,"8,5"');
    expect(result.schools.map((s) => [s.name, s.line])).toEqual([
      ['A B', 2],
      ['D', 5],
    ]);
    expect(result.problems).toEqual([
      { kind: 'not-a-number', severity: 'error', line: 4, raw: '2,C,n.c.', value: 'n.c.' },
    ]);
  });

  const whole = (kind: Problem['kind']): Problem[] => [
    { kind, severity: 'error', line: 0, raw: '' },
  ];

  it.each([
    ['an empty string', '', 'empty'],
    ['only blank lines and spaces', ' \n\t\n\u00a0\n', 'empty'],
    ['only separators', ';;\n;;\n', 'empty'],
    ['only a header', 'Rang;École;Mois\n', 'no-rows'],
    ['only a header without keywords', 'a;b;c', 'no-rows'],
    ['a header repeated and nothing else', 'Rang;École;Mois\n\nRang;École;Mois', 'no-rows'],
    ['binary bytes', '\u0000\u0001\u0002\u0003PNG\r\n', 'binary'],
    ['many control characters', 'a\u0001b\u0002c\u0003d\u0004', 'binary'],
    ['mostly U+FFFD', '\ufffd\ufffd\ufffd;1\n\ufffd\ufffd;2', 'binary'],
    ['one column of names', 'CPE Lyon\nENSEA\nESTIA', 'no-value-column'],
    ['one column of numbers', '12\n11\n10', 'no-name-column'],
  ])('parseTable(%s) gives one whole-text problem', (_label, text, kind) => {
    const result = parseTable(text);
    expect(result.problems).toEqual(whole(kind as Problem['kind']));
    expect(result.schools).toEqual([]);
  });

  it('parseTable("") counts 0 lines; "a\\n" counts 1', () => {
    expect(parseTable('').meta.lines).toBe(0);
    expect(parseTable('a\n').meta.lines).toBe(1);
  });

  it('parseTable(5,000 columns with a header) finds the three columns quickly', () => {
    const extra = Array.from({ length: 4997 }, (_, i) => `c${i}`);
    const empty = extra.map(() => '');
    const text = [
      ['Rang', 'École', 'Mois', ...extra],
      ['1', 'A', '12', ...empty],
      ['', 'B', '12', ...empty],
    ]
      .map((r) => r.join(';'))
      .join('\n');
    const start = performance.now();
    const result = parseTable(text);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result.meta.columns).toEqual({ rank: 0, name: 1, months: 2 });
    expect(result.meta.header).toHaveLength(5000);
    expect(result.problems).toEqual([]);
    expect(namesAndMonths(result)).toEqual([
      ['A', 12],
      ['B', 12],
    ]);
  });

  it('parseTable(5,000 columns without a header) takes the right-most number column', () => {
    const row = (name: string, i: number): string =>
      [String(i + 1), name, ...Array.from({ length: 4998 }, (_, j) => String(j + i))].join(',');
    const result = parseTable([row('A', 0), row('B', 1)].join('\n'));
    expect(result.meta.columns).toEqual({ rank: 0, name: 1, months: 4999 });
    expect(namesAndMonths(result)).toEqual([
      ['A', 4997],
      ['B', 4998],
    ]);
  });
});
