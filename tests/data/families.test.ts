import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FAMILIES, familyOf, parseFamilies, type FamilyId } from '../../src/lib/data/families';
import { parseTable } from '../../src/lib/data/parse';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const CSV = read('../../data/familles.csv');
const RANKING = read('../../data/classement-ecoles-ingenieurs-international.txt');

interface Row {
  ecole: string;
  famille: string;
  note: string;
}
const rows = Papa.parse<Row>(CSV, { header: true, skipEmptyLines: true }).data;
const table = parseFamilies(CSV);

describe('data/familles.csv', () => {
  it('has the header ecole,famille,note and 144 rows', () => {
    expect(CSV.split('\n', 1)[0]).toBe('ecole,famille,note');
    expect(rows).toHaveLength(144);
  });

  it('names the schools of parseTable(ranking), exactly as written and in the same order', () => {
    const schools = parseTable(RANKING).schools.map((s) => s.name);
    expect(schools).toHaveLength(144);
    expect(rows.map((r) => r.ecole)).toEqual(schools);
  });

  it('parseFamilies(familles.csv) gives 144 schools and no problem', () => {
    expect(table.problems).toEqual([]);
    expect(table.byName.size).toBe(144);
  });

  it('counts 5 centrale, 7 mines, 5 insa, 9 polytech, 2 ut, 4 telecom, 9 chimie, 10 agro, 2 itii, 91 autre', () => {
    const counts: Record<string, number> = {};
    for (const r of rows) counts[r.famille] = (counts[r.famille] ?? 0) + 1;
    expect(counts).toEqual({
      centrale: 5,
      mines: 7,
      insa: 5,
      polytech: 9,
      ut: 2,
      telecom: 4,
      chimie: 9,
      agro: 10,
      itii: 2,
      autre: 91,
    });
  });

  it.each([
    ['centrale', /^Centrale /],
    ['mines', /^Mines /],
    ['insa', /^INSA /],
    ['polytech', /^Polytech\b/],
    ['itii', /^ITII /],
  ])('the %s family is exactly the names matching %s', (family, pattern) => {
    const inFamily = rows.filter((r) => r.famille === family).map((r) => r.ecole);
    expect(inFamily).toEqual(rows.filter((r) => pattern.test(r.ecole)).map((r) => r.ecole));
  });

  it('a family not named by a word of the school name comes with a note', () => {
    const named: Record<FamilyId, RegExp> = {
      centrale: /^Centrale /,
      mines: /^Mines /,
      insa: /^INSA /,
      polytech: /^Polytech\b/,
      ut: /Université de technologie/,
      telecom: /^Télécom /,
      chimie: / Chimie /,
      agro: /^Agro/,
      itii: /^ITII /,
      autre: /(?:)/,
    };
    const unexplained = rows.filter(
      (r) => !named[r.famille as FamilyId].test(r.ecole) && r.note.trim() === '',
    );
    expect(unexplained).toEqual([]);
  });

  it.each([
    ['Ecole polytechnique', 'autre'],
    ["Polytech'Nantes", 'polytech'],
    ['Polytech Paris UPMC', 'polytech'],
    ['ENST Paris', 'telecom'],
    ['ENST Bretagne', 'telecom'],
    ['INT Evry', 'telecom'],
    ['Télécom Lille 1', 'telecom'],
    ['Institut polytechnique Lasalle Beauvais', 'agro'],
    ['UTC Compiègne', 'ut'],
    ['CPE Lyon', 'chimie'],
    ['ESCOM Cergy', 'chimie'],
    ['ENSIACET', 'chimie'],
    ['ENSCI', 'autre'],
    ['ESPCI Paris', 'autre'],
    ['ISPA Alençon', 'autre'],
    ['ESTACA Laval, Levallois', 'autre'],
  ])('familyOf(byName, %j) gives %j', (name, family) => {
    expect(familyOf(table.byName, name)).toBe(family);
  });
});

describe('FAMILIES', () => {
  it('lists the ten families in order, autre last', () => {
    expect(FAMILIES.map((f) => f.id)).toEqual([
      'centrale',
      'mines',
      'insa',
      'polytech',
      'ut',
      'telecom',
      'chimie',
      'agro',
      'itii',
      'autre',
    ]);
    expect(FAMILIES[3]).toEqual({ id: 'polytech', fr: 'Polytech', en: 'Polytech network' });
  });
});

describe('parseFamilies', () => {
  it('parseFamilies(bad csv) reports each unknown family with the line its row starts on', () => {
    const csv = [
      'ecole,famille,note',
      'CPE Lyon,chimie,',
      '',
      'Mines Paris,mine,faute de frappe',
      '"ESTACA Laval, Levallois",autre,"une note',
      'sur deux lignes"',
      'ENSCI,céramique,',
    ].join('\n');
    const { byName, problems } = parseFamilies(csv);
    expect(problems).toEqual([
      'line 4: unknown family "mine" for Mines Paris',
      'line 7: unknown family "céramique" for ENSCI',
    ]);
    expect([...byName]).toEqual([
      ['cpe lyon', 'chimie'],
      ['estaca laval levallois', 'autre'],
    ]);
  });

  it('parseFamilies(csv with a BOM and CRLF) counts lines as an editor shows them', () => {
    const csv =
      '\ufeffecole,famille,note\r\n\r\nENSAT,agro,"agronomique\r\nToulouse"\r\nX,lycee,\r\n';
    expect(parseFamilies(csv).problems).toEqual(['line 5: unknown family "lycee" for X']);
  });

  it('parseFamilies(csv) reports a missing name, a missing family and a repeated school', () => {
    const csv = 'ecole,famille,note\n,mines,\nMines Alès\nMines Alès,mines,\nmines ales,mines,\n';
    const { byName, problems } = parseFamilies(csv);
    expect(problems).toEqual([
      'line 2: no school name',
      'line 3: unknown family "" for Mines Alès',
      'line 5: mines ales is listed twice',
    ]);
    expect([...byName]).toEqual([['mines ales', 'mines']]);
  });

  it('parseFamilies("") gives no school and no problem', () => {
    expect(parseFamilies('')).toEqual({ byName: new Map(), problems: [] });
  });
});

describe('familyOf', () => {
  it('familyOf(byName, an unknown name) gives autre', () => {
    expect(familyOf(table.byName, 'École inconnue')).toBe('autre');
    expect(familyOf(new Map(), 'Mines Paris')).toBe('autre');
  });

  it.each([
    ['MINES ALES', 'mines'],
    ['mines alès', 'mines'],
    ['telecom lille 1', 'telecom'],
    ['polytech nantes', 'polytech'],
    ['Utc Compiegne', 'ut'],
  ])('familyOf(byName, %j) finds the school whatever the case and accents: %j', (name, family) => {
    expect(familyOf(table.byName, name)).toBe(family);
  });
});
