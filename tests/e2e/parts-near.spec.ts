// The parts below the charts (the map, the comparison, the table, the sources' context, the share
// panel) cost a reader who stays at the first screen nothing: neither their code nor a task. They
// are built when the reader scrolls near them or opens their fold (lib/island/wanted.ts), or a few
// seconds after the charts (LATER_MS), so that find-in-page and printing still find every part.
import { expect, test, type Page } from '@playwright/test';
import { table } from './page';
import { fr } from '../../src/lib/i18n/fr';
import { LATER_MS } from '../../src/lib/island/wanted';

/** The parts' code the page has asked for so far, by the name of their chunk. */
function chunks(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const name = /\/assets\/([A-Za-z]+)-[\w-]+\.js$/.exec(r.url())?.[1];
    if (name) seen.push(name);
  });
  return seen;
}

const built = (page: Page, part: string): Promise<boolean> =>
  page.evaluate(
    (p) => (document.querySelector(`[data-island="${p}"]`)?.childElementCount ?? 0) > 0,
    part,
  );

test('a reader at the first screen gets no part below the charts until near it', async ({
  page,
}) => {
  const asked = chunks(page);
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-ready', '1');
  // Half a second after the charts (LATER_MS counts from them), nothing below them is built or
  // loaded.
  await page.waitForTimeout(500);
  expect(await built(page, 'table')).toBe(false);
  expect(await built(page, 'share')).toBe(false);
  expect(asked).not.toContain('TableSection');
  expect(asked).not.toContain('Map');
  await expect(page.locator('html')).not.toHaveAttribute('data-settled', '1');

  // The share panel's fold opened: built, its code loaded then.
  await page.locator('summary', { hasText: fr.share.heading }).click();
  await expect(page.getByRole('heading', { name: fr.share.heading })).toBeAttached();
  expect(asked).toContain('SharePanel');

  // Scrolled down to the histogram's end: the map comes, then what follows it as the page grows.
  await page.keyboard.press('End');
  await expect(table(page)).toBeVisible();
  expect(asked).toContain('TableSection');
});

test('without a scroll, every part is built a few seconds after the charts', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-ready', '1');
  await expect(page.locator('html')).toHaveAttribute('data-settled', '1', {
    timeout: LATER_MS + 10_000,
  });
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await expect(table(page)).toBeAttached();
});
