// data/lieux.csv: every school of the ranking once, by the app's own id, each place holding
// together (a region that is one of the 18 with its INSEE name and zone, a source on every row, a
// « lieu non vérifié » with nothing else), and each city in the region INSEE's Code officiel
// géographique gives it (the npm package @etalab/decoupage-administratif, read here only).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parsePlaces, REGIONS, UNVERIFIED } from '../../src/lib/data/places';
import { parseTable } from '../../src/lib/data/parse';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const CSV = read('../../data/lieux.csv');
const schools = parseTable(
  read('../../data/classement-ecoles-ingenieurs-international.txt'),
).schools;
const table = parsePlaces(CSV);
const require = createRequire(import.meta.url);
const cog = <T>(file: string): T =>
  JSON.parse(
    readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}`), 'utf8'),
  ) as T;

describe('data/lieux.csv', () => {
  it('has its header, LF line ends, one row per school of the ranking, and no problem', () => {
    expect(CSV.split('\n', 1)[0]).toBe('ecole,id,ville,region,code_region,zone,source,note');
    expect(CSV).not.toMatch(/\r/);
    expect(CSV.endsWith('\n')).toBe(true);
    expect(table.problems).toEqual([]);
    expect(table.byId.size).toBe(144);
  });

  it('keys every row by the school’s id as the app gives it, in the ranking’s order, once each', () => {
    expect([...table.byId.keys()]).toEqual(schools.map((s) => s.id));
    const names = CSV.trimEnd()
      .split('\n')
      .slice(1)
      .map((line) =>
        line.startsWith('"') ? line.slice(1, line.indexOf('"', 1)) : line.split(',')[0],
      );
    expect(names).toEqual(schools.map((s) => s.name));
  });

  it('names the 18 regions as INSEE does, with their zone', () => {
    const insee = cog<{ code: string; nom: string; zone: string }[]>('regions.json').filter(
      (r) => r.zone === 'metro' || r.zone === 'drom',
    );
    expect(REGIONS.map((r) => [r.code, r.name, r.zone])).toEqual(
      insee.map((r) => [r.code, r.nom, r.zone === 'metro' ? 'metropole' : 'outre-mer']),
    );
  });

  it('puts each city that is a commune in the region INSEE gives it', () => {
    type Commune = { nom: string; region: string; type: string };
    const regionsOf = new Map<string, Set<string>>();
    for (const c of cog<Commune[]>('communes.json')) {
      if (c.type !== 'commune-actuelle') continue;
      regionsOf.set(c.nom, (regionsOf.get(c.nom) ?? new Set()).add(c.region));
    }
    // Not communes of today, each said so in its row's note: a new town, two towns in one name,
    // and Évry (Essonne), since 2019 part of Évry-Courcouronnes (the commune named Évry today is
    // in the Yonne).
    const apart = new Set(['Marne-la-Vallée', 'Albi-Carmaux', 'Évry']);
    const wrong = [...table.byId].filter(
      ([, p]) => p.region !== '' && p.city !== '' && !apart.has(p.city),
    );
    expect(wrong.filter(([, p]) => !regionsOf.get(p.city)?.has(p.region))).toEqual([]);
    expect(wrong.length).toBeGreaterThan(80);
  });

  it('gives a source on every row, and nothing else on a « lieu non vérifié »', () => {
    for (const [id, p] of table.byId) {
      expect(p.source, id).not.toBe('');
      if (p.source === UNVERIFIED) expect([p.city, p.region, p.zone], id).toEqual(['', '', '']);
      else expect(p.city !== '' || p.region !== '', id).toBe(true);
    }
  });

  // Counted by hand from the file: 87 places the name states, 17 from a page, 40 not verified; 4 of
  // the 104 placed rows name several cities in several regions (ICAM, ESTACA, ESIEA, CESI).
  it('has 100 schools placed in one region, 4 in several, 40 not verified, none overseas', () => {
    const places = [...table.byId.values()];
    expect(places.filter((p) => p.source === 'nom')).toHaveLength(87);
    expect(places.filter((p) => p.source.startsWith('https://'))).toHaveLength(17);
    expect(places.filter((p) => p.region !== '')).toHaveLength(100);
    expect(places.filter((p) => p.source !== UNVERIFIED && p.region === '')).toHaveLength(4);
    expect(places.filter((p) => p.source === UNVERIFIED)).toHaveLength(40);
    expect(places.filter((p) => p.zone === 'outre-mer')).toHaveLength(0);
  });

  it.each([
    ['insa-lyon', 'Lyon', '84', 'nom'],
    ['mines-saint-etienne', 'Saint-Étienne', '84', 'nom'],
    ['ensi-caen', 'Caen', '28', 'nom'],
    // The name says Paris; the school is in Palaiseau today, and the note says so.
    ['enst-paris', 'Paris', '11', 'nom'],
    ['ecole-polytechnique', 'Palaiseau', '11', 'https://'],
    ['enst-bretagne', '', '53', 'nom'],
    ['ensam', '', '', UNVERIFIED],
  ])('places %s in %j, region %j, from %j', (id, city, region, source) => {
    const p = table.byId.get(id);
    expect([p?.city, p?.region, p?.source.slice(0, source.length)]).toEqual([city, region, source]);
  });
});

describe('parsePlaces', () => {
  const head = 'ecole,id,ville,region,code_region,zone,source,note\n';
  it.each([
    ['A,a,Lyon,Bretagne,84,metropole,nom,\n', 'line 2: region "Bretagne" is not 84\'s for A'],
    ['A,a,Lyon,X,99,metropole,nom,\n', 'line 2: unknown region "99" for A'],
    ['A,a,Lyon,,,,lieu non vérifié,\n', 'line 2: A is not verified but has a place'],
    ['A,a,Lyon,Auvergne-Rhône-Alpes,84,metropole,,\n', 'line 2: no source for A'],
    [
      'A,a,Lyon,Auvergne-Rhône-Alpes,84,metropole,souvenir,\n',
      'line 2: source "souvenir" is neither "nom" nor an address for A',
    ],
    ['A,,Lyon,Auvergne-Rhône-Alpes,84,metropole,nom,\n', 'line 2: no id for A'],
  ])('reports %j as %j and leaves the row out', (row, problem) => {
    const read = parsePlaces(head + row);
    expect(read.problems).toEqual([problem]);
    expect(read.byId.size).toBe(0);
  });
  it('reports a missing column once', () => {
    expect(parsePlaces('ecole,id\nA,a\n').problems).toEqual([
      'line 1: missing column(s) ville, region, code_region, zone, source, note',
    ]);
  });
});
