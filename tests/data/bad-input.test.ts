// Issue 13's bad inputs that are text, each read by parseTable (and ranked by datasetOf): a clear
// whole-file problem or a row skipped or kept with its line and reason, never a throw.
import { describe, expect, it } from 'vitest';
import { parseTable, readTable } from '../../src/lib/data/parse';
import type { ParseResult } from '../../src/lib/data/types';
import { datasetOf } from '../../src/lib/ranked';

const lines = (...rows: string[]): string => rows.join('\n') + '\n';
const names = (r: ParseResult): string[] => r.schools.map((s) => s.name);
/** Problems without their raw line. */
const problems = (r: ParseResult) => r.problems.map(({ raw: _raw, ...p }) => p);

describe('a file with no table in it', () => {
  it.each([
    ['an empty file', '', 'empty'],
    ['whitespace only', ' \n\t\n\r\n  \u00a0 ', 'empty'],
    ['separators only', ';;;\n,,\n', 'empty'],
    ['a header alone', 'Rang;École;Mois\n', 'no-rows'],
    ['a header alone, repeated', 'Rang;École;Mois\n\nRang;École;Mois\n', 'no-rows'],
    // What TextDecoder gives for a PNG's first bytes (89 50 4E 47 0D 0A 1A 0A, then the IHDR chunk).
    [
      'a PNG picked by mistake',
      '\ufffdPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000',
      'binary',
    ],
    // An .xlsx is a zip: PK 03 04, version, flags, then NUL bytes.
    [
      'an .xlsx picked by mistake',
      'PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000',
      'binary',
    ],
  ])('parseTable(%s) gives no school and the whole-file problem %s', (_what, text, kind) => {
    const r = readTable(text);
    expect(r.schools).toEqual([]);
    expect(r.problems).toEqual([{ kind, severity: 'error', line: 0, raw: '' }]);
  });
});

describe('values that are not a number, or not believable', () => {
  const text = lines(
    'École;Mois',
    'A;n.c.',
    'B;-',
    'C;NaN',
    'D;Infinity',
    'E;0x10',
    'F;12abc',
    'G;1e3',
    'H;\uff11\uff12',
    'I;-3',
    'J;75',
    'K;',
    'L;6',
  );
  const r = parseTable(text);

  it('parseTable keeps H (full-width 12, read as 12), J (75, kept with a warning) and L', () => {
    expect(r.schools.map((s) => [s.name, s.months, s.line])).toEqual([
      ['H', 12, 9],
      ['J', 75, 11],
      ['L', 6, 13],
    ]);
  });

  it('parseTable reports every other row with its line, value and reason', () => {
    expect(problems(r)).toEqual([
      { kind: 'not-a-number', severity: 'error', line: 2, value: 'n.c.' },
      { kind: 'not-a-number', severity: 'error', line: 3, value: '-' },
      { kind: 'not-a-number', severity: 'error', line: 4, value: 'NaN' },
      { kind: 'not-a-number', severity: 'error', line: 5, value: 'Infinity' },
      { kind: 'not-a-number', severity: 'error', line: 6, value: '0x10' },
      { kind: 'not-a-number', severity: 'error', line: 7, value: '12abc' },
      { kind: 'not-a-number', severity: 'error', line: 8, value: '1e3' },
      { kind: 'negative', severity: 'error', line: 10, value: '-3' },
      { kind: 'implausible', severity: 'warning', line: 11, value: '75' },
      { kind: 'missing-value', severity: 'error', line: 12 },
    ]);
    expect(r.problems.find((p) => p.line === 2)?.raw).toBe('A;n.c.');
  });

  it.each([
    ['weeks', 'Semaines', ['300', 'weeks', 260]],
    ['percent', 'Part (%)', ['101', 'percent', 100]],
  ] as const)(
    'parseTable(a %s column) warns above its limit',
    (_unit, header, [value, unit, limit]) => {
      const r = parseTable(lines(`École;${header}`, `A;${value}`, 'B;50'));
      expect(problems(r)).toEqual([
        { kind: 'implausible', severity: 'warning', line: 2, value, expected: limit, unit },
      ]);
      expect(names(r)).toEqual(['A', 'B']);
    },
  );

  it('parseTable(a count column) has no upper limit', () => {
    expect(parseTable(lines('École;Effectif', 'A;123456789', 'B;5')).problems).toEqual([]);
  });
});

