import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { rankSchools } from '../../src/lib/analysis/rank';
import type { School } from '../../src/lib/data/types';
import { toCsv } from '../../src/lib/export/csv';
import { describedBy, fileName } from '../../src/lib/export/filename';
import { csvwMetadata, exact, metadataJson, type DataFacts } from '../../src/lib/export/metadata';
import { readme, safeLine } from '../../src/lib/export/readme';
import { schoolTable } from '../../src/lib/export/table';
import { formatFor } from '../../src/lib/i18n/catalogues';
import { CATALOGUES } from '../i18n/shipped';
import { nb } from '../i18n/spaces';

const fr = CATALOGUES.fr;
const en = CATALOGUES.en;
const count = formatFor('fr').count;

/** Four schools by hand: two tied at 12 months, one at 10.5, one at 6. */
const school = (id: string, name: string, months: number, line: number): School => ({
  id,
  name,
  months,
  printedRank: null,
  line,
});
const tiny = rankSchools([
  school('alpha', 'Alpha', 12, 1),
  school('beta', 'Beta', 12, 2),
  school('gamma', 'Gamma', 10.5, 3),
  school('delta', 'Delta', 6, 4),
]).schools;
const table = schoolTable(tiny, fr.download.columns, () => 'Autres écoles');

const SHA = '6dc1c08156fc0e4b2a64bc634c319a7babeb48197f2d6fb6f88cfa6843081eda';
const CREATED = new Date(Date.UTC(2026, 11, 2, 0, 45, 7, 123));
const files = {
  csv: 'ecoles-international-tableau.csv',
  csvExcel: 'ecoles-international-tableau-point-virgule.csv',
  json: 'ecoles-international-tableau.json',
  metadata: 'ecoles-international-tableau.csv-metadata.json',
  readme: 'ecoles-international-tableau.LISEZMOI.txt',
};
const published: DataFacts = {
  whole: false,
  pageTitle: 'Les écoles d’ingénieurs les plus ouvertes à l’international',
  sourceTitle: 'Classement général "les plus ouvertes à l\'international"',
  own: null,
  sha256: SHA,
  link: 'https://example.org/ecoles/?q=a&v=6dc1c08156fc',
  created: CREATED,
  lang: 'fr',
  filter: nb('Filtre~: recherche «^a^»'),
  total: 144,
  // Sorted 6, 10.5, 12, 12: Q1 at 0.75 → 6 + 0.75 × 4.5 = 9.375; median at 1.5 → 11.25; Q3
  // at 2.25 → 12.
  quartiles: { q1: 9.375, median: 11.25, q3: 12, count: 4 },
  value: {
    name: 'Mois à l’étranger',
    header: 'Temps moyen passé à l’étranger par les étudiants (en mois)',
    unit: 'months',
    higher: true,
    own: false,
  },
  files,
};

type Column = { name: string; titles: string; datatype: string; 'dc:description': string };
const columnsOf = (meta: Record<string, unknown>): Column[] =>
  (meta.tableSchema as { columns: Column[] }).columns;

