// A student's shortlist, kept in this browser: stars from the search list and the table, kept over
// a reload, a new visit and in another tab; compared, downloaded, cleared (and brought back); kept
// on top of the table; never touched by a link that carries picks.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { names, open, rows, table, settle, axeOf } from './page';

const KEY = 'ecoles-international.shortlist';
const panel = (page: Page) => page.getByRole('region', { name: /^Ma sélection/ });
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
/** The schools the panel lists, in its order. */
const listedNames = (page: Page) => panel(page).getByRole('listitem').locator('strong');

/** Opens the app with `ids` as the shortlist kept in this browser (written, then read at a reload). */
async function openWith(page: Page, ids: readonly string[], path = './'): Promise<string[]> {
  await open(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    KEY,
    JSON.stringify({ v: 1, ids }),
  ] as const);
  return open(page, path);
}

test(
  'a student stars schools from the search list and the table; a reload, a new visit and another tab keep them',
  { tag: '@desktop-only' },
  async ({ page, context }) => {
    const errors = await open(page);
    await expect(panel(page)).toHaveAccessibleName('Ma sélection · aucune école');

    await page.getByRole('searchbox', { name: 'Chercher une école' }).fill('ensiie');
    const results = page.getByRole('list', { name: 'Résultats' });
    const star = results.getByRole('button', { name: 'Ajouter ENSIIE à ma sélection' });
    await star.click();
    await expect(
      results.getByRole('button', { name: 'Retirer ENSIIE de ma sélection' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('searchbox', { name: 'Chercher une école' }).fill('');

    const inTable = table(page).getByRole('button', {
      name: 'Ajouter Centrale Paris à ma sélection',
    });
    await inTable.scrollIntoViewIfNeeded();
    await inTable.click();
    await expect(
      table(page).getByRole('button', { name: 'Retirer Centrale Paris de ma sélection' }),
    ).toHaveAttribute('aria-pressed', 'true');
    // Ranked order: Centrale Paris is 8th, ENSIIE 20th.
    await expect(listedNames(page)).toHaveText(['Centrale Paris', 'ENSIIE']);
    expect(await stored(page)).toBe('{"v":1,"ids":["ensiie","centrale-paris"]}');
    // Private: no link carries it.
    expect(page.url()).not.toMatch(/ensiie|centrale-paris/);

    await page.reload();
    await settle(page);
    await expect(listedNames(page)).toHaveText(['Centrale Paris', 'ENSIIE']);
    await expect(
      table(page).getByRole('button', { name: 'Retirer ENSIIE de ma sélection' }),
    ).toHaveAttribute('aria-pressed', 'true');

    // A new visit, in a second tab: the same list; a star there shows in the first tab too.
    const other = await context.newPage();
    await open(other);
    await expect(listedNames(other)).toHaveText(['Centrale Paris', 'ENSIIE']);
    await table(other).getByRole('button', { name: 'Ajouter CPE Lyon à ma sélection' }).click();
    await expect(listedNames(page)).toHaveText(['CPE Lyon', 'Centrale Paris', 'ENSIIE']);

    expect(errors).toEqual([]);
  },
);

test(
  'the page with a shortlist, its stars and the table on top is axe-clean',
  { tag: '@phone-only' },
  async ({ page }) => {
    // axe-core over the whole page took up to 56 s on the shared 2-core machine.
    test.setTimeout(120_000);
    await openWith(page, ['ensiie', 'centrale-paris', 'cpe-lyon'], './?top=selection&q=e');
    await expect(listedNames(page)).toHaveText(['CPE Lyon', 'Centrale Paris', 'ENSIIE']);
    await panel(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('shortlist.png') });
    const axe = await axeOf(page).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  },
);

test('« Comparer ma sélection » fills the comparison with the first five in ranked order; « Tout effacer » clears in one click, « Annuler » brings it back', async ({
  page,
}) => {
  // Seven schools kept, in an order that is not the ranking's: CPE Lyon, ENSIETA, ESSTIN (1st ex
  // æquo), Centrale Paris (8th), CNAM Champagne-Ardenne (9th), ENSIIE (20th), AgroParisTech (34th).
  const ids = [
    'agroparistech',
    'ensiie',
    'cnam-champagne-ardenne',
    'centrale-paris',
    'esstin',
    'ensieta',
    'cpe-lyon',
  ];
  await openWith(page, ids);
  await expect(panel(page)).toHaveAccessibleName(/^Ma sélection · 7\sécoles$/);
  await panel(page).getByRole('button', { name: 'Comparer ma sélection' }).click();
  await expect(panel(page).getByRole('status')).toHaveText(
    /en prend 5\sau plus.*premières dans l’ordre du classement.*2\sn’y sont pas/,
  );
  await expect(page).toHaveURL(
    /[?&]pick=cpe-lyon%2Censieta%2Cesstin%2Ccentrale-paris%2Ccnam-champagne-ardenne(&|$)/,
  );
  await expect(page.locator('.compare tbody tr')).toHaveCount(5);

  await panel(page).getByRole('button', { name: 'Tout effacer' }).click();
  await expect(panel(page)).toHaveAccessibleName('Ma sélection · aucune école');
  expect(await stored(page)).toBe('{"v":1,"ids":[]}');
  // The comparison is another list: it stays.
  await expect(page.locator('.compare tbody tr')).toHaveCount(5);
  await panel(page).getByRole('button', { name: 'Annuler' }).click();
  await expect(panel(page)).toHaveAccessibleName(/^Ma sélection · 7\sécoles$/);
  expect(JSON.parse((await stored(page)) ?? '')).toEqual({ v: 1, ids });
});

test(
  'the shortlist downloads as CSV: every computed column, in ranked order',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await openWith(page, ['ensiie', 'centrale-paris']);
    const button = panel(page).getByRole('button', { name: 'Télécharger (CSV)' });
    await button.scrollIntoViewIfNeeded();
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(file.suggestedFilename()).toBe('ecoles-international-ma-selection.csv');
    const text = await readFile(await file.path(), 'utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFRang,École,Mois à l’étranger,Ex æquo (nombre d’écoles),Ex æquo (première place),Ex æquo (dernière place),Rang dense,Rang fractionnaire,Centile,Famille,Place,Identifiant,Nom actuel',
    );
    // Centrale Paris: 8th of the seed, alone, 10.5 months, CentraleSupélec today (the last column);
    // ENSIIE 20th, alone, 8.8 months, its name unchanged (empty).
    expect(lines[1]).toMatch(/^8,Centrale Paris,10\.5,1,8,8,.*,centrale-paris,CentraleSupélec$/);
    expect(lines[2]).toMatch(/^20,ENSIIE,8\.8,1,20,20,.*,ensiie,$/);
    expect(lines.slice(3)).toEqual(['']);
  },
);

test(
  'the table keeps the shortlist on top whatever the sort, a view the address keeps',
  { tag: '@desktop-only' },
  async ({ page }) => {
    // By name, AgroParisTech comes before ENSIIE; by rank, after.
    await openWith(page, ['agroparistech', 'ensiie'], './?sort=name&top=selection');
    const onTop = page.getByRole('checkbox', { name: 'Ma sélection en tête' });
    await expect(onTop).toBeChecked();
    await expect(names(rows(page)).nth(0)).toHaveText('AgroParisTech');
    await expect(names(rows(page)).nth(1)).toHaveText('ENSIIE');
    await expect(names(rows(page)).nth(2)).toHaveText('3IL Limoges');

    // By the keyboard: a click is aimed where the box was, and scrolling to it lays out the panels
    // above it for the first time (content-visibility), which moves it a few pixels; one CI run
    // of many saw the click change nothing. Focus and Space reach the box wherever it is.
    await onTop.focus();
    await page.keyboard.press('Space');
    await expect(onTop).not.toBeChecked();
    await expect(page).not.toHaveURL(/top=/);
    await expect(page).toHaveURL(/sort=name/);
    await expect(names(rows(page)).nth(0)).toHaveText('3IL Limoges');

    // Back in the rank order, on top again: ENSIIE (20th) then AgroParisTech (34th).
    await page.goto('./?top=selection');
    await settle(page);
    await expect(names(rows(page)).nth(0)).toHaveText('ENSIIE');
    await expect(names(rows(page)).nth(1)).toHaveText('AgroParisTech');
    await expect(names(rows(page)).nth(2)).toHaveText('CPE Lyon');
  },
);

test(
  'a link that carries picks fills the comparison and leaves the saved shortlist alone',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await openWith(page, ['ensiie'], './?pick=centrale-paris,cpe-lyon');
    await expect(page.locator('.compare tbody tr')).toHaveCount(2);
    await expect(listedNames(page)).toHaveText(['ENSIIE']);
    expect(await stored(page)).toBe('{"v":1,"ids":["ensiie"]}');
  },
);

