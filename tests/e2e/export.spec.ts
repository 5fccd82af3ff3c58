import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { fr } from '../../src/lib/i18n/fr';
import { names, open, rows, unfold } from './page';
import { seedRows } from './seed';
import { download, pngPixels, pngSize, svgInfo } from './download';
import { nb } from '../i18n/spaces';
import { DATA_VERSION } from './seed';

const charts = [
  { title: fr.ranking.heading, file: 'classement', svg: 'svg[role="img"]:has(.rows)' },
  { title: fr.histogram.heading, file: 'histogramme', svg: 'svg[role="img"]:has(.bars)' },
  { title: fr.strip.heading, file: 'points', svg: 'svg[role="img"]:has(.dots)' },
] as const;

/** The download group of a chart, by its title. */
const group = (title: string): string => fr.download.chart(title);
/** The accent colour of the light theme, #1f5fa8. */
const ACCENT = [0x1f, 0x5f, 0xa8] as const;

for (const chart of charts) {
  test(`“${chart.title}”: SVG and PNG stand alone, with title, filter, legend, source and link`, async ({
    page,
  }) => {
    await open(page, './?min=3&max=5&fam=mines&pick=mines-douai');
    const onScreen = Number(await page.locator(chart.svg).getAttribute('width'));
    const box = await page.locator(chart.svg).boundingBox();
    expect(Math.round(box?.width ?? 0)).toBe(onScreen);

    // SVG: well-formed, sized, with every part of its story, and nothing from the page's CSS.
    const svg = await download(page, group(chart.title), fr.download.svg);
    expect(svg.name).toBe(`ecoles-international-${chart.file}.svg`);
    const text = svg.bytes.toString('utf8');
    const info = await svgInfo(page, text);
    expect(info.error).toBeNull();
    expect(info.namespace).toBe('http://www.w3.org/2000/svg');
    expect(info.width).toBe(String(onScreen));
    expect(info.viewBox).toBe(`0 0 ${onScreen} ${info.height}`);
    expect(info.title).toBe(chart.title);
    const words = info.lines.join(' ');
    expect(words).toContain(chart.title);
    expect(words).toContain(nb('Filtre~: de 3~à 5~mois^; famille Mines · 2~sur 144~écoles'));
    expect(words).toContain(fr.source);
    expect(info.lines.join('').replaceAll(' ', '')).toContain(nb(`Lien~:${page.url()}`));
    if (chart.file !== 'histogramme') {
      expect(words).toContain('Mines Douai (choisie pour la comparaison)');
    }
    expect(text).not.toMatch(/\sclass=|\sstyle=|var\(|<link|@import|url\(http/);
    // The page's background token, resolved (the build writes it #fff).
    expect(text).toMatch(/<rect width="\d+" height="\d+" fill="#fff(fff)?"\/>/);

    // PNG: twice the chart's width on screen, and really drawn.
    const png = await download(page, group(chart.title), fr.download.png);
    expect(png.name).toBe(`ecoles-international-${chart.file}.png`);
    expect(pngSize(png.bytes)).toEqual({ width: 2 * onScreen, height: 2 * Number(info.height) });
    const pixels = await pngPixels(page, png.bytes, ACCENT);
    expect(pixels.corner).toEqual([255, 255, 255, 255]);
    expect(pixels.colours).toBeGreaterThan(50);
    expect(pixels.matching).toBeGreaterThan(40);
    await expect(
      page.getByRole('group', { name: group(chart.title) }).getByRole('status'),
    ).toHaveText(`Téléchargé : ecoles-international-${chart.file}.png`);
  });
}

test('dark theme: the image keeps the dark colours it was drawn in', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  const svg = await download(page, group(fr.histogram.heading), fr.download.svg);
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/<rect width="\d+" height="\d+" fill="#111418"\/>/);
  expect(text).toContain('fill="rgb(110, 168, 254)"');
  const png = await download(page, group(fr.histogram.heading), fr.download.png);
  const pixels = await pngPixels(page, png.bytes, [110, 168, 254]);
  expect(pixels.corner).toEqual([0x11, 0x14, 0x18, 255]);
  expect(pixels.matching).toBeGreaterThan(1000);
});

