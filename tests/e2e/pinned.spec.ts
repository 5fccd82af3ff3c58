// Picked and shortlisted schools stay in sight whatever the search (issue 14 part 5): a student
// picks two schools and stars one, then types a search none of them matches; the three are still
// in the ranking chart, the table, the map and under the search box, each marked « hors filtre »,
// while the count says the schools the search finds. At 375 and 1280 px (the config's projects).
import { expect, test, type Page } from '@playwright/test';
import { chartRows, names, open, rows, table, axeOf } from './page';

test.describe.configure({ timeout: 120_000 });

const count = (page: Page) => page.getByRole('status').filter({ hasText: /sur \d+\u00a0écoles/ });
const mapSection = (page: Page) => page.locator('section[aria-labelledby="map-heading"]');
const rankingSection = (page: Page) => page.locator('section[aria-labelledby="ranking-heading"]');
const search = (page: Page) => page.getByRole('searchbox', { name: 'Chercher une école' });
/** The three chosen schools, in ranked order: CPE Lyon 1st (12 months), Centrale Paris 8th
 *  (10.5), Mines Saint-Etienne 23rd (8); the search « rennes » finds INSA Rennes (6) and ENSCR
 *  Chimie Rennes (4), placed in Rennes as the three are in their cities (data/lieux.csv). */
const CHOSEN = ['CPE Lyon', 'Centrale Paris', 'Mines Saint-Etienne'];

test('two picks and a star stay in every view, marked « hors filtre », under a search that finds none of them', async ({
  page,
}) => {
  const errors = await open(page);
  // Pick two schools and star one, from the table (where a phone does it too).
  for (const name of ['CPE Lyon', 'Centrale Paris']) {
    const box = table(page).getByRole('checkbox', { name: `Comparer ${name}` });
    await box.scrollIntoViewIfNeeded();
    await box.check();
  }
  const star = table(page).getByRole('button', {
    name: 'Ajouter Mines Saint-Etienne à ma sélection',
  });
  await star.scrollIntoViewIfNeeded();
  await star.click();
  await expect(page).toHaveURL(/pick=cpe-lyon(%2C|,)centrale-paris/);

  // A search that matches none of the three.
  await search(page).scrollIntoViewIfNeeded();
  await search(page).fill('rennes');
  await expect(count(page)).toHaveText(/^2\u00a0sur 144\u00a0écoles/);

  // Under the search box: the matches, then the three under their own heading.
  await expect(page.getByRole('list', { name: 'Résultats' }).locator('.name')).toHaveText([
    'INSA Rennes',
    'ENSCR Chimie Rennes',
  ]);
  await expect(
    page.getByRole('list', { name: 'Aussi dans votre sélection' }).locator('.name'),
  ).toHaveText(CHOSEN);

  // The ranking chart: five rows, the three outlined and said « hors filtre ».
  await expect(chartRows(page)).toHaveCount(5);
  const kept = chartRows(page).filter({ has: page.locator('rect.kept') });
  await expect(kept).toHaveCount(3);
  await expect(kept.locator('title')).toHaveText(
    CHOSEN.map((n) => new RegExp(`^${n}.*\\(hors filtre\\)$`)),
  );
  await expect(rankingSection(page).getByText(/Tracé en tirets\s:\shors filtre/)).toBeVisible();

  // The table: the three and the matches, in ranked order, the three tagged.
  await expect(names(rows(page))).toHaveText([...CHOSEN, 'INSA Rennes', 'ENSCR Chimie Rennes']);
  const tagged = rows(page).filter({ hasText: 'hors filtre' });
  await expect(names(tagged)).toHaveText(CHOSEN);

  // The map: five dots, the three dashed drawn last (on top), and said in its text.
  await mapSection(page).scrollIntoViewIfNeeded();
  const dots = mapSection(page).locator('svg[role="img"] circle');
  await expect(dots).toHaveCount(5);
  await expect(mapSection(page).locator('circle[data-kept]')).toHaveCount(3);
  // In the map's own order (by region) among the others; the kept ones after all of them.
  const order = await dots.evaluateAll((all) =>
    all.map((c) => `${c.getAttribute('data-id')}${c.hasAttribute('data-kept') ? ' *' : ''}`),
  );
  expect(order.slice(0, 2).sort()).toEqual(['enscr-chimie-rennes', 'insa-rennes']);
  expect(order.slice(2).sort()).toEqual([
    'centrale-paris *',
    'cpe-lyon *',
    'mines-saint-etienne *',
  ]);
  await expect(mapSection(page).locator('svg[role="img"]')).toHaveAccessibleName(
    /Plus 3\u00a0écoles hors filtre/,
  );
  await expect(mapSection(page).getByText(/Tracé en tirets\s:\shors filtre/)).toBeVisible();

  // The count still says the schools the search finds.
  await expect(count(page)).toHaveText(/^2\u00a0sur 144\u00a0écoles/);
  await page.screenshot({ path: test.info().outputPath('pinned-map.png') });
  await rankingSection(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('pinned-ranking.png') });
  await table(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('pinned-table.png') });
  await search(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('pinned-results.png') });

  const axe = await axeOf(page)
    .include('section[aria-labelledby="ranking-heading"]')
    .include('section[aria-labelledby="table-heading"]')
    .include('section[aria-labelledby="map-heading"]')
    .include('.results')
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(errors).toEqual([]);
});

test('with nothing chosen, a search shows its matches only: no « hors filtre » anywhere', async ({
  page,
}) => {
  const errors = await open(page, './?q=ensiie');
  await expect(count(page)).toHaveText(/^1\u00a0sur 144\u00a0écoles/);
  await expect(chartRows(page)).toHaveCount(1);
  await expect(names(rows(page))).toHaveText(['ENSIIE']);
  await expect(page.getByText('hors filtre')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Aussi dans votre sélection' })).toHaveCount(0);
  expect(errors).toEqual([]);
});
