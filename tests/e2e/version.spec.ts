// Links that stay true (issue 15, part 3): a link made over another version of the data than the
// page has opens the view it asks for, and says plainly that the data differ, with both versions;
// on the page and in an embed. A link over the same data, or with none, says nothing.
import { expect, test } from '@playwright/test';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { open, axeOf } from './page';
import { DATA_VERSION } from './seed';

const OTHER = 'abcdef012345';

test('a link over other data opens its view and says so, with both versions', async ({ page }) => {
  await open(page, `./?q=mines&v=${OTHER}`);
  const note = page.getByRole('note').filter({ hasText: OTHER });
  await expect(note).toHaveText(fr.version.note(OTHER, DATA_VERSION));
  // The view asked for is shown all the same.
  await expect(page.getByRole('searchbox', { name: fr.filters.search })).toHaveValue('mines');
  expect((await axeOf(page).include('[data-version-note]').analyze()).violations).toEqual([]);
});

test('in English, and in an embed', async ({ page }) => {
  await open(page, `./?lang=en&embed=ranking&v=${OTHER}`);
  await expect(page.locator('[data-version-note]')).toHaveText(
    en.version.note(OTHER, DATA_VERSION),
  );
});

test('a link over the same data, or with no version, says nothing', async ({ page }) => {
  for (const search of [`?q=mines&v=${DATA_VERSION}`, '?q=mines', '?q=mines&v=not-hex']) {
    await open(page, `./${search}`);
    // The header's controls are built (after the page settles) where the note would be.
    await expect(page.locator('header .load-slot button').first()).toBeVisible();
    await expect(page.locator('[data-version-note]')).toHaveCount(0);
  }
});