/** A CSV file → its rows of cells, after checking and removing the BOM. */
function csvRows(bytes: Buffer, delimiter: ',' | ';'): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const table = fr.download.table;
const fileText = (file: { bytes: Buffer }): string => file.bytes.toString('utf8');

test('the table as CSV (both dialects) and JSON: every school, every rank, full precision', async ({
  page,
}) => {
  await open(page);
  const comma = await download(page, table, fr.download.csv);
  expect(comma.name).toBe('ecoles-international-tableau.csv');
  const data = csvRows(comma.bytes, ',');
  expect(data).toHaveLength(145);
  expect(data[0]).toEqual(Object.values(fr.download.columns));
  const body = data.slice(1);
  // Name, rank and months of every school, as published.
  expect(body.map((r) => [r[1], Number(r[0]), Number(r[2])])).toEqual(
    seedRows().map((s) => [s.name, s.rank, s.months]),
  );
  // 4 schools at 12 months share rank 1; 32 at 6 months share rank 34, positions 34 to 65.
  const at = (months: string) => body.filter((r) => r[2] === months);
  expect(at('12').map((r) => r.slice(0, 1).concat(r.slice(3, 6)))).toEqual(
    Array(4).fill(['1', '4', '1', '4']),
  );
  expect(at('6').map((r) => r.slice(0, 1).concat(r.slice(3, 6)))).toEqual(
    Array(32).fill(['34', '32', '34', '65']),
  );
  expect(body[7]).toEqual([
    '8',
    'Centrale Paris',
    '10.5',
    '1',
    '8',
    '8',
    '3',
    '8',
    '95.1048951048951',
    'Centrale',
    '8',
    'centrale-paris',
    // Today's name, the last column.
    'CentraleSupélec',
  ]);

  const semicolon = await download(page, table, fr.download.csvExcel);
  expect(semicolon.name).toBe('ecoles-international-tableau-point-virgule.csv');
  const french = csvRows(semicolon.bytes, ';');
  expect(french).toHaveLength(145);
  expect(french[8]).toEqual(
    '8;Centrale Paris;10,5;1;8;8;3;8;95,1048951048951;Centrale;8;centrale-paris;CentraleSupélec'.split(
      ';',
    ),
  );
  expect(semicolon.bytes.toString('utf8')).not.toMatch(/\d\.\d/);

  const json = await download(page, table, fr.download.json);
  expect(json.name).toBe('ecoles-international-tableau.json');
  const parsed = JSON.parse(json.bytes.toString('utf8')) as {
    count: number;
    total: number;
    filter: string;
    link: string;
    schools: Record<string, unknown>[];
  };
  expect(parsed).toMatchObject({
    count: 144,
    total: 144,
    filter: 'Toutes les écoles',
    link: page.url(),
  });
  expect(parsed.schools[7]).toEqual({
    rank: 8,
    name: 'Centrale Paris',
    months: 10.5,
    tieSize: 1,
    tieFirst: 8,
    tieLast: 8,
    denseRank: 3,
    fractionalRank: 8,
    percentile: 95.1048951048951,
    family: 'Centrale',
    position: 8,
    id: 'centrale-paris',
    current: 'CentraleSupélec',
  });
  expect(parsed.schools.filter((s) => s.months === 6).every((s) => s.rank === 34)).toBe(true);
});

test('a filtered, sorted table downloads as shown: the same schools in the same order', async ({
  page,
}) => {
  await open(page, './?q=centrale&sort=-months');
  const shown = await names(rows(page)).allTextContents();
  expect(shown).toHaveLength(6);
  const data = csvRows((await download(page, table, fr.download.csv)).bytes, ',');
  expect(data.slice(1).map((r) => r[1])).toEqual(shown.map((s) => s.trim()));
  const json = JSON.parse(
    (await download(page, table, fr.download.json)).bytes.toString('utf8'),
  ) as { count: number; filter: string; schools: { name: string }[] };
  expect(json.count).toBe(6);
  expect(json.filter).toBe(nb('Filtre~: recherche «^centrale^»'));
  expect(json.schools.map((s) => s.name)).toEqual(shown.map((s) => s.trim()));
});

