import { expect, test, type Frame, type Page } from '@playwright/test';
import { fr } from '../../src/lib/i18n/fr';
import { DATA_VERSION } from './seed';
import { open, rows, settle, axeOf } from './page';

/** The host page on another origin (scripts/host-page.mjs, started by playwright.config.ts). */
const HOST = process.env.E2E_HOST_URL ?? 'http://127.0.0.1:4393/';
const TYPE = 'ecoles-international:height';

/** Opens the host page with one iframe per embed query; their frames once the app is ready. */
async function host(page: Page, embeds: string[]): Promise<Frame[]> {
  const query = embeds.map((q) => `frame=${encodeURIComponent(q)}`).join('&');
  await page.goto(`${HOST}?${query}`);
  const frames: Frame[] = [];
  for (let i = 0; i < embeds.length; i++) {
    const inner = await page
      .locator(`#frame-${i}`)
      .elementHandle()
      .then((h) => h?.contentFrame());
    if (!inner) throw new Error(`no frame ${i}`);
    await expect(inner.locator('html')).toHaveAttribute('data-settled', '1');
    frames.push(inner);
  }
  return frames;
}

/** The i-th frame, which must be there. */
function frame(frames: Frame[], i: number): Frame {
  const found = frames[i];
  if (!found) throw new Error(`no frame ${i}`);
  return found;
}

/** Each iframe's height on the host page, and the height of the document inside it. */
async function heights(page: Page, frames: Frame[]): Promise<{ frame: number; content: number }[]> {
  return Promise.all(
    frames.map(async (inner, i) => ({
      frame: await page.locator(`#frame-${i}`).evaluate((el) => el.getBoundingClientRect().height),
      content: await inner.evaluate(() => document.documentElement.getBoundingClientRect().height),
    })),
  );
}

/**
 * Waits until every iframe is as tall as its content, within 2 px. Each is scrolled into view
 * first: Chromium does not update the rendering of a cross-origin frame far off screen, so its
 * ResizeObserver (and its height message) waits until the frame comes near the viewport.
 */
async function fitted(page: Page, frames: Frame[]): Promise<{ frame: number; content: number }[]> {
  for (let i = 0; i < frames.length; i++) {
    await page.locator(`#frame-${i}`).scrollIntoViewIfNeeded();
  }
  await expect
    .poll(
      async () => (await heights(page, frames)).map((h) => Math.abs(h.frame - h.content) <= 2),
      {
        message: JSON.stringify(await heights(page, frames)),
        timeout: 10_000,
      },
    )
    .toEqual(frames.map(() => true));
  return heights(page, frames);
}

test(
  'two embeds on a page of another origin take the height of their content',
  { tag: '@desktop-only' },
  async ({ page }) => {
    const frames = await host(page, [
      'embed=ranking&embedId=rank',
      'embed=school&pick=centrale-paris&embedId=card',
    ]);
    expect(new URL(HOST).origin).not.toBe(new URL(frames[0]?.url() ?? '').origin);
    const [rank, card] = await fitted(page, frames);
    // 144 rows of 16 px against one card: the two heights are far apart, and both are the content's.
    expect(rank?.frame).toBeGreaterThan(144 * 16);
    expect(card?.frame).toBeLessThan(600);
    expect(card?.frame).toBeGreaterThan(150);
    await expect(frame(frames, 1).getByRole('heading', { level: 2 })).toHaveText(
      'Centrale Paris, aujourd’hui CentraleSupélec',
    );

    // From wide to narrow, the card's figures go from two columns to one: the frame follows.
    await page.setViewportSize({ width: 1280, height: 800 });
    const wide = await fitted(page, frames);
    await page.setViewportSize({ width: 320, height: 700 });
    const narrow = await fitted(page, frames);
    expect(narrow[1]?.frame).toBeGreaterThan((wide[1]?.frame ?? 0) + 50);
  },
);

test(
  'messages that are not the iframe’s own are ignored',
  { tag: '@desktop-only' },
  async ({ page }) => {
    const frames = await host(page, [
      'embed=ranking&embedId=rank',
      'embed=school&pick=centrale-paris&embedId=card',
    ]);
    const before = (await fitted(page, frames)).map((h) => h.frame);

    // Forged by the host page's own window (event.source is not an iframe's window).
    await page.evaluate(async (type) => {
      window.postMessage({ type, id: 'rank', height: 40 }, '*');
      window.postMessage({ type, id: 'card', height: 40 }, '*');
      window.postMessage({ type, id: null, height: 40 }, '*');
      // Messages arrive in order: once this one is here, embed.js has seen the three above.
      await new Promise<void>((resolve) => {
        const done = (e: MessageEvent): void => {
          if (e.data !== 'forged:done') return;
          window.removeEventListener('message', done);
          resolve();
        };
        window.addEventListener('message', done);
        window.postMessage('forged:done', '*');
      });
    }, TYPE);
    expect((await heights(page, frames)).map((h) => h.frame)).toEqual(before);

    // Sent by one embed with the other's id: neither frame changes.
    await page.evaluate(() => {
      (window as unknown as { marker: Promise<void> }).marker = new Promise<void>((resolve) =>
        window.addEventListener('message', (e) => e.data === 'forged:marker' && resolve()),
      );
    });
    await frame(frames, 0).evaluate((type) => {
      window.parent.postMessage({ type, id: 'card', height: 40 }, '*');
      window.parent.postMessage('forged:marker', '*');
    }, TYPE);
    await page.evaluate(() => (window as unknown as { marker: Promise<void> }).marker);
    expect((await heights(page, frames)).map((h) => h.frame)).toEqual(before);
  },
);

