// Each language's catalogue is two chunks of its own, loaded with import(): a page loads (and
// preloads) the words of its own language's first screen only, the rest of them with the parts
// below it; another language's two when a person switches to it, and the page stays in its
// language, saying so, when either load fails. On the built site (dist/), in Chromium.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
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

/** The path, under dist/, of the script holding the English first screen's words (its page loads
 *  it at start). */
const englishChunk = (): string => {
  const [file] = holding(startTexts('en/index.html'), en.title);
  if (file === undefined) throw new Error('no start file of dist/en/ holds the English title');
  return file;
};

/** Every script of dist/assets, with its text, by path relative to dist/. */
const scripts = (): Map<string, string> =>
  new Map(
    readdirSync('dist/assets')
      .filter((name) => name.endsWith('.js'))
      .map((name) => [`assets/${name}`, readFileSync(`dist/assets/${name}`, 'utf8')]),
  );

/** The path, under dist/, of the one script holding `words` (a language's later words). */
const laterChunk = (words: string): string => {
  const files = holding(scripts(), words);
  if (files.length !== 1) throw new Error(`${files.length} scripts of dist/ hold ${words}`);
  return files[0] as string;
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
  // The first screen's words only: the share fold's summary, not the panel's, the rules', the
  // table's nor the profile's words (a chunk of their own, not preloaded).
  expect(holding(frStart, fr.share.heading)).toHaveLength(1);
  expect(holding(enStart, en.share.heading)).toHaveLength(1);
  for (const [texts, t] of [
    [frStart, fr],
    [enStart, en],
  ] as const) {
    for (const words of [t.share.copyLink, t.rules.heading, t.table.caption, t.profile.close]) {
      expect(holding(texts, words), words).toEqual([]);
      // …but in the later words' chunk (the rules' heading in the methodology's too).
      expect(holding(scripts(), words), words).toContain(laterChunk(t.share.copyLink));
    }
  }
});

test('the prerendered page loads the rest of its words once, with the parts below the first screen', async ({
  page,
}) => {
  const asked = requests(page);
  const errors = await open(page);
  expect(asked.filter((p) => p === laterChunk(fr.share.copyLink))).toHaveLength(1);
  expect(asked).not.toContain(laterChunk(en.share.copyLink));
  // The parts that read them show them.
  await page.locator('summary', { hasText: fr.share.heading }).click();
  await expect(page.getByRole('button', { name: fr.share.copyLink })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: fr.rules.heading })).toBeAttached();
  expect(errors).toEqual([]);
});

test('French → English → French on the built site: the English catalogue loads on the switch', async ({
  page,
}) => {
  const asked = requests(page);
  const errors = await open(page, './?q=centrale');
  const english = englishChunk();
  const englishLater = laterChunk(en.share.copyLink);
  expect(asked).not.toContain(english);
  expect(asked).not.toContain(englishLater);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\?q=centrale&lang=en$/);
  // The search kept, its count in English.
  await expect(page.getByRole('status').filter({ hasText: /of 144 schools/ })).toHaveText(
    /6 of 144 schools/,
  );
  expect(asked.filter((p) => p === english)).toHaveLength(1);
  expect(asked.filter((p) => p === englishLater)).toHaveLength(1);
  // The parts below the first screen in English too.
  await expect(page.getByRole('heading', { level: 2, name: en.rules.heading })).toBeAttached();

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.title);
  await expect(page).toHaveURL(/\?q=centrale$/);
  // Back: English again, from the catalogue loaded before (no second request).
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.title);
  expect(asked.filter((p) => p === english)).toHaveLength(1);
  expect(asked.filter((p) => p === englishLater)).toHaveLength(1);
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

for (const part of ['first screen’s', 'later'] as const) {
  test(`offline (the English ${part} words), the switch leaves the page in French and says so; back online, it switches`, async ({
    page,
  }) => {
    const english = part === 'later' ? laterChunk(en.share.copyLink) : englishChunk();
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
}