test(
  'where the browser refuses to keep it, the list works for the visit and says so',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const errors = await open(page);
    await table(page).getByRole('button', { name: 'Ajouter ENSIIE à ma sélection' }).click();
    await expect(listedNames(page)).toHaveText(['ENSIIE']);
    await expect(panel(page)).toContainText('Ce navigateur ne peut pas garder la liste');
    expect(errors).toEqual([]);
  },
);

test('« Imprimer » prints the shortlist alone: on paper, the list without its buttons, nothing else of the page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // The browser's print dialog is replaced by a count of the calls.
    window.print = () => {
      (window as unknown as { printed: number }).printed =
        ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  await openWith(page, ['ensiie', 'centrale-paris']);
  await panel(page).getByRole('button', { name: 'Imprimer' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.locator('html')).toHaveAttribute('data-print', 'shortlist');
  await page.emulateMedia({ media: 'print' });
  await expect(listedNames(page)).toHaveText(['Centrale Paris', 'ENSIIE']);
  await expect(panel(page).getByRole('button', { name: 'Tout effacer' })).toBeHidden();
  await expect(table(page)).toBeHidden();
  await expect(page.locator('h1')).toBeHidden();
  await expect(page.locator('.compare')).toBeHidden();
  // Once printed, the whole page prints again, the shortlist with it.
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(page.locator('html')).not.toHaveAttribute('data-print', 'shortlist');
  await expect(page.locator('h1')).toBeVisible();
  await expect(listedNames(page)).toHaveText(['Centrale Paris', 'ENSIIE']);
});

test('the ranking chart marks the shortlisted names with a star, and the S key stars the active row', async ({
  page,
}) => {
  await openWith(page, ['centrale-paris']);
  const starred = page.locator('.rows .row:not([data-off]) tspan.listed');
  await expect(starred).toHaveCount(1);
  await expect(
    page
      .locator('.rows .row:not([data-off])', { has: page.locator('tspan.listed') })
      .locator('text.name'),
  ).toHaveText(/^★\u00a0Centrale Paris$/);
  const chart = page.getByRole('application', { name: /^Classement en graphique\./ });
  await chart.focus();
  // Home: the first row, CPE Lyon (1st ex æquo); the tooltip says what S does.
  await page.keyboard.press('Home');
  await expect(page.locator('.tooltip')).toContainText('Touche S : ajouter à ma sélection');
  await page.keyboard.press('s');
  await expect(page.locator('.tooltip')).toContainText('★ dans ma sélection');
  await expect(starred).toHaveCount(2);
  expect(await stored(page)).toBe('{"v":1,"ids":["centrale-paris","cpe-lyon"]}');
  await expect(listedNames(page)).toHaveText(['CPE Lyon', 'Centrale Paris']);
});
