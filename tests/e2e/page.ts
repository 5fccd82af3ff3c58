// What browser tests share: opening the app and finding its main parts.
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a path, records console errors and uncaught exceptions, waits for the ready signal. */
export async function open(page: Page, path = './'): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '1');
  return errors;
}

/** The ranking table (not the comparison table). */
export const table = (page: Page): Locator =>
  page.getByRole('table', { name: 'Classement complet, triable par colonne' });

/** The rows of the ranking table. */
export const rows = (page: Page): Locator => table(page).locator('tbody tr');
