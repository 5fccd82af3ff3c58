import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { open } from './page';

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
  await expect(page.locator('html')).toHaveAttribute('data-ready', '1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).not.toHaveURL(/lang=/);
  expect(errors).toEqual([]);
});
