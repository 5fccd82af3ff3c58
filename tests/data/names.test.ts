import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentNameOf, parseCurrentNames, renamings } from '../../src/lib/data/names';
import { parseTable } from '../../src/lib/data/parse';
import { buildDataset } from '../../src/lib/dataset';
import { filterIndex, filterSchools, emptyFilter } from '../../src/lib/analysis/filter';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const CSV = read('../../data/noms-actuels.csv');
const RANKING = read('../../data/classement-ecoles-ingenieurs-international.txt');
const table = parseCurrentNames(CSV);
const ranked = buildDataset(RANKING).ranking.schools;

describe('data/noms-actuels.csv', () => {
  it('has the header ecole,nom_actuel,note,note_en, LF line ends and 21 rows, no problem', () => {
    expect(CSV.split('\n', 1)[0]).toBe('ecole,nom_actuel,note,note_en');
    expect(CSV).not.toMatch(/\r/);
    expect(CSV.endsWith('\n')).toBe(true);
    expect(table.problems).toEqual([]);
    expect(table.byName.size).toBe(21);
  });

  it('names only schools printed in the ranking, exactly as printed and in the ranking’s order', () => {
    const printed = parseTable(RANKING).schools.map((s) => s.name);
    const inCsv = CSV.trimEnd()
      .split('\n')
      .slice(1)
      .map((line) =>
        line.startsWith('"') ? line.slice(1, line.indexOf('"', 1)) : line.split(',')[0],
      );
    expect(inCsv.filter((n) => !printed.includes(n ?? ''))).toEqual([]);
    const order = inCsv.map((n) => printed.indexOf(n ?? ''));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(inCsv).toHaveLength(21);
  });

  it('gives every renamed school a current name that differs, and a note in French and English', () => {
    for (const [key, entry] of table.byName) {
      expect(entry.current, key).not.toBe('');
      expect(entry.note?.fr, key).not.toBe('');
      expect(entry.note?.en, key).not.toBe('');
      expect(entry.note?.fr, key).not.toBe(entry.note?.en);
    }
  });

  it.each([
    ['ENST Paris', 'Télécom Paris'],
    ['ENST Bretagne', 'IMT Atlantique'],
    ['Mines Nantes', 'IMT Atlantique'],
    ['Mines Douai', 'IMT Nord Europe'],
    ['Télécom Lille 1', 'IMT Nord Europe'],
    ['SUPELEC', 'CentraleSupélec'],
    ['Centrale Paris', 'CentraleSupélec'],
    ['ENSAM', 'Arts et Métiers'],
  ])('currentNameOf(%j) is %j', (name, current) => {
    expect(currentNameOf(table.byName, name)?.current).toBe(current);
  });

  it('keeps ENST Paris’s history as seed 003 has it (Télécom ParisTech, then Télécom Paris)', () => {
    expect(currentNameOf(table.byName, 'enst  paris')?.note?.fr).toBe(
      'École nationale supérieure des télécommunications (ENST), puis Télécom ParisTech, Télécom Paris depuis 2019.',
    );
  });

  it('leaves out what is not certain (ENSIETA: ENSTA Bretagne in 2010, then a merger into ENSTA)', () => {
    expect(currentNameOf(table.byName, 'ENSIETA')).toBeUndefined();
    expect(currentNameOf(table.byName, 'Mines Saint-Etienne')).toBeUndefined();
  });
});

describe('parseCurrentNames', () => {
  it('reports rows it cannot use, with their line, and keeps the others', () => {
    const csv =
      'ecole,nom_actuel,note,note_en\nA,A2,n,m\n,B2,n,m\nC,,n,m\na,A3,n,m\n"D, E",F,"x\ny",z\n';
    const t = parseCurrentNames(csv);
    expect([...t.byName.keys()]).toEqual(['a', 'd e']);
    expect(t.byName.get('d e')).toEqual({ current: 'F', note: { fr: 'x\ny', en: 'z' } });
    expect(t.problems).toEqual([
      'line 3: no school name',
      'line 4: no current name for C',
      'line 5: a is listed twice',
    ]);
  });

  it('reads the columns in any order and reports missing ones', () => {
    expect(parseCurrentNames('note_en,note,nom_actuel,ecole\nm,n,B,A\n').byName.get('a')).toEqual({
      current: 'B',
      note: { fr: 'n', en: 'm' },
    });
    expect(parseCurrentNames('ecole,nom\nA,B\n').problems).toEqual([
      'line 1: missing column(s) nom_actuel, note, note_en',
    ]);
    expect(parseCurrentNames('').byName.size).toBe(0);
  });
});

describe('search by either name', () => {
  const index = filterIndex(
    ranked,
    () => 'autre',
    (s) => {
      const c = currentNameOf(table.byName, s.name);
      return c ? [c.current] : [];
    },
  );
  const found = (query: string): string[] =>
    filterSchools(ranked, { ...emptyFilter, query }, index).map((s) => s.name);

  it('“telecom paris” finds ENST Paris (and INT Evry: Télécom SudParis holds “paris”)', () => {
    expect(found('telecom paris')).toEqual(['ENST Paris', 'INT Evry']);
  });

  it('“IMT Atlantique” finds ENST Bretagne and Mines Nantes', () => {
    expect(found('IMT Atlantique')).toEqual(['Mines Nantes', 'ENST Bretagne']);
  });

  it('“centralesupelec” finds Centrale Paris and SUPELEC; the old names still work', () => {
    expect(found('centralesupelec')).toEqual(['Centrale Paris', 'SUPELEC']);
    expect(found('enst bretagne')).toEqual(['ENST Bretagne']);
  });
});

describe('renamings', () => {
  const csv = [
    'ecole,nom_actuel,note,note_en',
    'Centrale Paris,CentraleSupélec,,',
    'SUPELEC,CentraleSupélec,,',
    'ENST Paris,Télécom Paris,,',
  ].join('\n');
  const { byName } = parseCurrentNames(csv);

  it('groups the renamed schools by today’s name, in the ranking’s order, and leaves the others', () => {
    expect(renamings(['SUPELEC', 'CPE Lyon', 'ENST  paris', 'Centrale Paris'], byName)).toEqual([
      { current: 'CentraleSupélec', former: ['SUPELEC', 'Centrale Paris'] },
      { current: 'Télécom Paris', former: ['ENST  paris'] },
    ]);
  });

  it('gives nothing for no renamed school, or no names', () => {
    expect(renamings(['CPE Lyon'], byName)).toEqual([]);
    expect(renamings([], byName)).toEqual([]);
    expect(renamings(['SUPELEC'], new Map())).toEqual([]);
  });
});
