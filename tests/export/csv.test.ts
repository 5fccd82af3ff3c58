import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { BOM, neutralise, toCsv } from '../../src/lib/export/csv';
import { schoolTable, type ExportTable } from '../../src/lib/export/table';
import { buildDataset } from '../../src/lib/dataset';
import { CATALOGUES } from '../i18n/shipped';
import { seedText } from '../seed-text';

const schools = buildDataset(seedText).ranking.schools;
const seedTable = schoolTable(schools, CATALOGUES.fr.download.columns, () => 'Autres écoles');

/** A small table: a text column and a numeric one, where negatives and decimals can be. */
const small = (rows: [string, number | null][]): ExportTable => ({
  columns: [
    { key: 'name', label: 'École', type: 'text' },
    { key: 'months', label: 'Mois', type: 'number' },
  ],
  rows: rows.map(([name, months]) => ({
    rank: null,
    name,
    months,
    tieSize: null,
    tieFirst: null,
    tieLast: null,
    denseRank: null,
    fractionalRank: null,
    percentile: null,
    family: null,
    position: null,
    id: null,
    current: null,
  })),
});

const lines = (csv: string): string[] => csv.slice(BOM.length).split('\r\n');

describe('neutralise', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+cmd', "'+cmd"],
    ['-1+2', "'-1+2"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', "'\rCR"],
    ['=1\n=2', "'=1\n=2"],
    ['Centrale Paris', 'Centrale Paris'],
    [' =1', ' =1'],
    ['', ''],
  ])('neutralise(%j) gives %j', (text, expected) => {
    expect(neutralise(text)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('comma: BOM, header, 144 rows, decimal points, full precision', () => {
    const csv = toCsv(seedTable, 'comma');
    expect(csv.startsWith('\uFEFFRang,École,Mois à l’étranger,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = lines(csv);
    expect(rows).toHaveLength(146); // header, 144 rows, and the empty string after the last CRLF
    expect(rows[0]).toBe(
      'Rang,École,Mois à l’étranger,Ex æquo (nombre d’écoles),Ex æquo (première place),Ex æquo (dernière place),Rang dense,Rang fractionnaire,Centile,Famille,Place,Identifiant,Nom actuel',
    );
    expect(rows[8]).toBe(
      '8,Centrale Paris,10.5,1,8,8,3,8,95.1048951048951,Autres écoles,8,centrale-paris,',
    );
    expect(rows[34]).toBe(
      '34,AgroParisTech,6,32,34,65,13,49.5,66.08391608391608,Autres écoles,34,agroparistech,',
    );
  });

  it('semicolon: the same cells with `;` and decimal commas, for French Excel', () => {
    const rows = lines(toCsv(seedTable, 'semicolon'));
    expect(rows[8]).toBe(
      '8;Centrale Paris;10,5;1;8;8;3;8;95,1048951048951;Autres écoles;8;centrale-paris;',
    );
    expect(rows[3]).toBe(
      '1;ENPC (Ecole des ponts et chaussées);12;4;1;4;1;2,5;98,95104895104895;Autres écoles;3;enpc-ecole-des-ponts-et-chaussees;',
    );
  });

  it('quotes a name holding the separator, a quote or a line break', () => {
    const table = small([
      ['ESTACA Laval, Levallois', 1],
      ['Dit "X"', 2],
      ['a;b', 1.5],
    ]);
    expect(lines(toCsv(table, 'comma'))).toEqual([
      'École,Mois',
      '"ESTACA Laval, Levallois",1',
      '"Dit ""X""",2',
      'a;b,1.5',
      '',
    ]);
    expect(lines(toCsv(table, 'semicolon'))).toEqual([
      'École;Mois',
      'ESTACA Laval, Levallois;1',
      '"Dit ""X""";2',
      '"a;b";1,5',
      '',
    ]);
  });

  it('neutralises hostile names (quote prefix, cell quoted) and leaves negative numbers numbers', () => {
    const table = small([
      ['=HYPERLINK("http://x")', -1.5],
      ['+cmd', -2],
      ['-1+2', 0],
      ['@SUM(1)', null],
      ['\tTab', 3],
      ['\rCR', 4],
    ]);
    expect(lines(toCsv(table, 'comma'))).toEqual([
      'École,Mois',
      `"'=HYPERLINK(""http://x"")",-1.5`,
      `"'+cmd",-2`,
      `"'-1+2",0`,
      `"'@SUM(1)",`,
      `"'\tTab",3`,
      `"'\rCR",4`,
      '',
    ]);
    expect(lines(toCsv(table, 'semicolon')).slice(1, 3)).toEqual([
      `"'=HYPERLINK(""http://x"")";-1,5`,
      `"'+cmd";-2`,
    ]);
  });

  it('reads back with papaparse: hostile names keep their text after the quote', () => {
    const table = small([
      ['=HYPERLINK("http://x")', -1.5],
      ['\rCR', 4],
    ]);
    const parsed = Papa.parse<string[]>(toCsv(table, 'semicolon').slice(1), { delimiter: ';' });
    expect(parsed.data.slice(0, 3)).toEqual([
      ['École', 'Mois'],
      [`'=HYPERLINK("http://x")`, '-1,5'],
      ["'\rCR", '4'],
    ]);
  });

  it('why papaparse’s own escapeFormulae is not used: it misses multi-line values and takes `-1,5` for text', () => {
    const out = Papa.unparse([['=1\n=2', '\r\n=cmd', '-1,5', -1.5]], { escapeFormulae: true });
    expect(out).toBe('"=1\n=2","\r\n=cmd","\'-1,5",-1.5');
  });
});