describe('names', () => {
  it('parseTable(a 10,000-character name) cuts it to 200 characters, `…` last, with a warning', () => {
    const long = 'É'.repeat(10_000);
    const r = parseTable(lines('École;Mois', `${long};3`, 'B;4'));
    const cut = `${'É'.repeat(199)}…`;
    expect(names(r)).toEqual([cut, 'B']);
    expect(problems(r)).toEqual([{ kind: 'long-name', severity: 'warning', line: 2, value: cut }]);
    expect(r.problems[0]?.raw).toHaveLength(200);
  });

  it('parseTable(two long names alike in their first 199 characters) finds them duplicates', () => {
    const base = 'x'.repeat(300);
    const r = parseTable(lines('École;Mois', `${base}a;3`, `${base}b;4`));
    expect(problems(r).map((p) => [p.kind, p.line])).toEqual([
      ['long-name', 2],
      ['long-name', 3],
      ['duplicate', 3],
    ]);
  });

  it.each([
    ['exact', 'École A', 'École A'],
    ['case', 'École A', 'ÉCOLE a'],
    ['accents', 'École A', 'Ecole A'],
    ['inner spaces', 'École A', 'École   A'],
    ['outer and odd spaces', 'École A', '\u00a0École\u202fA '],
    ['a zero-width space inside a word', 'École A', 'Éco\u200ble A'],
  ])(
    'parseTable(a %s variant) reports a duplicate of line 2, both kept',
    (_what, first, second) => {
      const r = parseTable(lines('École;Mois', `${first};3`, `${second};4`));
      expect(r.schools).toHaveLength(2);
      expect(problems(r).map((p) => [p.kind, p.line, p.expected])).toEqual([['duplicate', 3, 2]]);
      expect(r.schools[1]?.id).toBe('ecole-a-2');
    },
  );

  it.each([
    ['<script>alert(1)</script>'],
    ['<img src=x onerror="alert(1)">'],
    ['=HYPERLINK("http://x","y")'],
    ['+33 ENSTA'],
    ['@SUM(A1)'],
    ['École &amp; <b>Mines</b>'],
  ])('parseTable keeps the name %j as text, unchanged (the page and exports escape it)', (name) => {
    const cell = name.includes(';') ? `"${name}"` : name;
    const r = parseTable(lines('École;Mois', `${cell};3`, 'B;4'));
    expect(names(r)).toEqual([name, 'B']);
  });

  it('parseTable removes control, zero-width and bidi characters from names, keeps Arabic and Hebrew', () => {
    const r = parseTable(
      lines(
        'École;Mois',
        '\u0007Mines\u0001 Paris;3',
        '\u202eInsa\u202c Lyon\u200f;4',
        'جامعة\u200c القاهرة;5',
        '\u2067אוניברסיטת תל אביב\u2069;6',
      ),
    );
    expect(names(r)).toEqual(['Mines Paris', 'Insa Lyon', 'جامعة القاهرة', 'אוניברסיטת תל אביב']);
    expect(r.problems).toEqual([]);
  });

  it('parseTable(a name of invisible characters only) reports an empty name', () => {
    const r = parseTable(lines('École;Mois', '\u200b\u202e;3', 'B;4'));
    expect(problems(r)).toEqual([{ kind: 'empty-name', severity: 'error', line: 2 }]);
  });
});