/** Hostile names given to real schools of the bundled table (their months and ranks unchanged). */
const HOSTILE: Record<string, string> = {
  'Centrale Paris': '=HYPERLINK("http://x")',
  'CNAM Champagne-Ardenne': '+cmd',
  ENSEA: '-1+2',
  ESSTIN: '@SUM(1)',
};

/**
 * The app only shows the table it bundles, and no test-only door is built into it: this rewrites
 * the bundle as the server sends it, renaming four schools in the table the build parsed (a
 * JavaScript literal, scripts/parsed.mjs: each name a string of its own, in whatever quotes the
 * minifier chose), so the app ranks, shows and exports them like any other name.
 */
async function withHostileNames(page: Page): Promise<void> {
  await page.route('**/assets/*.js', async (route) => {
    const response = await route.fetch();
    let body = await response.text();
    // Only the script that bundles the parsed table (not, say, the prerendered page's guard).
    if (!/(["'`])Centrale Paris\1/.test(body)) return route.fulfill({ response, body });
    for (const [name, hostile] of Object.entries(HOSTILE)) {
      const literal = new RegExp(`(["'\`])${name}\\1`, 'g');
      expect(body.match(literal)).toHaveLength(1);
      body = body.replace(literal, () => JSON.stringify(hostile));
    }
    await route.fulfill({ response, body });
  });
}

test('hostile school names are neutralised in both CSVs, kept as they are in JSON and SVG', async ({
  page,
}) => {
  await withHostileNames(page);
  await open(page);
  await expect(names(rows(page)).nth(7)).toHaveText('=HYPERLINK("http://x")');

  const comma = fileText(await download(page, table, fr.download.csv));
  expect(comma).toContain(`\r\n8,"'=HYPERLINK(""http://x"")",10.5,`);
  expect(comma).toContain(`\r\n9,"'+cmd",10,`);
  expect(comma).toContain(`\r\n5,"'-1+2",11,`);
  expect(comma).toContain(`\r\n5,"'@SUM(1)",11,`);
  const semicolon = fileText(await download(page, table, fr.download.csvExcel));
  expect(semicolon).toContain(`\r\n8;"'=HYPERLINK(""http://x"")";10,5;`);
  expect(semicolon).toContain(`\r\n5;"'-1+2";11;`);
  // No cell of either file starts with a formula character once parsed.
  for (const [text, delimiter] of [
    [comma, ','],
    [semicolon, ';'],
  ] as const) {
    const cells = Papa.parse<string[]>(text.slice(1), { delimiter }).data.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  }

  const json = JSON.parse(
    (await download(page, table, fr.download.json)).bytes.toString('utf8'),
  ) as { schools: { name: string; rank: number }[] };
  expect(json.schools.slice(4, 8).map((s) => [s.name, s.rank])).toEqual([
    ['-1+2', 5],
    ['ENSIETA', 5],
    ['@SUM(1)', 5],
    ['=HYPERLINK("http://x")', 8],
  ]);

  // Found by search, downloaded alone; and drawn as text in the chart's SVG.
  await page.getByRole('searchbox', { name: fr.filters.search }).fill('hyperlink');
  await expect(rows(page)).toHaveCount(1);
  const alone = csvRows((await download(page, table, fr.download.csv)).bytes, ',');
  expect(alone.slice(1).map((r) => r[1])).toEqual([`'=HYPERLINK("http://x")`]);
  const svg = await download(page, group(fr.ranking.heading), fr.download.svg);
  const info = await svgInfo(page, svg.bytes.toString('utf8'));
  expect(info.error).toBeNull();
  // The chart cuts long names to fit a phone: the name starts the same.
  expect(info.chartTexts.filter((t) => t.startsWith('=HYPERLINK("'))).toHaveLength(1);
  expect(info.lines.join(' ')).toContain(nb('Filtre~: recherche «^hyperlink^» · 1~sur 144~écoles'));
});

test('a search with markup characters stays text in the image, which still parses', async ({
  page,
}) => {
  await open(page);
  // Search ignores punctuation: this finds the 5 Centrale schools and SUPELEC (CentraleSupélec), and
  // is written as typed.
  const query = `centrale "</>&'`;
  await page.getByRole('searchbox', { name: fr.filters.search }).fill(query);
  await expect(rows(page)).toHaveCount(6);
  const svg = await download(page, group(fr.ranking.heading), fr.download.svg);
  const info = await svgInfo(page, svg.bytes.toString('utf8'));
  expect(info.error).toBeNull();
  expect(info.lines.join(' ')).toContain(
    `${nb('Filtre~: recherche «^')}${query}${nb('^» · 6~sur 144~écoles')}`,
  );
  // Only the rows shown: the page keeps the others mounted, out of view, and leaves them out.
  expect(info.chartTexts).toContain('Centrale Lyon');
  expect(info.chartTexts).not.toContain('CPE Lyon');
});

test('copy the link: the clipboard holds the page’s address, and a live region says so', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, './?q=mines&pick=mines-douai');
  await unfold(page, fr.share.heading);
  await page.getByRole('button', { name: fr.share.copyLink }).click();
  const share = page.getByRole('region', { name: fr.share.heading });
  await expect(share.getByRole('status').first()).toHaveText(fr.share.linkCopied);
  // The view's address, with the data's version last.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${page.url()}&v=${DATA_VERSION}`,
  );
  await expect(share.getByRole('textbox', { name: fr.share.linkField })).toHaveCount(0);
});

