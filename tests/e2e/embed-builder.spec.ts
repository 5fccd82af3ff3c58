// The embed builder of the share panel (issue 15, part 5), as an author uses it: a card needs its
// school before any code; the school found in the builder's own search, the dark theme, the code
// and its live preview; the embed forced dark over a light system; the comparison embed read-only,
// with its chart; under the strict policy and in the single file too. Phone and desktop (playwright.config.ts).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fr } from '../../src/lib/i18n/fr';
import { DATA_VERSION } from './seed';
import { open, unfold, axeOf } from './page';
import { nb } from '../i18n/spaces';

/** The share panel, unfolded. */
async function panel(page: Page): Promise<Locator> {
  await unfold(page, fr.share.heading);
  return page.getByRole('region', { name: fr.share.heading });
}

/** The iframe's address in an embed code, its `&amp;` read back. */
const srcOf = (code: string): string =>
  (/src="([^"]+)"/.exec(code)?.[1] ?? '').replaceAll('&amp;', '&');

test('build a school embed: no code without the school; with it, the code, the dark theme and the preview', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = await open(page, './');
  const share = await panel(page);
  const copy = share.getByRole('button', { name: fr.share.copyEmbed });
  const code = share.getByRole('textbox', { name: fr.share.embedField });

  await share.getByRole('combobox', { name: fr.share.embedKind }).selectOption({
    label: fr.share.kinds.school,
  });
  await expect(copy).toBeDisabled();
  await expect(copy).toHaveAccessibleDescription(fr.share.needsPick);
  await expect(code).toHaveValue('');

  // The school, found in the builder's own search; the page's comparison is left as it was.
  const search = share.getByRole('combobox', { name: fr.compare.add });
  await search.fill('centrale paris');
  await share.getByRole('option', { name: /^Centrale Paris/ }).click();
  await expect(
    share.getByRole('button', { name: fr.builder.remove('Centrale Paris') }),
  ).toBeVisible();
  await share.getByRole('radio', { name: fr.builder.themes.dark }).check();
  await expect(copy).toBeEnabled();
  await expect(code).toHaveValue(/pick=centrale-paris&amp;theme=dark&amp;embed=school/);
  const snippet = await code.inputValue();
  const origin = new URL(page.url()).origin;
  expect(snippet).toMatch(
    new RegExp(
      `^<iframe src="${origin}/\\?pick=centrale-paris&amp;theme=dark&amp;embed=school&amp;embedId=school-[a-z0-9]{4}&amp;v=${DATA_VERSION}" title="[^"]+" data-ecoles-embed height="600" style="width: 100%; border: 0" loading="lazy" allow="clipboard-write"></iframe>\\n<script src="${origin}/embed.js" async></script>$`,
    ),
  );
  expect(new URL(page.url()).searchParams.get('pick')).toBeNull();
  await copy.click();
  await expect(share.getByText(fr.share.embedCopied)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  // The live preview: the school's card, dark, at the host width chosen.
  const title = fr.builder.previewTitle(fr.embed.frameTitle(fr.embed.titles.school));
  await share.getByRole('heading', { name: fr.builder.preview }).scrollIntoViewIfNeeded();
  const frame = share.getByTitle(title);
  await frame.scrollIntoViewIfNeeded();
  const inner = page.frameLocator(`iframe[title="${title}"]`);
  await expect(inner.getByRole('heading', { level: 2 })).toHaveText(
    'Centrale Paris, aujourd’hui CentraleSupélec',
  );
  await expect(inner.locator('html')).toHaveAttribute('data-theme', 'dark');
  await share.getByRole('radio', { name: fr.builder.px(320) }).check();
  await expect.poll(() => frame.evaluate((el) => el.getBoundingClientRect().width)).toBe(320);
  // The frame takes its content's height (the embed's own height messages).
  await expect
    .poll(async () => {
      const outer = await frame.evaluate((el) => el.getBoundingClientRect().height);
      const content = await inner
        .locator('html')
        .evaluate((el) => el.getBoundingClientRect().height);
      return Math.abs(outer - content) <= 2;
    })
    .toBe(true);
  await page.screenshot({ path: test.info().outputPath('builder.png'), fullPage: false });
  expect(errors).toEqual([]);

  // The embed's address, opened over a light system: dark all the same.
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, srcOf(snippet));
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    'Centrale Paris, aujourd’hui CentraleSupélec',
  );
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
  ).toBe('rgb(17, 20, 24)');
  expect((await axeOf(page).analyze()).violations).toEqual([]);
});

