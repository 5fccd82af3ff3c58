// The single-file build (npm run build:single): one HTML file that works from disk and from a host.
import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { en } from '../../src/lib/i18n/en';
import { fr } from '../../src/lib/i18n/fr';
import { chartRows, open, rows } from './page';

const FILE = resolve('dist-single/index.html');

/** The URLs the page asked for, minus data: URLs (the empty favicon). */
function requests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('data:')) seen.push(r.url());
  });
  return seen;
}

test.beforeEach(() => {
  if (!existsSync(FILE)) throw new Error(`${FILE} is missing: run npm run build:single first`);
});

test('the single file opened from disk shows the ranking, with no error and no other file', async ({
  page,
}) => {
  const url = pathToFileURL(FILE).href;
  const asked = requests(page);
  const errors = await open(page, url);
  await expect(rows(page)).toHaveCount(144);
  await expect(chartRows(page)).toHaveCount(144);
  // The view still lives in the URL of a file.
  await page.getByRole('searchbox', { name: 'Chercher une école' }).fill('centrale');
  await expect(rows(page)).toHaveCount(6);
  await expect(page).toHaveURL(`${url}?q=centrale`);
  expect(asked).toEqual([url]);
  expect(errors).toEqual([]);
});

test('the single file served by a static host shows the ranking, with no error', async ({
  page,
}) => {
  const asked = requests(page);
  const errors = await open(page, '/single/');
  await expect(rows(page)).toHaveCount(144);
  expect(asked.map((u) => new URL(u).pathname)).toEqual(['/single/']);
  expect(errors).toEqual([]);
});

test('the single file holds both languages: English from the URL, then French, with no request', async ({
  page,
}) => {
  const url = pathToFileURL(FILE).href;
  const asked = requests(page);
  const errors = await open(page, `${url}?lang=en`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.title);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
  expect(asked).toEqual([`${url}?lang=en`]);
  expect(errors).toEqual([]);
});
