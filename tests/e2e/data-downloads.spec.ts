// Full and shown data (issue 15, part 7): the schools shown and the whole table download as CSV,
// each with its CSVW metadata (JSON) and a read-me (text) in the page's language, which name the
// source and its SHA-256 (the one the methodology page states), the columns of the CSV exactly,
// the rank convention and the quartile method with the file's quartiles, the filter, the day of
// export and the view's link with the data's version. In French and English; axe-clean.
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { names, open, rows, axeOf } from './page';
import { download } from './download';
import { DATA_VERSION, seedRows } from './seed';

type Words = typeof fr;

/** The SHA-256 of the published file, worked out here from its bytes. */
const FILE_SHA = createHash('sha256')
  .update(readFileSync('data/classement-ecoles-ingenieurs-international.txt'))
  .digest('hex');

/** A CSV file's rows of cells (its BOM checked and removed). */
function csvRows(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

interface Csvw {
  '@context': unknown;
  url: string;
  'dc:title': string;
  'dc:description': string;
  'dc:source': { 'dc:title': string; 'dc:description': string; 'schema:sha256': string };
  'dc:created': { '@value': string; '@type': string };
  'schema:url': string;
  tableSchema: { columns: { name: string; titles: string; datatype: string }[] };
  notes: { body: string }[];
}

/** R-7 quantile of values sorted ascending: interpolated at (n − 1)·p. */
function r7(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? NaN;
  return a + (h - lo) * (b - a);
}

/** The SHA-256 the methodology page states. */
async function statedSha(page: Page, lang: 'fr' | 'en'): Promise<string> {
  await open(page, `./?page=methode${lang === 'en' ? '&lang=en' : ''}`);
  const sha = (await page.locator('[data-figure="sha256"]').textContent())?.trim() ?? '';
  expect(sha).toBe(FILE_SHA);
  return sha;
}

/** Downloads a group's CSV, metadata and read-me; checks what every description must say. */
async function described(
  page: Page,
  t: Words,
  group: string,
  file: { csv: string; metadata: string; readme: string },
  sha: string,
) {
  const csv = await download(page, group, t.download.csv);
  expect(csv.name).toBe(file.csv);
  const data = csvRows(csv.bytes);
  const meta = await download(page, group, t.dataFiles.metadata);
  expect(meta.name).toBe(file.metadata);
  const json = JSON.parse(meta.bytes.toString('utf8')) as Csvw;
  expect(json['@context']).toEqual(['http://www.w3.org/ns/csvw', { '@language': t.lang }]);
  expect(json.url).toBe(file.csv);
  // Exactly the CSV's columns, in its order.
  expect(json.tableSchema.columns.map((c) => c.titles)).toEqual(data[0]);
  expect(json.tableSchema.columns.map((c) => c.name)).toEqual(Object.keys(t.download.columns));
  expect(json['dc:source']['schema:sha256']).toBe(sha);
  expect(json['dc:source']['dc:title']).toBe(
    'Classement général "les plus ouvertes à l\'international"',
  );
  // Made now: today's date, a few seconds ago.
  const created = json['dc:created']['@value'];
  expect(created.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
  expect(Math.abs(Date.parse(created) - Date.now())).toBeLessThan(120_000);
  expect(json['schema:url']).toContain(`v=${DATA_VERSION}`);
  expect(json.notes.map((n) => n.body).join(' ')).toContain('R-7');
  expect(json.notes.map((n) => n.body).join(' ')).toContain('1224');

  const readme = await download(page, group, t.dataFiles.readme);
  expect(readme.name).toBe(file.readme);
  const text = readme.bytes.toString('utf8');
  const lines = text.split('\r\n');
  expect(lines.filter((l) => /^[=+\-@\t\r]/.test(l))).toEqual([]);
  expect(text).toContain(sha);
  expect(text).toContain(file.csv);
  expect(text).toContain(created.slice(0, 10));
  expect(text).toContain(json['schema:url']);
  for (const title of data[0] ?? []) expect(text).toContain(`  ${title} (`);
  return { data, json, text };
}

test('French: the schools shown after a filter, and the whole table, each described', async ({
  page,
}) => {
  const sha = await statedSha(page, 'fr');
  await open(page, './?q=centrale&sort=-months');
  const shown = await names(rows(page)).allTextContents();
  expect(shown).toHaveLength(6);

  const part = await described(
    page,
    fr,
    fr.download.table,
    {
      csv: 'ecoles-international-tableau.csv',
      metadata: 'ecoles-international-tableau.csv-metadata.json',
      readme: 'ecoles-international-tableau.LISEZMOI.txt',
    },
    sha,
  );
  expect(part.data).toHaveLength(1 + shown.length);
  expect(part.data.slice(1).map((r) => r[1])).toEqual(shown.map((s) => s.trim()));
  expect(part.json['dc:description']).toBe(
    'Filtre\u00a0: recherche «\u202fcentrale\u202f» · 6\u00a0sur 144\u00a0écoles',
  );
  expect(part.json['schema:url']).toContain('q=centrale');
  expect(part.text).toContain('Colonnes');
  // The quartiles of the six schools shown, worked out here.
  const six = part.data
    .slice(1)
    .map((r) => Number(r[2]))
    .sort((a, b) => a - b);
  expect(part.text).toContain(
    `premier quartile ${String(r7(six, 0.25)).replace('.', ',')}, médiane ${String(r7(six, 0.5)).replace('.', ',')}, troisième quartile ${String(r7(six, 0.75)).replace('.', ',')}.`,
  );

  const whole = await described(
    page,
    fr,
    fr.dataFiles.whole('144'),
    {
      csv: 'ecoles-international-tableau-complet.csv',
      metadata: 'ecoles-international-tableau-complet.csv-metadata.json',
      readme: 'ecoles-international-tableau-complet.LISEZMOI.txt',
    },
    sha,
  );
  expect(whole.data).toHaveLength(145);
  // Ranking order, whatever the table's sort: the published names, ranks and months.
  expect(whole.data.slice(1).map((r) => [r[1], Number(r[0]), Number(r[2])])).toEqual(
    seedRows().map((s) => [s.name, s.rank, s.months]),
  );
  expect(whole.json['dc:description']).toBe('Toutes les écoles · 144\u00a0sur 144\u00a0écoles');
  // Its link is the same view over the whole table: the sort stays, the search goes.
  const link = new URL(whole.json['schema:url']);
  expect([link.searchParams.get('q'), link.searchParams.get('sort')]).toEqual([null, '-months']);
  expect(link.searchParams.get('v')).toBe(DATA_VERSION);
  const all = seedRows()
    .map((s) => s.months)
    .sort((a, b) => a - b);
  const quartiles = [0.25, 0.5, 0.75].map((p) => String(r7(all, p)).replace('.', ','));
  expect(whole.text).toContain(
    `premier quartile ${quartiles[0]}, médiane ${quartiles[1]}, troisième quartile ${quartiles[2]}.`,
  );

  const axe = await axeOf(page)
    .include('section[aria-labelledby="table-heading"] .downloads')
    .analyze();
  expect(axe.violations).toEqual([]);
});

test('English: the files are named and described in English', async ({ page }) => {
  const sha = await statedSha(page, 'en');
  await open(page, './?lang=en&fam=mines');
  const shown = 7;
  await expect(
    page.getByRole('table', { name: en.table.caption }).locator('tbody tr[data-id]:not([hidden])'),
  ).toHaveCount(shown);
  const part = await described(
    page,
    en,
    en.download.table,
    {
      csv: 'schools-abroad-table.csv',
      metadata: 'schools-abroad-table.csv-metadata.json',
      readme: 'schools-abroad-table.README.txt',
    },
    sha,
  );
  expect(part.data).toHaveLength(1 + shown);
  expect(part.json['dc:description']).toBe('Filter: family: Mines · 7 of 144 schools');
  expect(part.json['schema:url']).toContain('lang=en');
  expect(part.text).toContain(`SHA-256 of the source table: ${sha}`);
  expect(part.text).toContain('  Rank (rank, whole number): Competition rank (“1224”)');

  const whole = await described(
    page,
    en,
    en.dataFiles.whole('144'),
    {
      csv: 'schools-abroad-table-full.csv',
      metadata: 'schools-abroad-table-full.csv-metadata.json',
      readme: 'schools-abroad-table-full.README.txt',
    },
    sha,
  );
  expect(whole.data).toHaveLength(145);
  expect(whole.json['dc:title']).toBe(`${en.title}: whole table`);

  const axe = await axeOf(page)
    .include('section[aria-labelledby="table-heading"] .downloads')
    .analyze();
  expect(axe.violations).toEqual([]);
});

test('a table the reader loads: its files say it is theirs, by its name, with its SHA-256', async ({
  page,
}) => {
  const text = 'Rang;École;Mois\n1;Alpha;8,5\n2;@SUM(1);6\n2;Gamma;6\n4;Delta;2\n';
  const name = '-mes-ecoles.csv';
  await open(page);
  await page.getByRole('button', { name: 'Charger un tableau' }).click();
  await page
    .getByRole('region', { name: 'Explorer votre propre tableau' })
    .getByLabel('Choisir un fichier')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await expect(page.locator('html')).toHaveAttribute('data-rows', '4', { timeout: 20_000 });

  const csv = csvRows((await download(page, fr.download.table, fr.download.csv)).bytes);
  expect(csv.map((r) => r[1])).toEqual(['École', 'Alpha', "'@SUM(1)", 'Gamma', 'Delta']);
  const meta = JSON.parse(
    (await download(page, fr.download.table, fr.dataFiles.metadata)).bytes.toString('utf8'),
  ) as Csvw;
  expect(meta['dc:source']).toEqual({
    'dc:title': name,
    'dc:description': `Un tableau fourni par le lecteur (${name}), lu dans son navigateur, et non le classement publié.`,
    'schema:sha256': createHash('sha256').update(text).digest('hex'),
  });
  expect(meta.tableSchema.columns.map((c) => c.titles)).toEqual(csv[0]);
  // Sorted 2, 6, 6, 8.5: Q1 at 0.75 → 5; median 6; Q3 at 2.25 → 6.625.
  expect(meta.notes[1]?.body).toContain('premier quartile 5, médiane 6, troisième quartile 6,625.');
  const readme = (await download(page, fr.download.table, fr.dataFiles.readme)).bytes.toString(
    'utf8',
  );
  expect(readme.split('\r\n').filter((l) => /^[=+\-@\t\r]/.test(l))).toEqual([]);
  expect(readme).toContain(`(${name})`);
});
