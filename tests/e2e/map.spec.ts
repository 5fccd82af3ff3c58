// Where the schools are: the region filter from a link and from its control, the map's dots (one
// per school shown that has a region), its keys, its links to the other views, its download, and
// the section axe-clean, at 320, 375 and 1280 px.
import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fr } from '../../src/lib/i18n/fr';
import { download } from './download';
import { names, open, rows, table, unfold, settle, axeOf } from './page';
import { nb } from '../i18n/spaces';

test.describe.configure({ timeout: 60_000 });

const count = (page: Page) => page.getByRole('status').filter({ hasText: /sur \d+\u00a0écoles/ });
const section = (page: Page) => page.locator('section[aria-labelledby="map-heading"]');
const dots = (page: Page) => section(page).locator('svg[role="img"] circle');
const map = (page: Page) => section(page).getByRole('application', { name: fr.places.keys });

test('a link with reg=53 keeps Brittany’s five schools in every view, the map included', async ({
  page,
}) => {
  const errors = await open(page, './?reg=53');
  await expect(count(page)).toHaveText(/5\u00a0sur 144\u00a0écoles/);
  await expect(names(rows(page))).toHaveText([
    'ENSIETA',
    'ENSSAT Lannion',
    'ENST Bretagne',
    'INSA Rennes',
    'ENSCR Chimie Rennes',
  ]);
  await expect(page.locator('summary', { hasText: 'Filtres (1)' })).toBeVisible();
  await expect(dots(page)).toHaveCount(5);
  await expect(section(page).locator('path[data-region="53"]')).toHaveClass(/chosen/);
  expect(errors).toEqual([]);
});

test('the region control ticks regions into the URL and says what it leaves out', async ({
  page,
}) => {
  await open(page);
  await unfold(page, 'Filtres');
  const regions = page.getByRole('group', { name: fr.places.filter });
  await regions.getByRole('checkbox', { name: 'Bretagne (5)' }).check();
  await expect(count(page)).toHaveText(/5\u00a0sur 144\u00a0écoles/);
  await expect(page).toHaveURL(/[?&]reg=53(&|$)/);
  await regions.getByRole('checkbox', { name: 'Grand Est (13)' }).check();
  await expect(count(page)).toHaveText(/18\u00a0sur 144\u00a0écoles/);
  await expect(page).toHaveURL(/[?&]reg=53%2C44(&|$)/);
  await expect(regions).toContainText(nb(fr.places.excluded('44')));
  await expect(dots(page)).toHaveCount(18);
  await page.getByRole('button', { name: 'Tout afficher' }).click();
  await expect(rows(page)).toHaveCount(144);
  await expect(regions.getByRole('checkbox', { name: 'Bretagne (5)' })).not.toBeChecked();
});

test('the map draws a dot per school shown that has a region; the others are counted', async ({
  page,
}) => {
  await open(page);
  await expect(dots(page)).toHaveCount(100);
  await expect(section(page)).toContainText(nb(fr.places.offMap(44, '44')));
  await page.goto('./?fam=centrale');
  await settle(page);
  await expect(count(page)).toHaveText(/5\u00a0sur 144\u00a0écoles/);
  await expect(dots(page)).toHaveCount(5);
  await expect(section(page)).not.toContainText('ne sont pas sur la carte');
  // The text alternative lists the same five, region by region.
  await section(page).locator('summary', { hasText: fr.places.table }).click();
  const alt = section(page).getByRole('table', { name: fr.places.table });
  await expect(alt.locator('tbody tr')).toHaveCount(5);
  await expect(alt.locator('tbody tr').first()).toContainText('Île-de-France1Centrale Paris');
});

test('the keys walk the map’s schools, light them in the ranking table, and pick one', async ({
  page,
}) => {
  await open(page, './?reg=93');
  await expect(map(page)).toHaveAttribute('tabindex', '0');
  await map(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(map(page).getByRole('status')).toHaveText(/^ESIL Luminy Marseille · Marseille · /);
  await expect(table(page).locator('tr.hovered')).toContainText('ESIL Luminy Marseille');
  await page.keyboard.press('ArrowRight');
  await expect(map(page).getByRole('status')).toHaveText(/^Centrale Marseille · Marseille · /);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/pick=centrale-marseille/);
  await expect(map(page).getByRole('status')).toHaveText(/ · choisie$/);
  await page.keyboard.press('Escape');
  await expect(table(page).locator('tr.hovered')).toHaveCount(0);
});

test('a dot hovered lights its school in the ranking table and labels it on the map', async ({
  page,
}) => {
  await open(page, './?fam=centrale');
  // The table is built as it comes near (on a phone, far below the map): brought near first.
  await table(page).scrollIntoViewIfNeeded();
  const lyon = section(page).locator('circle[data-id="centrale-lyon"]');
  await lyon.scrollIntoViewIfNeeded();
  await lyon.hover({ force: true });
  await expect(table(page).locator('tr.hovered')).toContainText('Centrale Lyon');
  await expect(section(page).locator('svg text')).toContainText('Centrale Lyon');
});

test(
  'the map section is axe-clean and fits a 320 px screen',
  { tag: '@phone-only' },
  async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await open(page);
    await section(page).scrollIntoViewIfNeeded();
    const svgWidth = Number(await section(page).locator('svg[role="img"]').getAttribute('width'));
    expect(svgWidth).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    const result = await axeOf(page).include('section[aria-labelledby="map-heading"]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  },
);

test(
  'the map downloads as a standalone SVG with its title, filter and dots',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await open(page, './?reg=53');
    const svg = await download(page, fr.download.chart(fr.places.heading), fr.download.svg);
    expect(svg.name).toBe('ecoles-international-carte.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain(fr.places.heading);
    expect(text).toContain(nb('Filtre~: région Bretagne · 5~sur 144~écoles'));
    // Bretagne's five dots and the legend's one: no other school's.
    expect(text.match(/<circle/g)?.length ?? 0).toBe(6);
    expect(text).not.toContain('class=');
    expect(text).not.toMatch(/\sstyle=/);
    expect(text).not.toContain('var(--');
  },
);

test(
  'under the strict CSP the map draws, takes a region and reports no violation',
  { tag: '@desktop-only' },
  async ({ page }) => {
    const blocked: string[] = [];
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(`${e.effectiveDirective} blocked ${e.blockedURI}`);
      });
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    await open(page, './csp/?reg=84');
    await expect(dots(page)).toHaveCount(14);
    // Brittany, clicked where no dot is (it has none with only 84 chosen).
    const brittany = section(page).locator('path[data-region="53"]');
    await brittany.scrollIntoViewIfNeeded();
    await brittany.click();
    await expect(dots(page)).toHaveCount(19);
    const seen = await page.evaluate(
      () => (window as Window & { __cspViolations?: string[] }).__cspViolations ?? [],
    );
    expect([...seen, ...blocked]).toEqual([]);
  },
);

test(
  'the single file opened from disk draws the map and filters by region',
  { tag: '@desktop-only' },
  async ({ page }) => {
    const file = resolve('dist-single/index.html');
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build:single first`);
    const errors = await open(page, `${pathToFileURL(file).href}?reg=11`);
    await expect(count(page)).toHaveText(/22\u00a0sur 144\u00a0écoles/);
    await expect(dots(page)).toHaveCount(22);
    expect(errors).toEqual([]);
  },
);
