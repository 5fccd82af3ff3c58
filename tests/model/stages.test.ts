import { describe, expect, it } from 'vitest';
import {
  familyCounts,
  familyLabels,
  familyOptions,
  foldOnce,
  idSet,
  indexById,
  knownOf,
  INDEXED_SCHOOLS,
  schoolLookup,
  renamingsOf,
} from '../../src/lib/model/stages';
import type { RankedSchool } from '../../src/lib/analysis/types';

const school = (id: string, family: string) =>
  ({ id, name: id, family }) as unknown as RankedSchool;
const list = [school('a', 'mines'), school('b', 'mines'), school('c', 'insa'), school('d', '')];
const fam = (s: RankedSchool) => (s as unknown as { family: string }).family;

describe('stages', () => {
  it('indexById(schools) finds each school by its id', () => {
    const byId = indexById(list);
    expect([...byId.keys()]).toEqual(['a', 'b', 'c', 'd']);
    expect(byId.get('c')).toBe(list[2]);
  });

  it('familyCounts counts the schools of each family, the unclassed under ""', () => {
    expect([...familyCounts(list, fam)]).toEqual([
      ['mines', 2],
      ['insa', 1],
      ['', 1],
    ]);
  });

  it('familyOptions lists the families with schools, in the families file order, or none for one', () => {
    const two = familyOptions(familyCounts(list, fam), 'fr');
    expect(two.map((o) => [o.id, o.count])).toEqual(
      [
        ['insa', 1],
        ['mines', 2],
      ].sort((x, y) => two.findIndex((o) => o.id === x[0]) - two.findIndex((o) => o.id === y[0])),
    );
    expect(two.map((o) => o.label)).toEqual(two.map((o) => familyLabels('fr').get(o.id)));
    expect(familyOptions(new Map([['mines', 3]]), 'fr')).toEqual([]);
  });

  it('knownOf names the ids given and every family', () => {
    const known = knownOf(new Set(['a', 'b']));
    expect(known.ids?.has('a')).toBe(true);
    expect(known.ids?.has('c')).toBe(false);
    expect(known.families?.has('mines')).toBe(true);
    expect(known.families?.has('a')).toBe(false);
    expect(idSet(list).has('d')).toBe(true);
  });

  it('schoolLookup finds a school by id, through a Map or, past INDEXED_SCHOOLS, a scan', () => {
    const many = Array.from(
      { length: INDEXED_SCHOOLS + 1 },
      (_, i) => ({ id: `s-${i}`, name: `S ${i}` }) as unknown as RankedSchool,
    );
    for (const schools of [list, many]) {
      const find = schoolLookup(schools);
      for (const s of [schools[0], schools[schools.length - 1]]) expect(find(s?.id ?? '')).toBe(s);
      expect(find('nowhere')).toBeUndefined();
    }
  });
});

describe('foldOnce and renamingsOf', () => {
  const named = (name: string, i = 0) =>
    ({ id: name, name, position: i + 1 }) as unknown as RankedSchool;
  it('foldOnce folds a school’s name once and keeps it: "École des Ponts" → "ecole des ponts"', () => {
    const s = named('École des Ponts');
    const fold = foldOnce([s]);
    expect(fold(s)).toBe('ecole des ponts');
    (s as { name: string }).name = 'changed';
    expect(fold(s)).toBe('ecole des ponts');
  });
  it('foldOnce folds a school of another table each time', () => {
    const fold = foldOnce([named('A')]);
    const other = named('Été');
    expect(fold(other)).toBe('ete');
    (other as { name: string }).name = 'Hiver';
    expect(fold(other)).toBe('hiver');
  });
  it('renamingsOf groups the renamed schools by today’s name, in ranked order', () => {
    const today = (current: string) => ({ current, note: { fr: '', en: '' } });
    const byName = new Map([
      ['eni val de loire', today('INSA CVL')],
      ['ensi bourges', today('INSA CVL')],
      ['telecom paristech', today('Télécom Paris')],
    ]);
    const schools = ['ENSI Bourges', 'Mines Albi', 'Télécom ParisTech', 'ENI Val-de-Loire'].map(
      (name, i) => named(name, i),
    );
    const fold = foldOnce(schools);
    expect(renamingsOf(schools, (s) => byName.get(fold(s)))).toEqual([
      { current: 'INSA CVL', former: ['ENSI Bourges', 'ENI Val-de-Loire'] },
      { current: 'Télécom Paris', former: ['Télécom ParisTech'] },
    ]);
  });
});
