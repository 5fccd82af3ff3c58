// The production build under a strict Content-Security-Policy (served at /csp/ by scripts/serve.mjs):
// no inline script or style, no eval, nothing from another origin, even while a person uses it.
import { expect, test, type Page } from '@playwright/test';
import { chartRows, names, open, rows, table, settle } from './page';
import { CSP } from '../../scripts/csp.mjs';

interface Watch {
  /** Console messages that mention the policy. */
  console: string[];
  /** Requests to anywhere but the test server (data: URLs aside). */
  elsewhere: string[];
}

/** Collects `securitypolicyviolation` events from the first script on, and console reports. */
async function watch(page: Page, origin: string): Promise<Watch> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI}`);
    });
  });
  const w: Watch = { console: [], elsewhere: [] };
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) w.console.push(m.text());
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) w.elsewhere.push(url);
  });
  return w;
}

const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as Window & { __cspViolations?: string[] }).__cspViolations ?? []);

test('the page is served with the policy, and a blocked inline style is caught', async ({
  page,
  baseURL,
}) => {
  const w = await watch(page, new URL(baseURL ?? '').origin);
  const response = await page.goto('/csp/');
  expect(response?.headers()['content-security-policy']).toBe(CSP);
  await settle(page);
  // The watch works: a style attribute set as markup is refused and reported.
  await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
  await expect.poll(() => violations(page)).toEqual(['style-src-attr blocked inline']);
  await expect.poll(() => w.console.length).toBe(1);
});

test('searching, comparing, sorting, hovering and brushing break no rule of the policy', async ({
  page,
  baseURL,
}) => {
  const w = await watch(page, new URL(baseURL ?? '').origin);
  const errors = await open(page, '/csp/');
  await expect(rows(page)).toHaveCount(144);
  await expect(chartRows(page)).toHaveCount(144);

  // Search, then pick two schools: pick colours are set on the page as styles.
  await page.getByRole('searchbox', { name: 'Chercher une école' }).fill('centrale');
  await expect(rows(page)).toHaveCount(6);
  await page.getByLabel('Comparer Centrale Paris').check();
  await page.getByLabel('Comparer Centrale Lyon').check();
  await expect(page.locator('.compare tbody tr')).toHaveCount(2);
  await expect(page.locator('.compare .swatch').first()).toHaveCSS(
    'background-color',
    'rgb(213, 94, 0)',
  );

  // Sort a column.
  const school = table(page).getByRole('columnheader', { name: /École/ });
  await school.getByRole('button').click();
  await expect(school).toHaveAttribute('aria-sort', 'ascending');
  await expect(names(rows(page)).first()).toHaveText('Centrale Lille');

  // Hover the ranking chart (a tooltip placed by top/left) and the dot plot.
  await chartRows(page).nth(1).locator('circle').hover();
  const tip = page.locator('.tooltip');
  await expect(tip).toBeVisible();
  expect(await tip.evaluate((el) => el.style.top)).toMatch(/^\d+(\.\d+)?px$/);
  await page.locator('.dots circle[data-id="centrale-paris"]').hover();
  await expect(page.locator('.hover-label')).toHaveText('Centrale Paris · 10,5 mois · 8e');

  // Brush the dot plot, then clear the range.
  const strip = page.locator('.brushable:has(.dots)');
  const box = await strip.boundingBox();
  if (!box) throw new Error('no dot plot');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByRole('button', { name: 'Effacer la plage' })).toBeVisible();
  await page.getByRole('button', { name: 'Effacer la plage' }).click();

  expect(await violations(page)).toEqual([]);
  expect(w.console).toEqual([]);
  expect(w.elsewhere).toEqual([]);
  expect(errors).toEqual([]);
});

test('the parts loaded on first use (profile, methodology, a download, an embed) load under the policy', async ({
  page,
  baseURL,
}) => {
  const w = await watch(page, new URL(baseURL ?? '').origin);
  const errors = await open(page, '/csp/');

  // The profile dialog: its script and stylesheet load on the first click.
  await page.locator('tbody [data-profile="mines-saint-etienne"]').click();
  await expect(page.getByRole('dialog', { name: 'Mines Saint-Etienne' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // A chart download: the export code loads on the click.
  const download = page.waitForEvent('download');
  await page
    .getByRole('group', { name: /^Télécharger le graphique/ })
    .first()
    .getByRole('button', { name: 'SVG' })
    .click();
  expect((await download).suggestedFilename()).toMatch(/\.svg$/);

  // The methodology page, then an embed.
  await page.locator('#method-link-header').click();
  await expect(page.locator('#method-heading')).toBeFocused();
  expect(await violations(page)).toEqual([]);
  await page.goto('/csp/?embed=table&q=lyon');
  await expect(page.locator('main.embed')).toBeVisible();

  expect(await violations(page)).toEqual([]);
  expect(w.console).toEqual([]);
  expect(w.elsewhere).toEqual([]);
  expect(errors).toEqual([]);
});
