// The shortlist's star where a school's mark is too small for a finger: a tapped row of the ranking
// chart shows a bar with its star and profile under the row, the map shows the school last clicked,
// tapped or keyed under it with its star; the S key stars on both. At 375 and 1280 px, axe-clean.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fr } from '../../src/lib/i18n/fr';
import { chartRows, open, axeOf } from './page';

test.describe.configure({ timeout: 90_000 });

const KEY = 'ecoles-international.shortlist';
const panel = (page: Page) => page.getByRole('region', { name: /^Ma sélection/ });
const listedNames = (page: Page) => panel(page).getByRole('listitem').locator('strong');
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const ranking = (page: Page) => page.locator('section[aria-labelledby="ranking-heading"]');
const mapSection = (page: Page) => page.locator('section[aria-labelledby="map-heading"]');
const map = (page: Page) => mapSection(page).getByRole('application', { name: fr.places.keys });

/** The box of an element on screen (throws if it is not laid out). */
async function box(el: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await el.boundingBox();
  if (b === null) throw new Error('not laid out');
  return b;
}

test('a tapped row of the ranking chart shows a bar under it whose star lists the school; a mouse has the S key', async ({
  page,
  isMobile,
}) => {
  const errors = await open(page);
  const row = chartRows(page).filter({ hasText: 'Centrale Paris' });
  const bar = ranking(page).getByRole('group', { name: 'Centrale Paris' });
  const star = bar.getByRole('button', { name: 'Ajouter Centrale Paris à ma sélection' });
  const tip = page.locator('.tooltip');
  if (isMobile) {
    await row.locator('text.name').tap();
    await expect(star).toBeVisible();
    // Under the row, not over it, inside a 375 px screen, and a target of 24 px at least.
    const [r, b, s] = [await box(row), await box(bar), await box(star)];
    expect(b.y).toBeGreaterThanOrEqual(r.y + r.height);
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(375);
    expect(s.width).toBeGreaterThanOrEqual(24);
    expect(s.height).toBeGreaterThanOrEqual(24);
    await page.screenshot({ path: test.info().outputPath('ranking-bar.png') });
    await star.tap();
    await expect(
      bar.getByRole('button', { name: 'Retirer Centrale Paris de ma sélection' }),
    ).toHaveAttribute('aria-pressed', 'true');
    // The tap on the star picked no row for the comparison, and moved no tooltip.
    await expect(page).not.toHaveURL(/pick=/);
    await expect(tip).toContainText('Centrale Paris');
    await expect(tip).toContainText('★ dans ma sélection');
    // « Fiche » opens the school's profile.
    await bar.getByRole('button', { name: fr.profile.open('Centrale Paris') }).tap();
    await expect(page.getByRole('dialog', { name: /Centrale Paris/ })).toBeVisible();
  } else {
    // Under a mouse, the row's tooltip has no bar (a mouse cannot reach it without crossing
    // other rows): a click compares, the S key stars.
    await row.locator('text.name').hover();
    await expect(tip).toContainText('Cliquer : comparer');
    await expect(bar).toHaveCount(0);
    await page.mouse.move(1, 1);
    await page.getByRole('application', { name: /^Classement en graphique\./ }).focus();
    // Centrale Paris is the 8th row.
    for (const key of ['Home', ...Array<string>(7).fill('ArrowDown')])
      await page.keyboard.press(key);
    await expect(tip).toContainText('Centrale Paris');
    await page.keyboard.press('s');
    await expect(tip).toContainText('★ dans ma sélection');
  }
  await expect(listedNames(page)).toHaveText(['Centrale Paris']);
  await expect(row.locator('tspan.listed')).toHaveCount(1);
  expect(await stored(page)).toBe('{"v":1,"ids":["centrale-paris"]}');
  expect(errors).toEqual([]);
});