describe('the shape of the file', () => {
  it('parseTable(1,000 columns) takes the value named by the header, far right', () => {
    const header = ['École', ...Array.from({ length: 998 }, (_, i) => `c${i}`), 'Mois'];
    const row = (name: string, months: number): string =>
      [name, ...Array.from({ length: 998 }, () => 'x'), String(months)].join(';');
    const r = parseTable(lines(header.join(';'), row('A', 3), row('B', 4)));
    expect(r.meta.width).toBe(1000);
    expect(r.meta.columns).toEqual({ rank: null, name: 0, months: 999 });
    expect(r.schools.map((s) => [s.name, s.months])).toEqual([
      ['A', 3],
      ['B', 4],
    ]);
  });

  it('parseTable(an unclosed quote) keeps the rows after it, quotes as text, and says where', () => {
    const r = parseTable(lines('Rang;École;Mois', '1;"Mines;12', '2;Insa;11', '3;Enac;10'));
    expect(r.schools.map((s) => [s.name, s.months, s.line])).toEqual([
      ['"Mines', 12, 2],
      ['Insa', 11, 3],
      ['Enac', 10, 4],
    ]);
    expect(problems(r)).toEqual([{ kind: 'unbalanced-quote', severity: 'warning', line: 2 }]);
  });

  it('parseTable(stray quotes in tab-separated cells) reads them as text', () => {
    const r = parseTable(lines('Rang\tÉcole\tMois', '1\t"Les" Mines\t12', '2\tInsa "Lyon"\t11'));
    expect(names(r)).toEqual(['"Les" Mines', 'Insa "Lyon"']);
    expect(problems(r)).toEqual([{ kind: 'unbalanced-quote', severity: 'warning', line: 2 }]);
  });

  it('parseTable(a quote only inside a tab-separated cell) reads it as text, no problem', () => {
    const r = parseTable(lines('Rang\tÉcole\tMois', '1\tInsa "Lyon"\t12'));
    expect(names(r)).toEqual(['Insa "Lyon"']);
    expect(r.problems).toEqual([]);
  });

  it('parseTable(mixed delimiters) keeps the detected one; a line without it is skipped, with its line', () => {
    const r = parseTable(lines('Rang;École;Mois', '1;A;12', '2,B,11', '3;C;10', '4\tD\t9'));
    expect(r.meta.delimiter).toBe(';');
    expect(names(r)).toEqual(['A', 'C']);
    expect(problems(r)).toEqual([
      { kind: 'no-separator', severity: 'error', line: 3, value: ';' },
      { kind: 'no-separator', severity: 'error', line: 5, value: ';' },
    ]);
  });

  it.each([['__proto__'], ['constructor'], ['prototype'], ['toString'], ['hasOwnProperty']])(
    'parseTable(a header cell %j) reads the table and pollutes nothing',
    (cell) => {
      const r = parseTable(lines(`École;${cell};Mois`, 'A;x;3', 'B;y;4'));
      expect(r.meta.header).toEqual(['École', cell, 'Mois']);
      expect(names(r)).toEqual(['A', 'B']);
      expect(({} as Record<string, unknown>)['x']).toBeUndefined();
      expect(Object.keys(Object.prototype)).toEqual([]);
    },
  );

  it('parseTable(a __proto__ header over the value) labels the measure with it, as text', () => {
    const r = parseTable(lines('École;__proto__', 'A;3', 'B;4'));
    expect(r.meta.measure).toEqual({ label: '__proto__', unit: 'other', direction: 'higher' });
  });
});

describe('printed ranks that disagree with the values', () => {
  it('datasetOf(printed 1, 2, 3 for 12, 12, 10) reports rank 2 printed where the values give 1', () => {
    const parsed = parseTable(lines('Rang;École;Mois', '1;A;12', '2;B;12', '3;C;10'));
    expect(datasetOf(parsed).problems.map(({ raw: _raw, ...p }) => p)).toEqual([
      { kind: 'rank-mismatch', severity: 'warning', line: 3, value: '2', expected: 1 },
    ]);
  });
});
