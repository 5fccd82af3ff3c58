// Each language's catalogue is a chunk of its own, loaded with import(): a page loads (and preloads)
// its own language only, another when a person switches to it, and the page stays in its language,
// saying so, when that load fails. On the built site (dist/), in Chromium.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFiles } from '../../scripts/size.mjs';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { method as frMethod } from '../../src/lib/i18n/fr/method';
import { method as enMethod } from '../../src/lib/i18n/en/method';
import { open } from './page';

/** The start files (scripts/size.mjs: scripts, preloads, their static imports) of a page of
 *  dist/, each with its text, by path relative to dist/. */
function startTexts(page: 'index.html' | 'en/index.html'): Map<string, string> {
  const dir = join('dist', page.replace(/index\.html$/, ''));
  const read = (path: string): string => readFileSync(join(dir, path), 'utf8');
  return new Map(
    startFiles(read('index.html'), read).map((file) => [join(dir, file).slice(5), read(file)]),
  );
}

/** The files among `texts` whose text holds `words` (as the bundle writes them: JSON-escaped). */
const holding = (texts: Map<string, string>, words: string): string[] =>
  [...texts].filter(([, text]) => text.includes(words)).map(([file]) => file);

/** The path, under dist/, of the script holding the English catalogue (its page loads it). */
const englishChunk = (): string => {
  const [file] = holding(startTexts('en/index.html'), en.title);
  if (file === undefined) throw new Error('no start file of dist/en/ holds the English title');
  return file;
};

/** The URLs the page asks for, as paths, from now on. */
function requests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname.replace(/^\//, '')));
  return seen;
}

test('each prerendered page loads its own language’s catalogue, not the other’s nor the method’s', () => {
  const frStart = startTexts('index.html');
  const enStart = startTexts('en/index.html');
  // One start file each holds the page's catalogue (its title, its number words)…
  expect(holding(frStart, fr.title)).toHaveLength(1);
  expect(holding(enStart, en.title)).toHaveLength(1);
  // …and none the other language's, nor the methodology page's words.
  expect(holding(frStart, en.title)).toEqual([]);
  expect(holding(frStart, en.filters.search)).toEqual([]);
  expect(holding(enStart, fr.title)).toEqual([]);
  expect(holding(enStart, fr.filters.search)).toEqual([]);
  for (const texts of [frStart, enStart]) {
    expect(holding(texts, frMethod.back)).toEqual([]);
    expect(holding(texts, enMethod.back)).toEqual([]);
  }
});

test('French → English → French on the built site: the English catalogue loads on the switch', async ({
  page,
}) => {
  const asked = requests(page);
  const errors = await open(page, './?q=centrale');
  const english = englishChunk();
  expect(asked).not.toContain(english);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\?q=centrale&lang=en$/);
  // The search kept, its count in English.
  await expect(page.getByRole('status').filter({ hasText: /of 144 schools/ })).toHaveText(
    /6 of 144 schools/,
  );
  expect(asked.filter((p) => p === english)).toHaveLength(1);

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.title);
  await expect(page).toHaveURL(/\?q=centrale$/);
  // Back: English again, from the catalogue loaded before (no second request).
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.title);
  expect(asked.filter((p) => p === english)).toHaveLength(1);
  expect(errors).toEqual([]);
});

test('the methodology page switches language with its own words', async ({ page }) => {
  const errors = await open(page, './?page=methode');
  await expect(page.getByRole('heading', { level: 2, name: frMethod.heading })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: enMethod.heading })).toBeVisible();
  await expect(page.getByRole('link', { name: enMethod.back }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('offline, the switch leaves the page in French and says so; back online, it switches', async ({
  page,
}) => {
  const english = englishChunk();
  const exceptions: string[] = [];
  page.on('pageerror', (e) => exceptions.push(e.message));
  await open(page);
  await page.route(`**/${english}`, (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'English' })).toHaveText(
    'English\u00a0: la page n’a pas pu être chargée dans cette langue (hors connexion\u202f?). Elle reste en français.',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).not.toHaveURL(/lang=/);

  await page.unroute(`**/${english}`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
  await expect(page.locator('.lang-status')).toBeEmpty();
  expect(exceptions).toEqual([]);
});
