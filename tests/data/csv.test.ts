import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { eachRow, isPlainText, readRows } from '../../src/lib/data/csv';

describe('readRows', () => {
  it('readRows(tab text) gives cells untrimmed and skips empty lines', () => {
    expect(readRows('\n\na\t b \n\n\tc\t', '\t')).toEqual([
      { cells: ['a', ' b '], line: 3 },
      { cells: ['', 'c', ''], line: 5 },
    ]);
  });

  it('readRows(a quoted cell over two lines) gives the line each row starts on', () => {
    expect(readRows('a,b\n"x\ny ""z""",1\nc,2', ',')).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['x\ny "z"', '1'], line: 2 },
      { cells: ['c', '2'], line: 4 },
    ]);
  });

  it('readRows(text with a BOM) keeps the lines right (papaparse drops the BOM)', () => {
    expect(readRows('\ufeffa;1\n"b\nc";2\nd;3', ';').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it.each([
    ['CRLF', 'a;1\r\nb;2\r\n'],
    ['CR', 'a;1\rb;2\r'],
  ])('readRows(%s line ends) gives two rows on lines 1 and 2', (_label, text) => {
    expect(readRows(text, ';')).toEqual([
      { cells: ['a', '1'], line: 1 },
      { cells: ['b', '2'], line: 2 },
    ]);
  });
});

describe('eachRow', () => {
  it('eachRow stops when the visitor returns false', () => {
    const seen: string[] = [];
    eachRow('a\nb\nc\nd', '\t', (cells) => {
      seen.push(cells[0] ?? '');
      return seen.length < 2;
    });
    expect(seen).toEqual(['a', 'b']);
  });

  it('eachRow gives the offset where each row line starts', () => {
    const starts: number[] = [];
    eachRow('ab\ncd\n\nef', '\t', (_cells, _line, lineStart) => {
      starts.push(lineStart);
      return true;
    });
    expect(starts).toEqual([0, 3, 7]);
  });
});

describe('isPlainText', () => {
  it.each([
    ['a\tb\nc\td', true],
    ['Rang\tClassement "les plus"\tmois\n1\tX\t3', true],
    ['a\t"b"\n', false],
    ['"a"\tb', false],
    ['a\tb\n"c"\td', false],
    ['a\tb\r\nc\td', false],
    ['\ufeffa\tb', false],
    ['', true],
  ])('isPlainText(%j, tab) is %s', (text, expected) => {
    expect(isPlainText(text, '\t')).toBe(expected);
  });

  it("isPlainText(text, ';') looks for quotes after that separator only", () => {
    expect(isPlainText('a;"b"', ';')).toBe(false);
    expect(isPlainText('a;"b"', ',')).toBe(true);
  });
});

describe('eachRow on plain text', () => {
  /** What papaparse itself gives for a text without quoted fields: its rows, empty lines left out. */
  const papaRows = (text: string, delimiter: string): string[][] =>
    Papa.parse<string[]>(text, { delimiter, newline: '\n' }).data.filter(
      (cells) => !(cells.length === 1 && cells[0] === ''),
    );

  it.each([
    ['one column\nno separator at all\n', ';'],
    ['a,b,,c\n,\n\n\nd', ','],
  ])('eachRow(%j) gives the cells papaparse gives', (text, delimiter) => {
    const rows = readRows(text, delimiter as ',' | ';' | '\t').map((row) => row.cells);
    expect(rows).toEqual(papaRows(text, delimiter));
  });

  it('eachRow(plain text, lent array) gives the cells of fresh arrays, equal short cells shared', () => {
    // Few letters, so that cells often repeat the cell above (as tied values do), of every length.
    const text = fc
      .array(fc.constantFrom('a', 'b', ';', '\n', '1', ',', 'xxxxxxxxxxxxxxx'), { maxLength: 80 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const fresh: [string[], number, number][] = [];
        const lent: [string[], number, number][] = [];
        eachRow(t, ';', (cells, line, start) => {
          fresh.push([cells, line, start]);
          return true;
        });
        eachRow(
          t,
          ';',
          (cells, line, start) => {
            lent.push([[...cells], line, start]);
            return true;
          },
          undefined,
          true,
        );
        expect(lent).toEqual(fresh);
      }),
    );
  });

  it('eachRow(plain text, lent array) hands the same array each time, refilled', () => {
    const arrays: string[][] = [];
    const values: string[] = [];
    eachRow(
      'A;10,5\nB;10,5\nC;9\n',
      ';',
      (cells) => {
        arrays.push(cells);
        values.push(cells[1] ?? '');
        return true;
      },
      undefined,
      true,
    );
    expect(arrays[0]).toBe(arrays[2]);
    expect(values).toEqual(['10,5', '10,5', '9']);
  });

  it('eachRow(plain text) gives each row its line and the offset of that line', () => {
    const seen: [string[], number, number][] = [];
    eachRow('a;b\n\nc;d "e"\n', ';', (cells, line, start) => {
      seen.push([cells, line, start]);
      return true;
    });
    expect(seen).toEqual([
      [['a', 'b'], 1, 0],
      [['c', 'd "e"'], 3, 5],
    ]);
  });
});

describe('eachRow with a quote gone wrong', () => {
  /** Rows and lines as eachRow gives them, and the lines it reports for quotes. */
  function read(text: string, delimiter: ',' | ';' | '\t'): [string[][], number[], number[]] {
    const rows: string[][] = [];
    const lines: number[] = [];
    const quotes: number[] = [];
    eachRow(
      text,
      delimiter,
      (cells, line) => {
        rows.push(cells);
        lines.push(line);
        return true;
      },
      (line) => quotes.push(line),
    );
    return [rows, lines, quotes];
  }

  it('eachRow(a stray quote opening a tab-separated cell) reads every line, quotes as text', () => {
    // papaparse alone gives two rows: ["x", "y\" z\t1\n\n\t\n a \tb\n"] swallows the rest.
    expect(read('x\t"y" z\t1\n\n\t\n a \tb\n', '\t')).toEqual([
      [
        ['x', '"y" z', '1'],
        ['', ''],
        [' a ', 'b'],
      ],
      [1, 3, 4],
      [1],
    ]);
  });

  it('eachRow(an unclosed quote on line 3) keeps lines 1-2 as papaparse reads them', () => {
    const text = 'a;b;c\n1;"A;B";2\n3;"C;4\n5;D;6\n';
    expect(read(text, ';')).toEqual([
      [
        ['a', 'b', 'c'],
        ['1', 'A;B', '2'],
        ['3', '"C', '4'],
        ['5', 'D', '6'],
      ],
      [1, 2, 3, 4],
      [3],
    ]);
  });

  it('eachRow(well-quoted text) reports no quote', () => {
    expect(read('a,"b ""c"""\n"d\ne",f\n', ',')).toEqual([
      [
        ['a', 'b "c"'],
        ['d\ne', 'f'],
      ],
      [1, 2],
      [],
    ]);
  });
});
