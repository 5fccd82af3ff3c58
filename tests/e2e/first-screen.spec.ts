// The first screen, as a student on a phone (375×800) or a reader at a desktop (1280×800) sees it:
// the first ranked schools and the first match of a search inside the first viewport, a typo that
// still finds the school, the filters folded into a panel, the table's header in sight, axe-clean.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { open, table, axeOf, axeViolations } from './page';
import { seedRows } from './seed';
import { fr } from '../../src/lib/i18n/fr';
import { nb } from '../i18n/spaces';

const HEIGHT = 800;

test.beforeEach(async ({ page }) => {
  const width = page.viewportSize()?.width ?? 1280;
  await page.setViewportSize({ width, height: HEIGHT });
});

const search = (page: Page): Locator => page.getByRole('searchbox', { name: fr.filters.search });
/** The short list under the search box, by its heading. */
const results = (page: Page, heading: string): Locator =>
  // Each row's button (the star beside it, aria-pressed, is another control).
  page.getByRole('list', { name: heading }).locator('li > button:not([aria-pressed])');
const scrollY = (page: Page): Promise<number> => page.evaluate(() => window.scrollY);

test('with no search, the first ranked schools are in the first viewport', async ({
  page,
}, info) => {
  await open(page);
  const first = seedRows().slice(0, 3);
  const rows = results(page, fr.results.top);
  for (const [i, s] of first.entries()) {
    await expect(rows.nth(i)).toContainText(s.name);
    await expect(rows.nth(i)).toBeInViewport({ ratio: 1 });
  }
  expect(await scrollY(page)).toBe(0);
  await page.screenshot({ path: info.outputPath(`first-screen-${info.project.name}.png`) });
});

test(
  'at 1280×800 the ranking starts in the first screen',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: HEIGHT });
    await open(page);
    const heading = page.getByRole('heading', { name: fr.ranking.heading, level: 2 });
    await expect(heading).toBeInViewport({ ratio: 1 });
    const box = await page.locator('.rows .row').first().boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(HEIGHT);
  },
);

test('after « st etienne » the first match is in the viewport without scrolling', async ({
  page,
}, info) => {
  await open(page);
  await search(page).fill('st etienne');
  const rows = results(page, fr.results.matches);
  // The seed's schools with "Saint-Etienne" in their name, in rank order.
  const expected = seedRows()
    .filter((s) => s.name.includes('Saint-Etienne'))
    .map((s) => s.name);
  await expect(rows).toHaveCount(expected.length);
  await expect(rows.first()).toContainText(expected[0] ?? '');
  await expect(rows.first()).toBeInViewport({ ratio: 1 });
  expect(await scrollY(page)).toBe(0);
  await page.screenshot({ path: info.outputPath(`st-etienne-${info.project.name}.png`) });
});

test('Enter in the search box goes to the first match, and Enter again opens it', async ({
  page,
}) => {
  await open(page);
  const box = search(page);
  await box.fill('st etienne');
  const first = results(page, fr.results.matches).first();
  await expect(first).toContainText('ENISE Saint-Etienne');
  await box.press('Enter');
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport({ ratio: 1 });
  expect(await scrollY(page)).toBe(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'ENISE Saint-Etienne' })).toBeVisible();
});

