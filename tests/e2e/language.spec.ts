import { expect, test, type Page } from '@playwright/test';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { method as frMethod } from '../../src/lib/i18n/fr/method';
import { drawAll, open, settle, axeOf } from './page';

/** Every fixed French string of the catalogue that English words differently (4 letters or more). */
function frenchOnly(node: unknown, other: unknown): string[] {
  // File-name parts (`ecoles-international`, `points`) are not shown as text.
  if (typeof node === 'string') {
    return node !== other && node.length >= 4 && !/^[a-z0-9-]+$/.test(node) ? [node] : [];
  }
  if (node === null || typeof node !== 'object') return [];
  const twin = (other ?? {}) as Record<string, unknown>;
  return Object.entries(node).flatMap(([k, v]) => frenchOnly(v, twin[k]));
}

test('English: the switch translates the whole interface, formats numbers, and lives in the URL', async ({
  page,
}) => {
  // Reads the whole page and runs axe over it in English: slow on a loaded 2-core machine.
  test.slow();
  const errors = await open(page);
  await page.getByRole('searchbox', { name: 'Chercher une école' }).fill('centrale');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
  await expect(page).toHaveTitle(en.title);
  await expect(page).toHaveURL(/lang=en/);
  // The five Centrale schools and SUPELEC, today CentraleSupélec.
  await expect(page.getByRole('status').filter({ hasText: /of 144 schools/ })).toHaveText(
    /6 of 144 schools/,
  );

  // Pick a school so the comparison panel shows its sentences too, then read the whole page.
  await page.getByRole('searchbox', { name: en.filters.search }).fill('');
  await page.getByRole('checkbox', { name: 'Compare Centrale Paris' }).check();
  await page.getByRole('checkbox', { name: 'Compare Mines Saint-Etienne' }).check();
  await drawAll(page);
  const text = await page.locator('body').innerText();
  const left = frenchOnly(fr, en).filter((s) => text.includes(s));
  expect(left).toEqual([]);
  expect(text).not.toMatch(/\bmois\b|\bécoles\b|\bex æquo\b/);
  expect(text).not.toMatch(/\d,\d/);
  // A number and its unit are held together by a no-break space (U+00A0).
  expect(text).toContain('8\u00a0months');
  expect(text).toMatch(
    /Centrale Paris spends \d+(\.\d)?\u00a0months? more abroad than Mines Saint-Etienne/,
  );
  // Chart titles and alternatives are in English too.
  const labels = await page
    .locator('[aria-label], title')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
  expect(labels.filter((l) => /\bmois\b|\bécoles\b/.test(l))).toEqual([]);

  // A reload keeps English; the switch brings French back.
  await page.reload();
  await settle(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
  expect((await axeOf(page).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).not.toHaveURL(/lang=/);
  expect(errors).toEqual([]);
});

/**
 * What a reader could see start a line with : ; ! ? » (or end one with «): every text node of the
 * page (hidden ones too, and SVG text), and the labels a phone's comparison cards show from
 * `data-label`, that hold a plain space before the mark (or after «). Code and form fields aside.
 */
const breakable = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const mark = / [:;!?»]|« /;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (mark.test(text) && !node.parentElement?.closest('script, style, code, textarea')) {
        found.push(text.trim());
      }
    }
    for (const el of document.querySelectorAll('[data-label]')) {
      const label = el.getAttribute('data-label') ?? '';
      if (mark.test(label)) found.push(`data-label: ${label}`);
    }
    return found;
  });

// On a phone sentences wrap most; the text checked is the same at every width.
test('French: no line starts with : ; ! ? », their space is a no-break one', async ({ page }) => {
  // Two schools compared (their sentences and cards), the key points, the charts and the table.
  const errors = [await open(page, './?pick=centrale-paris,centrale-lyon')];
  await expect(page.locator('.gaps li')).toHaveCount(1);
  expect(await breakable(page)).toEqual([]);
  // The comparison sentence wraps on a phone: its colon stays with the school before it.
  expect(await page.locator('.gaps li').textContent()).toBe(
    'Centrale Paris passe 4,5\u00a0mois de plus à l’étranger que Centrale Lyon\u00a0: 8e contre 34e ex æquo.',
  );
  // A renamed school's profile (a note from data/noms-actuels.csv) and one with sourced quotes.
  for (const school of ['centrale-paris', 'mines-saint-etienne']) {
    errors.push(await open(page, `./?school=${school}`));
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await breakable(page), school).toEqual([]);
  }
  // The method page, the longest French text of the app.
  errors.push(await open(page, './?page=methode'));
  await expect(page.getByRole('heading', { name: frMethod.heading })).toBeVisible();
  expect(await breakable(page)).toEqual([]);
  expect(errors.flat()).toEqual([]);
});