test('the map shows the school last clicked or tapped under it, with a star that lists it', async ({
  page,
  isMobile,
}) => {
  const errors = await open(page, './?reg=53');
  const dot = mapSection(page).locator('circle[data-id="ensieta"]');
  await dot.scrollIntoViewIfNeeded();
  if (isMobile) await dot.tap({ force: true });
  else await dot.click({ force: true });
  // The click picks the school (as before) and names it under the map with its star.
  await expect(page).toHaveURL(/pick=ensieta/);
  const bar = mapSection(page).getByRole('group', { name: 'ENSIETA' });
  const star = bar.getByRole('button', { name: 'Ajouter ENSIETA à ma sélection' });
  await expect(star).toBeVisible();
  await expect(bar.locator('..')).toContainText('ENSIETA · Brest');
  // Under the map, inside the screen, a target of 24 px at least.
  const [m, b, s] = [await box(map(page)), await box(bar), await box(star)];
  expect(b.y).toBeGreaterThanOrEqual(m.y + m.height);
  expect(b.x + b.width).toBeLessThanOrEqual(isMobile ? 375 : 1280);
  expect(s.width).toBeGreaterThanOrEqual(24);
  expect(s.height).toBeGreaterThanOrEqual(24);
  if (isMobile) await star.tap();
  else await star.click();
  await expect(
    bar.getByRole('button', { name: 'Retirer ENSIETA de ma sélection' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(listedNames(page)).toHaveText(['ENSIETA']);
  // The star's press picked nothing more and let go of nothing.
  await expect(page).toHaveURL(/pick=ensieta(&|$)/);
  await mapSection(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('map-bar.png') });
  const axe = await axeOf(page).include('section[aria-labelledby="map-heading"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(errors).toEqual([]);
});

test('on the map the keys star too: S on the school the keys are on, then Tab to its star', async ({
  page,
}) => {
  await open(page, './?reg=93');
  await map(page).focus();
  // The region's first school in the ranking's order (map.spec.ts), then S.
  await page.keyboard.press('ArrowRight');
  await expect(map(page).getByRole('status')).toHaveText(/^ESIL Luminy Marseille · Marseille · /);
  await page.keyboard.press('s');
  await expect(listedNames(page)).toHaveText(['ESIL Luminy Marseille']);
  // The school stays under the map when the focus leaves it for its star: Space takes it out.
  await page.keyboard.press('Tab');
  const star = mapSection(page).getByRole('button', {
    name: 'Retirer ESIL Luminy Marseille de ma sélection',
  });
  await expect(star).toBeFocused();
  await page.keyboard.press('Space');
  await expect(listedNames(page)).toHaveCount(0);
  await expect(
    mapSection(page).getByRole('button', { name: 'Ajouter ESIL Luminy Marseille à ma sélection' }),
  ).toBeFocused();
  expect(await stored(page)).toBe('{"v":1,"ids":[]}');
  // No pick: S and the star are the shortlist's, Enter the comparison's.
  await expect(page).not.toHaveURL(/pick=/);
});

test('the ranking with a tapped row’s bar is axe-clean', async ({ page, isMobile }) => {
  await open(page, './?q=centrale');
  const row = chartRows(page).filter({ hasText: 'Centrale Lyon' });
  if (isMobile) await row.locator('text.name').tap();
  else await row.locator('text.name').hover();
  await expect(page.locator('.tooltip')).toContainText('Centrale Lyon');
  await expect(ranking(page).getByRole('group', { name: 'Centrale Lyon' })).toHaveCount(
    isMobile ? 1 : 0,
  );
  const axe = await axeOf(page).include('section[aria-labelledby="ranking-heading"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test(
  'under the strict CSP the bars draw, star and report no violation',
  { tag: '@desktop-only' },
  async ({ page, isMobile }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(`${e.effectiveDirective} blocked ${e.blockedURI}`);
      });
    });
    const errors = await open(page, './csp/?reg=53');
    if (isMobile) {
      const row = chartRows(page).filter({ hasText: 'ENSIETA' });
      await row.locator('text.name').tap();
      const bar = ranking(page).getByRole('group', { name: 'ENSIETA' });
      // Its look is set through the CSSOM (allowed), not as markup (refused): it has its box.
      await expect(bar.locator('..')).toHaveCSS('position', 'absolute');
      await bar.getByRole('button', { name: 'Ajouter ENSIETA à ma sélection' }).tap();
    } else {
      const dot = mapSection(page).locator('circle[data-id="ensieta"]');
      await dot.scrollIntoViewIfNeeded();
      await dot.click({ force: true });
      const bar = mapSection(page).getByRole('group', { name: 'ENSIETA' });
      await expect(bar).toHaveCSS('display', 'flex');
      await bar.getByRole('button', { name: 'Ajouter ENSIETA à ma sélection' }).click();
    }
    await expect(listedNames(page)).toHaveText(['ENSIETA']);
    const seen = await page.evaluate(
      () => (window as Window & { __cspViolations?: string[] }).__cspViolations ?? [],
    );
    expect(seen).toEqual([]);
    expect(errors).toEqual([]);
  },
);