test('a typo still finds the school, and « vouliez-vous dire » sets the search', async ({
  page,
}, info) => {
  const errors = await open(page);
  await search(page).fill('mines sant etienne');
  const meant = page.getByRole('button', { name: fr.notFound.didYouMean('mines saint etienne') });
  await expect(meant).toBeInViewport();
  const close = results(page, fr.notFound.heading);
  await expect(close).toHaveCount(1);
  await expect(close.first()).toContainText('Mines Saint-Etienne');
  await expect(close.first()).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: info.outputPath(`typo-${info.project.name}.png`) });
  await meant.click();
  await expect(search(page)).toHaveValue('mines saint etienne');
  await expect(page).toHaveURL(/\?q=mines\+saint\+etienne$/);
  await expect(results(page, fr.results.matches)).toHaveText([/Mines Saint-Etienne/]);

  await search(page).fill('polytecnique');
  await expect(results(page, fr.notFound.heading).first()).toContainText('Ecole polytechnique');
  await search(page).fill('centrale lyion');
  await expect(results(page, fr.notFound.heading)).toHaveText([/Centrale Lyon/]);
  // No school matches these exactly: the histogram, built since the page settled, went with its
  // box, and comes back with the schools (its part once threw as its box went: « observe »).
  const histogram = page.getByRole('heading', { name: fr.histogram.heading, level: 2 });
  await expect(histogram).toHaveCount(0);
  await search(page).fill('');
  await expect(histogram).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a search nothing matches says so under the box, with the names close to some of its words', async ({
  page,
}, info) => {
  const errors = await open(page);
  await search(page).fill('chimie paris');
  // No name holds both words (tests/analysis/fuzzy.test.ts): the 4 with « chimie », the rarer.
  const none = page.getByText(fr.results.none('chimie paris', false));
  await expect(none).toBeInViewport({ ratio: 1 });
  const some = results(page, fr.notFound.partial);
  await expect(some).toHaveText([
    /Chimie Bordeaux/,
    /Chimie Lille/,
    /Chimie Rennes/,
    /Chimie Clermont/,
  ]);
  await expect(some.first()).toBeInViewport({ ratio: 1 });
  expect(await scrollY(page)).toBe(0);
  // Said once: the page has no other « no school matches » below the share fold.
  await expect(page.getByText(/Aucune école ne correspond/)).toHaveCount(1);
  expect(await axeViolations(page, 'main > .controls')).toEqual([]);
  await page.screenshot({ path: info.outputPath(`partial-${info.project.name}.png`) });
  await page.getByRole('button', { name: fr.notFound.didYouMean('chimie') }).click();
  await expect(page).toHaveURL(/\?q=chimie$/);
  await expect(results(page, fr.results.matches)).toHaveCount(4);
  await expect(none).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('when the other filters hide what the search finds, one button searches without them', async ({
  page,
}) => {
  // The 2 schools named « polytechnique » have 6 and 3 months: none from 11.
  const errors = await open(page, './?q=polytechnique&min=11');
  // On a phone, below the filters' panel, which a link that sets a filter opens.
  await expect(page.getByText(fr.results.none('polytechnique', true))).toBeVisible();
  const widen = page.getByRole('button', { name: fr.notFound.widen(2, '2') });
  await widen.click();
  await expect(page).toHaveURL(/\?q=polytechnique$/);
  await expect(results(page, fr.results.matches)).toHaveText([
    /Institut polytechnique Lasalle Beauvais/,
    /Ecole polytechnique/,
  ]);
  expect(errors).toEqual([]);
});

test('a row of the short list opens the school’s profile', async ({ page }) => {
  await open(page);
  await search(page).fill('polytecnique');
  await results(page, fr.notFound.heading).first().click();
  await expect(page.getByRole('dialog', { name: 'Ecole polytechnique' })).toBeVisible();
  await expect(page).toHaveURL(/school=/);
});

test(
  'at 320, 360 and 375 px no word of a match’s name is cut across two lines',
  { tag: '@phone-only' },
  async ({ page }) => {
    // Beside a rank column of 4.5rem, a name had 115 px at 360 px in English: « d'ingénieur|s »,
    // « AgroParisTe|ch », « Polytech'Cle|rmont-Ferrand » broke mid-word. Each query lists such names.
    const queries = [
      'purpan',
      'agroparistech',
      'clermont',
      'polytechnique',
      'chaussees',
      'compiegne',
    ];
    for (const lang of ['fr', 'en'] as const) {
      await open(page, lang === 'en' ? './?lang=en' : './');
      for (const width of [320, 360, 375]) {
        await page.setViewportSize({ width, height: HEIGHT });
        for (const query of queries) {
          await page.getByRole('searchbox').first().fill(query);
          const names = page.locator('.results li .name');
          await expect(names.first()).toBeVisible();
          // Each word (between spaces, hyphens and apostrophes) of each name: the line boxes it
          // lies on, more than one when the word is cut.
          const cut = await names.evaluateAll((els) =>
            els.flatMap((el) => {
              const words: string[] = [];
              const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const text = node.textContent ?? '';
                for (const m of text.matchAll(/[^\s\-'’]+/gu)) {
                  const range = document.createRange();
                  range.setStart(node, m.index);
                  range.setEnd(node, m.index + m[0].length);
                  const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
                  if (tops.size > 1) words.push(`${el.textContent} → ${m[0]}`);
                }
              }
              return words;
            }),
          );
          expect(cut, `${lang} ${width} px « ${query} »`).toEqual([]);
        }
      }
    }
  },
);

test('the filters fold into a panel that says how many are set', async ({ page }) => {
  await open(page);
  const from = page.getByRole('spinbutton', { name: fr.filters.from });
  await expect(from).toBeHidden();
  await page.getByText(fr.filters.panel(0), { exact: true }).click();
  await expect(from).toBeVisible();
  await from.fill('3');
  await from.press('Tab');
  await page.getByRole('checkbox', { name: /^Mines/ }).check();
  await expect(page.locator('summary', { hasText: fr.filters.panel(2) })).toHaveCount(1);
  // A link that holds a filter opens the panel where the matches stand beside it; on a phone the
  // panel stays folded, its summary says which filters are set, and the first match is in the
  // first screen.
  await open(page, './?min=3&fam=mines');
  if ((page.viewportSize()?.width ?? 0) >= 768) {
    await expect(page.getByRole('spinbutton', { name: fr.filters.from })).toBeVisible();
  } else {
    await expect(page.getByRole('spinbutton', { name: fr.filters.from })).toBeHidden();
    const summary = page.locator('summary', { hasText: fr.filters.panel(2) });
    await expect(summary).toHaveText(nb(`${fr.filters.panel(2)} au moins 3~mois^; famille Mines`));
    await expect(summary).toBeInViewport({ ratio: 1 });
    await expect(results(page, fr.results.matches).first()).toBeInViewport({ ratio: 1 });
  }
});

test('the share panel sits with the controls, above the ranking', async ({ page }) => {
  await open(page);
  const share = page.locator('summary', { hasText: fr.share.heading });
  const ranking = page.getByRole('heading', { name: fr.ranking.heading, level: 2 });
  const [a, b] = [await share.boundingBox(), await ranking.boundingBox()];
  expect(a?.y ?? Infinity).toBeLessThan(b?.y ?? -Infinity);
  await share.click();
  await expect(page.getByRole('button', { name: fr.share.copyLink })).toBeVisible();
});

test('the table’s header stays in sight while its rows scroll by', async ({ page }) => {
  await open(page);
  const t = table(page);
  const th = t.locator('thead th').first();
  // Scroll so that the table's top is 600 px above the viewport: its header must stick at the top.
  // The parts above the table (content-visibility: auto) may take their real height only once
  // drawn, which moves the table after a scroll: scrolled again, in a new frame, until it is there.
  // The rows are drawn when they come into view, in the next frame: the header sticks from then on.
  await expect
    .poll(async () => {
      await t.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top + 600));
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
      const [box, head] = [await t.boundingBox(), await th.boundingBox()];
      return [Math.round(box?.y ?? 0) < -500, Math.round(head?.y ?? -1)];
    })
    .toEqual([true, 0]);
  // The table fits its box: nothing is cut off by the box's horizontal clip.
  const fits = await t.evaluate((el) => el.scrollWidth <= (el.parentElement?.clientWidth ?? 0));
  expect(fits).toBe(true);
});

test('the first screen is axe-clean, with the short list and with « vouliez-vous dire »', async ({
  page,
}) => {
  await open(page);
  const axe = async (): Promise<string[]> =>
    (await axeOf(page).include('main > .controls').analyze()).violations.map(
      (v) => `${v.id}: ${v.help}`,
    );
  expect(await axe()).toEqual([]);
  await search(page).fill('mines sant etienne');
  await expect(results(page, fr.notFound.heading)).toHaveCount(1);
  expect(await axe()).toEqual([]);
});