test('the share panel with its builder is axe-clean, the preview shown', async ({ page }) => {
  await open(page, './?pick=centrale-lyon,centrale-paris');
  const share = await panel(page);
  await share.getByRole('combobox', { name: fr.share.embedKind }).selectOption({
    label: fr.share.kinds.compare,
  });
  // The preview loads once scrolled to.
  await share.getByRole('heading', { name: fr.builder.preview }).scrollIntoViewIfNeeded();
  const inner = page.frameLocator('iframe[title^="Aperçu"]');
  await expect(inner.locator('svg[role="img"]')).toHaveCount(1);
  await share.getByTitle(/^Aperçu/).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('builder-compare.png') });
  const result = await axeOf(page).include('details:has(> summary)').analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the comparison embed is read-only and draws its schools on the months axis', async ({
  page,
}) => {
  const errors = await open(page, './?embed=compare&pick=centrale-paris,centrale-lyon&embedId=c');
  await expect(page.getByRole('button', { name: /^Retirer/ })).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  const chart = page.locator('main.embed svg[role="img"]').first();
  const label = nb(
    'Points sur l’axe «^Temps moyen à l’étranger (mois)^»~: Centrale Paris · 10,5~mois^; Centrale Lyon · 6~mois. Repères CTI en pointillés~: ',
  );
  expect((await chart.getAttribute('aria-label'))?.startsWith(label)).toBe(true);
  await expect(chart.locator('circle')).toHaveCount(2);
  // Centrale Paris (10.5 months) further right than Centrale Lyon (6).
  const [paris, lyon] = await chart
    .locator('circle')
    .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
  expect(paris).toBeGreaterThan(lyon ?? Infinity);
  // The CTI lines, as on the other charts.
  await expect(chart.locator('line.ref.minimum').first()).toBeAttached();
  expect((await axeOf(page).analyze()).violations).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('compare-embed.png'), fullPage: true });
  expect(errors).toEqual([]);

  // With edit=1, its reader may remove a school, and add one.
  await open(page, './?embed=compare&pick=centrale-paris,centrale-lyon&edit=1');
  await page.getByRole('button', { name: 'Retirer Centrale Lyon de la comparaison' }).click();
  await expect(page).toHaveURL(/pick=centrale-paris&/);
  await expect(page.getByRole('combobox', { name: fr.compare.add })).toBeVisible();
});

test('under the strict policy, the preview loads and nothing is blocked', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI}`);
    });
  });
  await open(page, '/csp/?pick=centrale-lyon');
  const share = await panel(page);
  await share.getByRole('combobox', { name: fr.share.embedKind }).selectOption({
    label: fr.share.kinds.school,
  });
  await share.getByRole('radio', { name: fr.builder.themes.light }).check();
  await share.getByRole('heading', { name: fr.builder.preview }).scrollIntoViewIfNeeded();
  const inner = page.frameLocator('iframe[title^="Aperçu"]');
  // The frame may still hold the kind shown before (the whole page, three h2) for a moment: wait
  // for the card's heading, then for it alone (a locator of several elements would fail at once).
  await expect(inner.getByRole('heading', { level: 2, name: 'Centrale Lyon' })).toBeVisible();
  await expect(inner.getByRole('heading', { level: 2 })).toHaveCount(1);
  await expect(inner.locator('html')).toHaveAttribute('data-theme', 'light');
  const frameSrc = await share.getByTitle(/^Aperçu/).getAttribute('src');
  expect(new URL(frameSrc ?? '').pathname).toBe('/csp/');
  expect(
    await page.evaluate(
      () => (window as Window & { __cspViolations?: string[] }).__cspViolations ?? [],
    ),
  ).toEqual([]);
});

test('in the single-file build, served or opened from disk, the preview shows the embed', async ({
  page,
}) => {
  const file = resolve('dist-single/index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build:single first`);
  for (const url of [
    '/single/?pick=centrale-lyon',
    `${pathToFileURL(file).href}?pick=centrale-lyon`,
  ]) {
    const errors = await open(page, url);
    const share = await panel(page);
    await share.getByRole('combobox', { name: fr.share.embedKind }).selectOption({
      label: fr.share.kinds.school,
    });
    await share.getByRole('heading', { name: fr.builder.preview }).scrollIntoViewIfNeeded();
    const inner = page.frameLocator('iframe[title^="Aperçu"]');
    // As above: the kind shown before may linger a moment in the frame.
    await expect(inner.getByRole('heading', { level: 2, name: 'Centrale Lyon' })).toBeVisible();
    await expect(inner.locator('html')).toHaveAttribute('data-settled', '1');
    await expect(inner.getByRole('heading', { level: 2 })).toHaveCount(1);
    // The code names the file itself: from disk, an address only this computer opens.
    await expect(share.getByRole('textbox', { name: fr.share.embedField })).toHaveValue(
      new RegExp(`^<iframe src="${url.startsWith('/') ? 'http' : 'file'}:`),
    );
    expect(errors).toEqual([]);
  }
});
