import { expect, test } from '@playwright/test';
import { chartRows, names, open, rows, axeOf } from './page';
import { seedRows } from './seed';
import { NBSP } from '../i18n/spaces';

test('loads with no console error, sets the ready signal and the performance mark', async ({
  page,
}) => {
  const errors = await open(page);
  const marks = await page.evaluate(() =>
    performance.getEntriesByName('app:ready', 'mark').map((m) => m.name),
  );
  expect(marks).toEqual(['app:ready']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Les écoles d’ingénieurs les plus ouvertes à l’international',
  );
  expect(errors).toEqual([]);
});

test('the table lists the 144 schools with the published ranks, in order', async ({ page }) => {
  await open(page);
  const listed = rows(page);
  await expect(listed).toHaveCount(144);
  const seen = await listed.evaluateAll((trs) =>
    trs.map((tr) => ({
      rank: Number.parseInt(tr.querySelector('td')?.textContent ?? '', 10),
      name: tr.querySelector('th button')?.textContent?.trim() ?? '',
      months: tr.querySelectorAll('td')[1]?.textContent?.trim() ?? '',
    })),
  );
  const expected = seedRows().map((r) => ({
    rank: r.rank,
    name: r.name,
    months: `${String(r.months).replace('.', ',')}${NBSP}mois`,
  }));
  expect(seen).toEqual(expected);
});

test(
  'the summary shows count, median, mean and range in French format',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await open(page);
    await expect(page.locator('[data-figure="count"]')).toHaveText('144');
    await expect(page.locator('[data-figure="median"]')).toHaveText('5 mois');
    await expect(page.locator('[data-figure="range"]')).toHaveText('1 à 12 mois');
  },
);

test('sorting by school name puts the table in alphabetical order', async ({ page }) => {
  await open(page);
  const header = page.getByRole('columnheader', { name: /École/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(names(rows(page)).first()).toHaveText('3IL Limoges');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(names(rows(page)).first()).toHaveText('UTT (Université de technologie Troyes)');
});

test('the charts draw one row per school and one bar per month', async ({ page }) => {
  await open(page);
  await expect(chartRows(page)).toHaveCount(144);
  await expect(page.locator('.bars rect')).toHaveCount(12);
});

test('the build opens from a sub-path of the host', async ({ page }) => {
  const errors = await open(page, '/deep/sub/path/');
  await expect(rows(page)).toHaveCount(144);
  expect(errors).toEqual([]);
});

test('axe-core finds no accessibility violation', async ({ page }) => {
  // axe weighs every node of the full page (144 rows twice, thousands of SVG labels): 40 s on a
  // loaded 2-core machine, so three times the usual limit rather than a flaky test.
  test.slow();
  await open(page);
  const result = await axeOf(page).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
