import { expect, test, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { startServer } from '../../scripts/spawn-server.mjs';
import { fr } from '../../src/lib/i18n/fr';
import { download, pngSize } from './download';
import { settle } from './page';

// The explorer over 100,000 schools, as a person uses it: the bench-only page (bench/browser/, built
// into dist-bench/ and never part of dist/) mounts the app over a generated table whose school in
// place k is "École d'ingénieurs n° k". Served on E2E_PORT + 5, apart from the production build.

const N = 100_000;
const port = (project: string): number =>
  Number(process.env.E2E_PORT ?? 4391) + (project === 'phone' ? 5 : 6);
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

// Playwright reads the fixtures a hook asks for from its first argument: this one asks for none.
// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, info) => {
  test.setTimeout(180_000);
  server = await startServer('dist-bench', port(info.project.name));
});
test.afterAll(() => {
  server?.kill();
});

/** The download group of a chart, by its title. */
const group = (title: string): string => fr.download.chart(title);

/** The place of a generated school in the ranking, read from its name ("… n° 4242 …"). */
const placeOf = (text: string | null): number => Number(/n° (\d+)/.exec(text ?? '')?.[1]);

/** The places of the ranking chart's rows that stand in the viewport. */
const rowsInView = async (page: Page): Promise<number[]> =>
  (
    await page.evaluate(() =>
      [...document.querySelectorAll('.rows .row')]
        .filter((row) => {
          const box = row.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= innerHeight;
        })
        .map((row) => row.querySelector('title')?.textContent ?? ''),
    )
  ).map(placeOf);

test('100,000 schools: the ranking scrolls through a window of rows, a search and a pick work', async ({
  page,
}, info) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${port(info.project.name)}/?n=${N}`);
  await settle(page, { timeout: 180_000 });

  // The chart is as tall as 100,000 rows of 16 px, and draws only its first 100 and a window.
  const chart = page.locator('.interactive svg[role="img"]').first();
  expect(Number(await chart.getAttribute('height'))).toBeGreaterThan(N * 16);
  // The note above it, in as many lines as the width needs (two on a phone).
  const note = await page.locator('.interactive .note').allTextContents();
  expect(note.length).toBe(info.project.name === 'phone' ? 2 : 1);
  // (French spaces, no-break ones included, read as plain spaces, as toHaveText reads them.)
  expect(note.join(' ').replace(/\s+/g, ' ')).toBe(
    '100 000 écoles : les images téléchargées et l’impression montrent les 100 premières.',
  );
  expect(await page.locator('.rows .row').count()).toBeLessThan(400);

  // Halfway down the ranking: the rows in view are those about 50,000 rows down.
  const top = await chart.evaluate((svg) => svg.getBoundingClientRect().top + scrollY);
  await page.evaluate((y) => scrollTo(0, y), top + 72 + 50_000 * 16);
  await expect
    .poll(async () => (await rowsInView(page))[0] ?? 0, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(49_990);
  const inView = await rowsInView(page);
  expect(inView[0]).toBeLessThanOrEqual(50_010);
  expect(inView.length).toBeGreaterThan(10);
  expect(await page.locator('.rows .row').count()).toBeLessThan(400);
  await page.screenshot({ path: info.outputPath(`scale-ranking-${info.project.name}.png`) });

  // A search: "4242" is in the names of n° 4242, 14242, 24242… and 42420 to 42429, 20 schools.
  const found = Array.from({ length: N }, (_, k) => k + 1).filter((k) => `${k}`.includes('4242'));
  expect(found).toHaveLength(20);
  await page.evaluate(() => scrollTo(0, 0));
  await page.getByRole('searchbox').first().fill('4242');
  await expect(page.locator('.count strong').first()).toHaveText('20 sur 100 000 écoles');
  const names = await page.locator('.rows .row title').allTextContents();
  expect(names.map(placeOf)).toEqual(found);

  // A pick from the table: the school is a dot on the dot plot, over its columns.
  const box = page.locator('tbody input[type="checkbox"]').first();
  await box.scrollIntoViewIfNeeded();
  await box.check();
  await expect(page.locator('.dots circle')).toHaveCount(1);
  await page.locator('.dots').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath(`scale-strip-${info.project.name}.png`) });
  expect(errors).toEqual([]);
});

test(
  '100,000 schools: the chart downloads complete; the ranking holds its first 100 rows',
  { tag: '@desktop-only' },
  async ({ page }, info) => {
    test.setTimeout(240_000);
    await page.goto(`http://127.0.0.1:${port(info.project.name)}/?n=${N}`);
    await settle(page, { timeout: 180_000 });
    const ranking = group(fr.ranking.heading);
    // The SVG: the note, the first 100 schools and none of the window's rows further down.
    await page.evaluate(() => scrollTo(0, 40_000));
    const svg = (await download(page, ranking, fr.download.svg)).bytes.toString('utf8');
    // (Each row's title names its school; the chart's text alternative names the last one.)
    const places = [...svg.matchAll(/<title>[^<]*n° (\d+)/g)].map((m) => Number(m[1]));
    expect(places).toEqual(Array.from({ length: 100 }, (_, k) => k + 1));
    // (The note's lines break where the chart's width asks: two on a phone.)
    expect(svg).toContain('les images téléchargées et');
    expect(svg).toContain('l’impression montrent les 100');
    // The PNG, twice the chart's size: the chart's 72 px above the rows and 100 rows of 16 px, under
    // the title and over the legend and source (a few hundred pixels), not 1.6 million.
    const png = pngSize((await download(page, ranking, fr.download.png)).bytes);
    expect(png.height / 2).toBeGreaterThan(72 + 100 * 16);
    expect(png.height / 2).toBeLessThan(72 + 100 * 16 + 600);
    // The dot plot's PNG completes too.
    const strip = pngSize((await download(page, group(fr.strip.heading), fr.download.png)).bytes);
    expect(strip.width).toBeGreaterThan(0);
  },
);
