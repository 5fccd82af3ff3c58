// Copy a sentence (issue 15, part 1): a school's profile, the comparison and each key point have a
// button that copies a ready sentence in the page's language, its tie worded as the page words
// ranks and its source at the end; the clipboard's text is read back. Where the clipboard is
// unavailable, the sentence is shown in a read-only field, focused and selected. Axe-clean.
import { expect, test, type Page } from '@playwright/test';
import { names, open, rows, axeViolations } from './page';

/** No-break spaces as the French page sets them: before « : » and between a number and its word
 *  (U+00A0), inside « » (U+202F). */
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const IN_FR = `dans le classement général «${NNBSP}les plus ouvertes à l’international${NNBSP}»`;
const IN_EN = 'in the overall ranking “les plus ouvertes à l’international”';

const clipboard = (page: Page): Promise<string> =>
  page.evaluate(() => navigator.clipboard.readText());

test('a profile copies its sentence in French: the tie and its size, the source at the end', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = await open(page, './?school=enst-paris');
  const dialog = page.getByRole('dialog', { name: 'ENST Paris' });
  const button = dialog.getByRole('button', { name: 'Copier la phrase sur ENST Paris' });
  await expect(button).toHaveText('Copier la phrase');
  // A target of 24 px at least.
  const box = await button.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(24);
  await button.click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Phrase copiée.' })).toBeVisible();
  expect(await clipboard(page)).toBe(
    `ENST Paris est 15e ex æquo sur 144${NBSP}écoles (5${NBSP}écoles à 9${NBSP}mois) ${IN_FR}.`,
  );
  expect(await axeViolations(page, 'article.profile')).toEqual([]);
  expect(errors).toEqual([]);
});

test('in English: the comparison and a key point, each with its source', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = await open(page, './?lang=en&pick=mines-saint-etienne,enst-paris');
  await page.getByRole('button', { name: 'Copy the sentence comparing these schools' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sentence copied.' })).toBeVisible();
  expect(await clipboard(page)).toBe(
    `ENST Paris is tied 15th (9${NBSP}months) and Mines Saint-Etienne tied 23rd (8${NBSP}months) of 144 schools, a gap of 1${NBSP}month, ${IN_EN}.`,
  );
  const points = page.getByRole('button', { name: /^Copy key point \d of 6, with its source$/ });
  await expect(points).toHaveCount(6);
  await page.getByRole('button', { name: 'Copy key point 1 of 6, with its source' }).click();
  expect(await clipboard(page)).toBe(
    `65 of 144 schools (45%) send their students abroad for 6${NBSP}months or more on average. Source: overall ranking “les plus ouvertes à l’international”.`,
  );
  expect(await axeViolations(page, '.insights')).toEqual([]);
  expect(errors).toEqual([]);
});

test('without a clipboard, a key point’s sentence is shown selected for the reader to copy', async ({
  page,
}) => {
  // A browser with no Clipboard API (or a page not allowed to use it).
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  });
  const errors = await open(page, './?q=centrale');
  await page.getByRole('button', { name: `Copier le point 4${NBSP}sur 5, avec sa source` }).click();
  const field = page.locator('.insights').getByRole('textbox', { name: 'La phrase, à copier' });
  const expected =
    `Entre la première de ces 6${NBSP}écoles, Centrale Paris (10,5${NBSP}mois, 8e), et la dernière, Centrale Marseille (2,3${NBSP}mois, 136e)${NBSP}: 8,2${NBSP}mois d’écart. ` +
    `Source${NBSP}: classement général «${NNBSP}les plus ouvertes à l’international${NNBSP}».`;
  await expect(field).toHaveValue(expected);
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('readonly', '');
  expect(
    await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd]),
  ).toEqual([0, expected.length]);
  await expect(page.locator('.insights').getByRole('status').nth(3)).toContainText(
    'Copie automatique impossible',
  );
  expect(await axeViolations(page, '.insights')).toEqual([]);
  expect(errors).toEqual([]);
});

test('over the reader’s own table, the sentence names that table as its source', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = await open(page);
  await page.getByRole('button', { name: 'Charger un tableau' }).click();
  await page.evaluate(() => {
    delete document.documentElement.dataset.load;
  });
  // Alpha 8,5 first; Beta and Gamma tied second at 6; Delta fourth.
  await page
    .getByRole('region', { name: 'Explorer votre propre tableau' })
    .getByLabel('Choisir un fichier')
    .setInputFiles({
      name: 'mine.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Rang;École;Mois\n1;Alpha;8,5\n2;Beta;6\n2;Gamma;6\n4;Delta;2\n'),
    });
  await expect(page.locator('html')).toHaveAttribute('data-load', 'ok', { timeout: 20_000 });
  await names(rows(page)).filter({ hasText: 'Beta' }).click();
  await page
    .getByRole('dialog', { name: 'Beta' })
    .getByRole('button', { name: 'Copier la phrase sur Beta' })
    .click();
  expect(await clipboard(page)).toBe(
    `Beta est 2e ex æquo sur 4${NBSP}écoles (2${NBSP}écoles à 6${NBSP}mois) dans un tableau fourni par le lecteur (mine.csv).`,
  );
  expect(errors).toEqual([]);
});

test('an embedded comparison copies the same sentence, inside its frame on another origin', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The host page (scripts/host-page.mjs) frames the embed as its code says: clipboard-write allowed.
  const host = process.env.E2E_HOST_URL ?? 'http://127.0.0.1:4393/';
  const query = 'embed=compare&lang=en&pick=mines-saint-etienne,enst-paris&embedId=c';
  await page.goto(`${host}?frame=${encodeURIComponent(query)}`);
  const frame = page.frameLocator('#frame-0');
  await expect(frame.locator('html')).toHaveAttribute('data-settled', '1');
  await frame.getByRole('button', { name: 'Copy the sentence comparing these schools' }).click();
  await expect(frame.getByRole('status').filter({ hasText: 'Sentence copied.' })).toBeVisible();
  expect(await clipboard(page)).toBe(
    `ENST Paris is tied 15th (9${NBSP}months) and Mines Saint-Etienne tied 23rd (8${NBSP}months) of 144 schools, a gap of 1${NBSP}month, ${IN_EN}.`,
  );
});