describe('csvwMetadata', () => {
  const meta = csvwMetadata(table, published, fr.dataFiles, count);

  it('describes the CSV it sits beside: title, which schools, source and its SHA-256, date, link', () => {
    expect(meta['@context']).toEqual(['http://www.w3.org/ns/csvw', { '@language': 'fr' }]);
    expect(meta.url).toBe('ecoles-international-tableau.csv');
    expect(meta['dc:title']).toBe(
      nb('Les écoles d’ingénieurs les plus ouvertes à l’international~: écoles affichées'),
    );
    expect(meta['dc:description']).toBe(nb('Filtre~: recherche «^a^» · 4~sur 144~écoles'));
    expect(meta['dc:source']).toEqual({
      'dc:title': 'Classement général "les plus ouvertes à l\'international"',
      'dc:description': nb(
        'Le classement tel que publié^; éditeur et année de publication non indiqués par la source, édition non datée.',
      ),
      'schema:sha256': SHA,
    });
    expect(meta['dc:created']).toEqual({
      '@value': '2026-12-02T00:45:07.123Z',
      '@type': 'xsd:dateTime',
    });
    expect(meta['dc:language']).toBe('fr');
    expect(meta['schema:url']).toBe('https://example.org/ecoles/?q=a&v=6dc1c08156fc');
    expect(meta.dialect).toEqual({
      encoding: 'utf-8',
      delimiter: ',',
      header: true,
      lineTerminators: ['\r\n'],
    });
  });

  it('lists exactly the CSV’s columns, titled as its header, typed, each defined', () => {
    const header = Papa.parse<string[]>(toCsv(table, 'comma').slice(1)).data[0];
    const columns = columnsOf(meta);
    expect(columns.map((c) => c.titles)).toEqual(header);
    expect(columns.map((c) => [c.name, c.datatype])).toEqual([
      ['rank', 'integer'],
      ['name', 'string'],
      ['months', 'number'],
      ['tieSize', 'integer'],
      ['tieFirst', 'integer'],
      ['tieLast', 'integer'],
      ['denseRank', 'integer'],
      ['fractionalRank', 'number'],
      ['percentile', 'number'],
      ['family', 'string'],
      ['position', 'integer'],
      ['id', 'string'],
      ['current', 'string'],
    ]);
    expect(columns[0]?.['dc:description']).toBe(
      nb(
        'Rang de compétition («^1224^»)~: 1 + le nombre d’écoles dont la valeur est strictement plus haute^; les ex æquo partagent le meilleur rang et le rang suivant saute.',
      ),
    );
    expect(columns[2]).toEqual({
      name: 'months',
      titles: 'Mois à l’étranger',
      datatype: 'number',
      'dc:description': nb(
        'Mois à l’étranger~: temps moyen passé à l’étranger par les étudiants, en mois (colonne «^Temps moyen passé à l’étranger par les étudiants (en mois)^» de la source), valeur exacte du classement, point décimal.',
      ),
      'schema:unitText': 'mois',
      'schema:unitCode': 'MON',
    });
    expect(columns.every((c) => c['dc:description'].length > 20)).toBe(true);
    expect((meta.tableSchema as { primaryKey: string }).primaryKey).toBe('id');
  });

  it('notes the rank convention and the R-7 quartiles of this file’s values, exactly', () => {
    const notes = meta.notes as { type: string; target: string; body: string }[];
    expect(notes.every((n) => n.type === 'Annotation' && n.target === files.csv)).toBe(true);
    expect(notes[0]?.body).toContain(nb('classement de compétition («^1224^»)'));
    expect(notes[0]?.body).toContain('reproduisent ceux imprimés dans le classement');
    expect(notes[1]?.body).toContain('méthode R-7');
    expect(notes[1]?.body).toContain(
      nb(
        'Sur les 4~valeurs de ce fichier~: premier quartile 9,375, médiane 11,25, troisième quartile 12.',
      ),
    );
    expect(notes[4]?.body).toContain(files.csvExcel);
    expect(notes[4]?.body).toContain(files.json);
  });

  it('says the whole table and its order when it holds every school', () => {
    const whole = csvwMetadata(
      table,
      { ...published, whole: true, filter: 'Toutes les écoles', total: 4 },
      fr.dataFiles,
      count,
    );
    expect(whole['dc:title']).toBe(
      nb('Les écoles d’ingénieurs les plus ouvertes à l’international~: tableau complet'),
    );
    expect(whole['dc:description']).toBe(nb('Toutes les écoles · 4~sur 4~écoles'));
    const notes = whole.notes as { body: string }[];
    expect(notes[3]?.body).toBe('Lignes dans l’ordre du classement (colonne Place).');
  });

  it('says a table the reader brought is theirs, by its name, with its unit and order', () => {
    const own = csvwMetadata(
      table,
      {
        ...published,
        own: 'mes-ecoles.csv',
        sourceTitle: 'mes-ecoles.csv',
        value: { name: 'Taux d’échec', header: 'Taux', unit: 'percent', higher: false, own: true },
      },
      en.dataFiles,
      count,
    );
    expect(own['dc:source']).toEqual({
      'dc:title': 'mes-ecoles.csv',
      'dc:description':
        'A table supplied by the reader (mes-ecoles.csv), read in their browser, not the published ranking.',
      'schema:sha256': SHA,
    });
    const columns = columnsOf(own);
    expect(columns[2]).toMatchObject({
      'dc:description':
        'Taux d’échec, in %: the file’s value (column “Taux” of the source), exact, decimal point; the lowest ranks first.',
      'schema:unitText': '%',
      'schema:unitCode': 'P1',
    });
    expect(columns[0]?.['dc:description']).toContain('strictly lower value');
    expect((own.notes as { body: string }[])[0]?.body).not.toContain('printed');
  });

  it('gives no unit to a value that has none, and no quartiles to a table with no value', () => {
    const empty = { ...table, rows: [] };
    const meta = csvwMetadata(
      empty,
      { ...published, quartiles: null, value: { ...published.value, unit: 'other', own: true } },
      en.dataFiles,
      count,
    );
    expect(columnsOf(meta)[2]).not.toHaveProperty('schema:unitText');
    expect(columnsOf(meta)[2]).not.toHaveProperty('schema:unitCode');
    expect((meta.notes as { body: string }[])[1]?.body).toMatch(/No value here\.$/);
  });
});

