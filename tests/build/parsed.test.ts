// The bundled files read at build time (scripts/parsed.mjs, through src/bundled.ts as the app
// imports it) are exactly what the parser gives for the same files read here at run time: the
// table, its dataset, the families and today's names; the seed's text and the profiles load as the
// files hold them, and the regions' outline as projected here. Then the plugin's own helpers, with
// expectations by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../src/bundled';
import { buildDataset } from '../../src/lib/dataset';
import { datasetOf } from '../../src/lib/ranked';
import { parseTable } from '../../src/lib/data/parse';
import { parseFamilies } from '../../src/lib/data/families';
import { parseCurrentNames } from '../../src/lib/data/names';
import { createExplorer } from '../../src/lib/model/explorer.svelte';
import { literalModule, parsedRequest } from '../../scripts/parsed.mjs';
import { projectOutline, regionFeatures } from '../../src/lib/charts/map-outline';
import { explorerOf } from '../explorer';

const file = (name: string): string => readFileSync(`data/${name}`, 'utf8');
const seed = file('classement-ecoles-ingenieurs-international.txt');

describe('src/bundled.ts, read at build time', () => {
  it('holds parseTable(seed) exactly but its preview, and so the dataset buildDataset(seed) gives', () => {
    const read = parseTable(seed);
    expect(read.meta.preview).toHaveLength(8);
    // The parser's schools hold room for their ranks (undefined until ranked: ParsedSchool), which
    // JSON cannot carry: the build keeps each school's five fields.
    const schools = read.schools.map(({ id, name, months, printedRank, line }) => ({
      id,
      name,
      months,
      printedRank,
      line,
    }));
    expect(bundled.table.parsed).toStrictEqual({
      ...read,
      schools,
      meta: { ...read.meta, preview: [] },
    });
    const { meta, ...dataset } = datasetOf(bundled.table.parsed);
    const { meta: wholeMeta, ...whole } = buildDataset(seed);
    expect(dataset).toStrictEqual(whole);
    expect(meta).toStrictEqual({ ...wholeMeta, preview: [] });
    expect(bundled.table.parsed.schools).toHaveLength(144);
    expect(bundled.table.source).toBe('data/classement-ecoles-ingenieurs-international.txt');
  });

  it('holds the families and the current names as parseFamilies and parseCurrentNames read them', () => {
    expect(bundled.families).toStrictEqual(parseFamilies(file('familles.csv')).byName);
    const read = parseCurrentNames(file('noms-actuels.csv')).byName;
    // Today's names at start; the notes on each change load with the profiles.
    expect(bundled.names).toStrictEqual(
      new Map([...read].map(([name, { current }]) => [name, { current }])),
    );
    expect(bundled.families.size).toBe(144);
    expect(bundled.names.get('enst paris')?.current).toBe('Télécom Paris');
  });

  it('loads the seed’s text, the profiles and the notes on renamed schools as the files hold them', async () => {
    expect(await bundled.table.text()).toBe(seed);
    expect(await bundled.profiles()).toStrictEqual(JSON.parse(file('profils.json')));
    const notes = new Map(await bundled.notes());
    expect(notes.size).toBe(parseCurrentNames(file('noms-actuels.csv')).byName.size);
    expect(notes.get('enst paris')?.fr).toBe(
      'École nationale supérieure des télécommunications (ENST), puis Télécom ParisTech, Télécom Paris depuis 2019.',
    );
  });

  it('loads the regions’ outline projected as projectOutline projects the TopoJSON read here', async () => {
    const outline = await bundled.outline();
    expect(outline).toStrictEqual(
      projectOutline(regionFeatures(JSON.parse(file('regions-metropole.json')))),
    );
    expect(outline.width).toBe(720);
    expect(outline.regions.find((r) => r.code === '53')?.name).toBe('Bretagne');
  });

  it('gives the same explorer as the texts read at run time', async () => {
    const built = createExplorer(bundled);
    const read = explorerOf();
    expect(built.all).toStrictEqual(read.all);
    expect(built.index.keys).toStrictEqual(read.index.keys);
    expect(built.familyOptions).toStrictEqual(read.familyOptions);
    expect(built.renamed).toStrictEqual(read.renamed);
    await Promise.all([built.loadProfiles(), read.loadProfiles()]);
    const mines = built.school('mines-saint-etienne');
    if (!mines) throw new Error('no Mines Saint-Etienne');
    expect(built.facts(mines)?.facts).toHaveLength(8);
    expect(built.facts(mines)).toStrictEqual(read.facts(mines));
  });
});

describe('literalModule', () => {
  it('literalModule({ a: [1, "b", null] }) exports the value as JSON', () => {
    expect(literalModule({ a: [1, 'b', null] }, 'x')).toBe('export default {"a":[1,"b",null]};\n');
  });

  it.each([
    ['an undefined field', { a: undefined }],
    ['NaN', [Number.NaN]],
    ['-0', { months: -0 }],
    ['a Map', new Map([['a', 1]])],
    ['undefined', undefined],
  ])('refuses %s, which JSON would not give back', (_what, value) => {
    expect(() => literalModule(value, 'data/x.txt read as table')).toThrow(
      'parsed: data/x.txt read as table gives a value that JSON does not carry exactly',
    );
  });
});

describe('parsedRequest', () => {
  it.each([
    [
      '/app/data/familles.csv?parsed=families',
      { file: '/app/data/familles.csv', kind: 'families' },
    ],
    ['/app/data/a.txt?parsed=table', { file: '/app/data/a.txt', kind: 'table' }],
    ['/app/data/a.txt?import&parsed=table', { file: '/app/data/a.txt', kind: 'table' }],
    ['/app/data/a.txt?raw', null],
    ['/app/data/a.txt', null],
    ['/app/data/a.txt?parsed=', null],
  ])('parsedRequest(%s) gives %j', (id, expected) => {
    expect(parsedRequest(id)).toEqual(expected);
  });
});