const KINDS = [
  { query: 'embed=ranking&q=centrale', title: fr.embed.titles.ranking },
  { query: 'embed=distribution&fam=mines', title: fr.embed.titles.distribution },
  { query: 'embed=table&q=mines&sort=-months', title: fr.embed.titles.table },
  { query: 'embed=school&pick=enst-paris', title: fr.embed.titles.school },
  { query: 'embed=compare&pick=centrale-paris,centrale-lyon', title: fr.embed.titles.compare },
] as const;

for (const kind of KINDS) {
  test(`${kind.query}: one view, a short title, the source, a link to the whole app; axe-clean`, async ({
    page,
  }) => {
    const errors = await open(page, `./?${kind.query}&embedId=x`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(kind.title);
    await expect(page).toHaveTitle(kind.title);
    // No filters, no language switch, no share panel, no downloads.
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'English' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: fr.share.heading })).toHaveCount(0);
    await expect(page.getByRole('group', { name: /Télécharger/ })).toHaveCount(0);
    await expect(page.getByText(fr.source)).toBeVisible();
    const link = page.getByRole('link', { name: new RegExp(fr.embed.fullApp) });
    await expect(link).toHaveAttribute('target', '_blank');
    // The view's parameters, then the data's version.
    const params = new URLSearchParams(kind.query);
    params.delete('embed');
    params.set('v', DATA_VERSION);
    const expected = params.toString();
    await expect(link).toHaveAttribute(
      'href',
      new URL(`./${expected ? `?${expected}` : ''}`, page.url()).href,
    );
    const result = await axeOf(page).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('embed views show what their URL asks: the card’s figures, the filtered table', async ({
  page,
}) => {
  await open(page, './?embed=school&pick=centrale-lyon');
  const card = page.getByRole('article', { name: 'Centrale Lyon' });
  await expect(card).toContainText('6 mois');
  await expect(card).toContainText('34e ex æquo');
  await expect(card).toContainText('32 écoles, places 34 à 65');
  // Plain counts: 33 schools above places 34–65, 144 − 65 = 79 below, 31 others tied.
  await expect(card).toContainText(
    '33 écoles ont plus de mois, 79 en ont moins, 31 autres en ont autant.',
  );

  await open(page, './?embed=table&q=mines&sort=-months');
  await expect(rows(page)).toHaveCount(7);
  await expect(page.getByText('Filtre : recherche « mines » · 7 sur 144 écoles')).toBeVisible();

  await open(page, './?embed=school');
  await expect(page.getByText(fr.embed.noSchool)).toBeVisible();
});

test(
  'the link to the whole app opens the same view in a new tab',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await open(page, './?embed=ranking&q=centrale&lang=en&embedId=x');
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('link', { name: /Open in the full explorer/ }).click(),
    ]);
    await settle(popup);
    expect(new URL(popup.url()).search).toBe('?q=centrale&lang=en');
    await expect(popup.getByRole('searchbox')).toHaveValue('centrale');
  },
);

test(
  'an embed says it is ready once its view is drawn, not while its code is still loading',
  { tag: '@desktop-only' },
  async ({ page }) => {
    // The embed's code held back half a second: the rest of the page has started by then.
    await page.route(/\/assets\/Embed-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    // Whether the embed's view is in the page at the moment the page says it is ready.
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (document.documentElement.dataset.ready === undefined) return;
        document.documentElement.dataset.drawnAtReady = String(
          document.querySelector('main.embed') !== null,
        );
        seen.disconnect();
      });
      seen.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
    });
    await open(page, './?embed=school&pick=centrale-paris');
    await expect(page.locator('html')).toHaveAttribute('data-drawn-at-ready', 'true');
    expect((await axeOf(page).analyze()).violations).toEqual([]);
  },
);

test(
  'theme=dark and theme=light override the system’s scheme; auto follows it',
  { tag: '@desktop-only' },
  async ({ page }) => {
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, './?embed=school&pick=centrale-paris&theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).toBe('rgb(17, 20, 24)');
    expect((await axeOf(page).analyze()).violations).toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, './?embed=school&pick=centrale-paris&theme=light');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await open(page, './?embed=school&pick=centrale-paris');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
    expect(await background()).toBe('rgb(17, 20, 24)');
  },
);

test(
  'in an embed a change replaces the history entry: the host’s back button is left alone',
  { tag: '@desktop-only' },
  async ({ page }) => {
    // edit=1: its readers may change the schools (an embed is read-only by default).
    await open(page, './?embed=table&q=mines&edit=1');
    const before = await page.evaluate(() => history.length);
    await page.getByRole('columnheader', { name: /École/ }).getByRole('button').click();
    await expect(page).toHaveURL(/sort=name/);
    await page.getByRole('checkbox', { name: 'Comparer Mines Douai' }).check();
    await expect(page).toHaveURL(/pick=mines-douai/);
    expect(await page.evaluate(() => history.length)).toBe(before);
  },
);
