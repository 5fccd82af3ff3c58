import { expect, test, type Page } from '@playwright/test';
import { names, open, rows, table, settle, axeOf, cutWords } from './page';

// On a phone the table has no family or percentile column: a line under each name says them, and a
// list above the table sorts by any column. Wider, the columns say them and their headers sort.

const sortList = (page: Page) => page.getByRole('combobox', { name: 'Trier par' });

test(
  'on a phone, the list above the table sorts by percentile, within the filter, as the URL says',
  { tag: '@phone-only' },
  async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await open(page, './?q=centrale');
    // The five Centrale schools and SUPELEC (today CentraleSupélec), in rank order.
    await expect(rows(page)).toHaveCount(6);
    await expect(sortList(page)).toHaveValue('rank');
    await sortList(page).selectOption({ label: 'Centile, croissant' });
    await expect(page).toHaveURL(/sort=percentile/);
    // The ranking read from its end: Centrale Lyon and Centrale Lille are tied (6 months, percentile
    // 66), the lower of the two in the published order first.
    await expect(names(rows(page))).toHaveText([
      'Centrale Marseille',
      'Centrale Lyon',
      'Centrale Lille',
      'Centrale Nantes',
      'SUPELEC',
      'Centrale Paris',
    ]);
    // Centrale Marseille, 136th alone of 144: 100 × (144 − 136) / 143 = 5.6.
    await expect(rows(page).first().locator('.details')).toHaveText('Centrale, centile 6');
    await sortList(page).selectOption({ label: 'Centile, décroissant' });
    await expect(page).toHaveURL(/sort=-percentile/);
    await expect(names(rows(page)).first()).toHaveText('Centrale Paris');
    await expect(rows(page).first().locator('.details')).toHaveText('Centrale, centile 95');

    // A reload restores the sort, and the list says it.
    await sortList(page).selectOption({ label: 'Famille, de A à Z' });
    await page.getByRole('searchbox', { name: 'Chercher une école' }).fill('');
    await expect(rows(page)).toHaveCount(144);
    await expect(page).toHaveURL(/\?sort=family$/);
    await page.reload();
    await settle(page);
    await expect(sortList(page).locator('option:checked')).toHaveText('Famille, de A à Z');
    await expect(names(rows(page)).first()).toHaveText('ENESAD Dijon');
    await expect(rows(page).first().locator('.details')).toHaveText(
      'Agronomie et alimentation, centile 89',
    );
  },
);

test('family and percentile are shown, and read, once: under the name on a phone, in columns wider', async ({
  page,
}) => {
  await open(page);
  const phone = (page.viewportSize()?.width ?? 0) <= 576;
  const paris = rows(page).filter({
    has: page.getByRole('button', { name: 'Centrale Paris', exact: true }),
  });
  await paris.scrollIntoViewIfNeeded();
  const line = paris.locator('.details');
  const family = table(page).getByRole('columnheader', { name: /Famille/ });
  if (phone) {
    await expect(line).toBeVisible();
    await expect(line).toHaveText('Centrale, centile 95');
    await expect(family).toBeHidden();
    await expect(sortList(page)).toBeVisible();
    // What a screen reader meets in the row: the line once, in the row header; no hidden column.
    await expect(paris).toMatchAriaSnapshot(`
      - row:
        - /children: equal
        - cell "8"
        - rowheader "Centrale Paris Centrale, centile 95"
        - cell "10,5 mois"
        - cell "Comparer Centrale Paris"
        - cell "Ajouter Centrale Paris à ma sélection"
    `);
  } else {
    await expect(line).toBeHidden();
    await expect(family).toBeVisible();
    await expect(sortList(page)).toBeHidden();
    await expect(paris).toMatchAriaSnapshot(`
      - row:
        - /children: equal
        - cell "8"
        - rowheader "Centrale Paris"
        - cell "10,5 mois"
        - cell "Centrale"
        - cell "95"
        - cell "Comparer Centrale Paris"
        - cell "Ajouter Centrale Paris à ma sélection"
    `);
  }
});

for (const width of [360, 320]) {
  test(
    `at ${width} px in English (longer words) the table still fits, pick boxes on screen`,
    { tag: '@phone-only' },
    async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      await open(page, './?lang=en');
      const box = page
        .getByRole('table', { name: 'Full ranking, sortable by column' })
        .locator('xpath=..');
      await box.scrollIntoViewIfNeeded();
      expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      for (const name of ['ITII Pays de la Loire', "Polytech'Clermont-Ferrand"]) {
        const pick = page.getByLabel(`Compare ${name}`);
        await pick.scrollIntoViewIfNeeded();
        const at = await pick.boundingBox();
        expect(at && at.x + at.width <= width).toBe(true);
      }
      // No word of a header, a name or the line under it is cut across lines (at 16 px, with « 12
      // months » on one line, the names had 79 px at 320 px and 269 words were cut): the months'
      // unit goes under the number, « Months » over « abroad ».
      const english = page.getByRole('table', { name: 'Full ranking, sortable by column' });
      const all = english.locator('tbody tr[data-id]');
      await expect(all).toHaveCount(144);
      expect(await cutWords(english.locator('thead th, tbody th'))).toEqual([]);
      await expect(all.first().locator('td').nth(1)).toHaveText('12\u00a0months');
      const [number, unit] = await all
        .first()
        .locator('td')
        .nth(1)
        .evaluate((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
        });
      expect(number).toBeLessThan(unit ?? 0);
    },
  );
}

test('axe-core finds no violation in the table and its sort list', async ({ page }) => {
  await open(page, './?sort=percentile');
  const section = page.locator('section[aria-labelledby="table-heading"]');
  await section.scrollIntoViewIfNeeded();
  const result = await axeOf(page).include('section[aria-labelledby="table-heading"]').analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test(
  'at 320 px in French « ex æquo » goes under the rank on two lines, and leaves the names its width',
  { tag: '@phone-only' },
  async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await open(page);
    const french = page.getByRole('table', { name: 'Classement complet, triable par colonne' });
    const all = french.locator('tbody tr[data-id]');
    await expect(all).toHaveCount(144);
    const tie = all.first().locator('td').first().getByRole('button', { name: 'ex æquo' });
    const lines = await tie.evaluate((button) => {
      const range = document.createRange();
      range.selectNodeContents(button);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top)).size;
    });
    expect(lines).toBe(2);
    // On one line, it took the names' room: 8 of their words were cut across lines (« Apprentis|
    // sage », « Valencien|nes »…). Three are left, the longest words beside a tie.
    expect(await cutWords(french.locator('tbody th'))).toEqual([
      'AgroParisTech',
      'polytechnique',
      'polytechnique',
    ]);
  },
);