test('copy the link without a clipboard: the link is shown in a read-only field, selected', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  });
  await open(page, './?q=mines');
  await unfold(page, fr.share.heading);
  await page.getByRole('button', { name: fr.share.copyLink }).click();
  const field = page.getByRole('textbox', { name: fr.share.linkField });
  const link = `${page.url()}&v=${DATA_VERSION}`;
  await expect(field).toHaveValue(link);
  await expect(field).toHaveAttribute('readonly', '');
  await expect(field).toBeFocused();
  expect(
    await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd]),
  ).toEqual([0, link.length]);
  await expect(page.getByText(fr.share.manual)).toBeVisible();
});

test('copy an embed code: the chosen view, this view’s filter and picks, and embed.js', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, './?q=centrale');
  await unfold(page, fr.share.heading);
  const kind = page.getByRole('combobox', { name: fr.share.embedKind });
  const copy = page.getByRole('button', { name: fr.share.copyEmbed });
  const code = page.getByRole('textbox', { name: fr.share.embedField });
  await kind.selectOption({ label: fr.share.kinds.school });
  await expect(page.getByText(fr.share.needsPick)).toBeVisible();
  await expect(copy).toBeDisabled();

  await page.getByLabel('Comparer Centrale Paris').check();
  await expect(copy).toBeEnabled();
  const snippet = await code.inputValue();
  const origin = new URL(page.url()).origin;
  expect(snippet).toMatch(
    new RegExp(
      `^<iframe src="${origin}/\\?q=centrale&amp;pick=centrale-paris&amp;embed=school&amp;embedId=school-[a-z0-9]{4}&amp;v=${DATA_VERSION}" title="[^"]+" data-ecoles-embed height="600" style="width: 100%; border: 0" loading="lazy" allow="clipboard-write"></iframe>\\n<script src="${origin}/embed.js" async></script>$`,
    ),
  );
  await copy.click();
  await expect(page.getByText(fr.share.embedCopied)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  // The iframe's address opens the school's card.
  const src = (/src="([^"]+)"/.exec(snippet)?.[1] ?? '').replaceAll('&amp;', '&');
  await open(page, src);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    'Centrale Paris, aujourd’hui CentraleSupélec',
  );
});