describe('hostile names', () => {
  const hostile = schoolTable(
    rankSchools([school('x', '=HYPERLINK("http://evil")', 3, 1)]).schools,
    { ...fr.download.columns, months: '=1+1' },
    () => '@SUM(A1)',
  );
  const facts: DataFacts = {
    ...published,
    own: '-cmd|calc.csv\n=2+2',
    sourceTitle: '-cmd|calc.csv\n=2+2',
    filter: '+x',
    value: { name: '=1+1', header: '=1+1', unit: 'count', higher: true, own: true },
  };

  it('keep the metadata’s JSON exact: names as they are, the title as the CSV writes it', () => {
    const json = metadataJson(hostile, facts, fr.dataFiles, count);
    const meta = JSON.parse(json) as Record<string, unknown>;
    expect((meta['dc:source'] as Record<string, string>)['dc:title']).toBe('-cmd|calc.csv\n=2+2');
    // The CSV's header cell is neutralised ('=1+1): the column's title must match it.
    expect(columnsOf(meta)[2]?.titles).toBe("'=1+1");
    const header = Papa.parse<string[]>(toCsv(hostile, 'comma').slice(1)).data[0];
    expect(columnsOf(meta).map((c) => c.titles)).toEqual(header);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('start no read-me line with a formula’s character', () => {
    const text = readme(hostile, facts, fr.dataFiles, count);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.filter((l) => /^[=+\-@\t\r]/.test(l))).toEqual([]);
    // The file's name broke a line: its second half starts a line, neutralised.
    expect(lines.filter((l) => l.startsWith("'=2+2"))).toHaveLength(2);
    expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  });

  it('safeLine quotes exactly the lines a spreadsheet would run (property)', () => {
    fc.assert(
      fc.property(fc.string(), (line) => {
        const safe = safeLine(line);
        expect(/^[=+\-@\t\r]/.test(safe)).toBe(false);
        expect(safe === line || safe === `'${line}`).toBe(true);
      }),
    );
  });
});

describe('readme', () => {
  it('says every fact on its line, then the columns and the notes, in the page’s language', () => {
    const lines = readme(table, published, fr.dataFiles, count).split('\r\n');
    expect(lines.slice(0, 8)).toEqual([
      nb('Les écoles d’ingénieurs les plus ouvertes à l’international~: écoles affichées'),
      '',
      nb('Fichier~: ecoles-international-tableau.csv'),
      nb('Contenu~: Filtre~: recherche «^a^» · 4~sur 144~écoles'),
      nb(
        'Source des données~: Classement général "les plus ouvertes à l\'international" (Le classement tel que publié^; éditeur et année de publication non indiqués par la source, édition non datée.)',
      ),
      nb(`SHA-256~du tableau source~: ${SHA}`),
      nb('Exporté le (UTC, ISO 8601)~: 2026-12-02T00:45:07.123Z'),
      nb(
        'Lien vers cette vue (avec la version des données)~: https://example.org/ecoles/?q=a&v=6dc1c08156fc',
      ),
    ]);
    expect(lines[9]).toBe('Colonnes');
    expect(lines[10]).toMatch(
      new RegExp(`^  ${nb('Rang \\(rank, nombre entier\\)~: Rang de compétition')}`),
    );
    expect(lines[12]).toMatch(
      new RegExp(`^  ${nb('Mois à l’étranger \\(months, nombre, mois\\)~: ')}`),
    );
    // The last column: today's name, after the twelve the file had before it.
    expect(lines[22]).toMatch(new RegExp(`^  ${nb('Nom actuel \\(current, texte\\)~: ')}`));
    expect(lines[23]).toBe('');
    expect(lines[24]).toBe('Conventions et méthodes');
    expect(lines.slice(25, 31).every((l) => l.startsWith('  '))).toBe(true);
    expect(lines).toHaveLength(32);
  });

  it('is in English on an English page', () => {
    const text = readme(
      schoolTable(tiny, en.download.columns, () => 'Other schools'),
      { ...published, lang: 'en', pageTitle: en.title, filter: 'All schools' },
      en.dataFiles,
      formatFor('en').count,
    );
    expect(text).toContain('File: ecoles-international-tableau.csv');
    expect(text).toContain(`SHA-256 of the source table: ${SHA}`);
    expect(text).toContain('  Rank (rank, whole number): Competition rank (“1224”)');
    expect(text).toContain('first quartile 9.375, median 11.25, third quartile 12.');
  });
});

describe('exact', () => {
  it.each([
    [10.5, ',', '10,5'],
    [95.1048951048951, '.', '95.1048951048951'],
    [1e21, ',', '1e+21'],
    [NaN, ',', ''],
  ])('exact(%d, %j) gives %j', (value, mark, expected) => {
    expect(exact(value, mark)).toBe(expected);
  });
});

describe('describedBy', () => {
  it('names the metadata where a CSVW processor looks, and the read-me beside it', () => {
    const csv = fileName(fr.download.files, 'table', 'csv', false, fr.dataFiles.fileWhole);
    expect(csv).toBe('ecoles-international-tableau-complet.csv');
    expect(describedBy(csv, fr.dataFiles.fileReadme)).toEqual({
      metadata: 'ecoles-international-tableau-complet.csv-metadata.json',
      readme: 'ecoles-international-tableau-complet.LISEZMOI.txt',
    });
    expect(describedBy('schools-abroad-table.csv', en.dataFiles.fileReadme).readme).toBe(
      'schools-abroad-table.README.txt',
    );
    expect(describedBy('x.csv', '../ é').readme).toBe('x.README.txt');
  });
});
