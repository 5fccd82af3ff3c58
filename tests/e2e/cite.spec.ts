// How to cite the data (issue 15, part 2): on the methodology page and in the share panel, a short
// and a full citation and a BibTeX entry, each with its copy button; they name the data's version
// (the published file's SHA-256, its first 12 digits), the view's link with that version, and the
// day of reading. Axe-clean.
import { expect, test } from '@playwright/test';
import { fr } from '../../src/lib/i18n/fr';
import { open, unfold, axeOf } from './page';
import { DATA_VERSION } from './seed';

/** Today as the page writes it in a French citation ("1er décembre 2026"). */
const today = (): string => {
  const d = new Date();
  const day = d.getDate();
  const month = new Intl.DateTimeFormat('fr-FR', { month: 'long' }).format(d);
  return `${day === 1 ? '1er' : day} ${month} ${d.getFullYear()}`;
};

test('the methodology page: the citations name the version, the view and the day; copy works', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, './?page=methode');
  // The methodology article's (the share panel under it has its own).
  const cite = page.locator('article.method [data-cite]');
  await expect(cite.getByRole('heading', { name: fr.cite.heading })).toBeVisible();
  const short = cite.locator('[data-citation="short"]');
  await expect(short).toContainText(`données ${DATA_VERSION}`);
  await expect(short).toContainText(today());
  await expect(short).toContainText(`page=methode&v=${DATA_VERSION}`);
  await expect(cite.locator('[data-citation="long"]')).toContainText(`SHA-256 ${DATA_VERSION}`);
  await expect(cite.locator('[data-citation="bibtex"]')).toContainText(
    `@misc{ecoles-international-${DATA_VERSION},`,
  );
  await cite.getByRole('button', { name: fr.cite.copyShort }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await short.textContent());
  expect((await axeOf(page).include('[data-cite]').analyze()).violations).toEqual([]);
});

test('the share panel cites the view shown, with its filter and the data’s version', async ({
  page,
}) => {
  await open(page, './?q=mines');
  await unfold(page, fr.share.heading);
  const short = page.locator('[data-cite] [data-citation="short"]');
  await expect(short).toContainText(`?q=mines&v=${DATA_VERSION}`);
  await expect(page.locator('[data-cite] [data-citation="long"]')).toContainText(
    '144\u00a0écoles classées',
  );
});
