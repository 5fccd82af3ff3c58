// The prerendered page (scripts/prerender.mjs, src/main.ts): readable before and without any script,
// hydrated in place when the address asks for the view it holds, and laid out the same before and
// after hydration (no layout shift), in French at ./ and in English at ./en/.
import { expect, test, type Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { open, rows, names } from './page';
import { seedRows } from './seed';
import { FIRST_ROWS } from '../../src/lib/windowing/rows';

const seed = seedRows();

/** The rows of the whole ranking the page holds for a reader with scripts off. */
const wholeRows = (page: Page) => page.locator('.whole-ranking tbody tr');

/** The rank (the first cell, "34e ex æquo" → 34) of each row of the whole ranking. */
const wholeRanks = (page: Page): Promise<number[]> =>
  page
    .locator('.whole-ranking tbody tr td:first-of-type')
    .allTextContents()
    .then((cells) => cells.map((c) => Number.parseInt(c, 10)));

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the French page shows the 144 schools with their ranks, in order', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('h1')).toHaveText(
      'Les écoles d’ingénieurs les plus ouvertes à l’international',
    );
    // The first screen's chart holds its first rows (the others come a slice per task once the
    // script runs: windowing/growing.svelte.ts); the parts below the first screen, the table
    // among them, are built by the script (lib/island); the whole ranking follows the app, in a
    // <noscript>.
    await expect(page.locator('.rows .row')).toHaveCount(FIRST_ROWS);
    await expect(page.locator('table')).toHaveCount(1);
    expect(await page.locator('.rows .row .name').allTextContents()).toEqual(
      seed.slice(0, FIRST_ROWS).map((s) => s.name),
    );
    // With scripts off that chart gives way to the whole ranking, under its heading.
    await expect(page.locator('.rows')).toBeHidden();
    await expect(
      page.getByRole('table', { name: 'Toutes les écoles, dans l’ordre du classement' }),
    ).toBeVisible();
    await expect(wholeRows(page)).toHaveCount(144);
    expect(await wholeRows(page).locator('th').allTextContents()).toEqual(seed.map((s) => s.name));
    expect(await wholeRanks(page)).toEqual(seed.map((s) => s.rank));
  });

  test('the English page at en/ shows them too, in English, with its styles', async ({ page }) => {
    const css: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.css')) css.push(String(r.status()));
    });
    await page.goto('./en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('The most international French engineering schools');
    await expect(page.locator('h1')).toHaveText(
      'The most international French engineering schools',
    );
    await expect(page.locator('.rows .row')).toHaveCount(FIRST_ROWS);
    await expect(page.getByRole('table', { name: 'Every school, in ranking order' })).toBeVisible();
    expect(await wholeRows(page).locator('th').allTextContents()).toEqual(seed.map((s) => s.name));
    expect(await wholeRows(page).locator('td:first-of-type').first()).toHaveText('tied 1st');
    // The page's stylesheet (its own, its parts' and the prerendered styles, one file), found
    // from en/.
    await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(1);
    expect(css).toEqual(['200']);
  });

  test('what only a script makes work is not shown, and the page fits the screen', async ({
    page,
  }) => {
    await page.goto('./');
    // The top of the ranking, and the whole of it, are there to read.
    await expect(page.getByRole('heading', { name: 'En tête du classement' })).toBeVisible();
    await expect(wholeRows(page).first()).toBeVisible();
    // A search box, filters, a language button, sharing, a methodology link and download buttons
    // would do nothing: none is shown.
    for (const hidden of [
      page.getByRole('searchbox'),
      page.getByText('Filtres', { exact: true }),
      page.getByRole('button', { name: 'English' }),
      page.getByText('Partager cette vue'),
      page.getByRole('link', { name: 'Méthode et limites' }),
      page.getByRole('button', { name: 'Image SVG' }),
      page.locator('.load-slot'),
    ])
      await expect(hidden).toBeHidden();
    // Nothing goes past the screen's width (the whole ranking's columns went 39 px past it on a
    // phone), and the chart's empty frame takes no room: the whole ranking starts under the
    // ranking's heading.
    const { overflow, gap } = await page.evaluate(() => {
      const heading = document.getElementById('ranking-heading')?.getBoundingClientRect();
      const table = document.querySelector('.whole-ranking table')?.getBoundingClientRect();
      return {
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        gap: heading && table ? table.top - heading.bottom : NaN,
      };
    });
    expect(overflow).toBe(0);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(48);
  });

  test(
    'under the strict policy the prerendered markup breaks no rule',
    { tag: '@desktop-only' },
    async ({ page }) => {
      const reports: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) reports.push(m.text());
      });
      await page.goto('/csp/');
      await expect(wholeRows(page)).toHaveCount(144);
      expect(reports).toEqual([]);
    },
  );

  test(
    'the single file, opened from disk, shows them too',
    { tag: '@desktop-only' },
    async ({ page }) => {
      await page.goto(pathToFileURL(resolve('dist-single/index.html')).href);
      await expect(wholeRows(page)).toHaveCount(144);
      expect(await wholeRanks(page)).toEqual(seed.map((s) => s.rank));
      // One page: no other language's page to link to (its languages need the app).
      await expect(page.getByRole('link', { name: 'English' })).toHaveCount(0);
    },
  );

  test('a link in the language button’s place leads to the English page, and back', async ({
    page,
  }) => {
    await page.goto('./');
    const english = page.getByRole('link', { name: 'English' });
    await expect(english).toBeVisible();
    await expect(english).toHaveAttribute('hreflang', 'en');
    // Top right, where the button is with scripts: level with the title, past its left half.
    const [link, title, viewport] = await Promise.all([
      english.boundingBox(),
      page.locator('h1').boundingBox(),
      page.viewportSize(),
    ]);
    expect(link && title && viewport).toBeTruthy();
    if (link && title && viewport) {
      expect(link.y).toBeLessThan(title.y + title.height);
      expect(link.x).toBeGreaterThan(viewport.width / 2);
    }
    await english.click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('h1')).toHaveText(
      'The most international French engineering schools',
    );
    await expect(wholeRows(page)).toHaveCount(144);
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('h1')).toHaveText(
      'Les écoles d’ingénieurs les plus ouvertes à l’international',
    );
  });
});

/** Records the elements taken out of the page from its first byte on: a mount afresh empties #app. */
async function watchRemovals(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const removed: string[] = [];
    Object.defineProperty(window, '__removed', { value: removed });
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.removedNodes) if (n instanceof Element) removed.push(n.nodeName);
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as Window & { __removed?: string[] }).__removed ?? []);
}

test('the page is hydrated in place: its heading stays the one the HTML holds', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  const removed = await watchRemovals(page);
  const errors = await open(page, './');
  await expect(rows(page)).toHaveCount(144);
  // No HTML element is built again: not the first screen, nor the parts hydrated after it
  // (src/lib/island). (SVG marks may go: a chart is drawn again at its measured width.)
  expect((await removed()).filter((name) => name === name.toUpperCase())).toEqual([]);
  // Hydrated, it answers: a search filters the rows.
  await page.getByRole('searchbox', { name: 'Chercher une école' }).fill('centrale');
  await expect(rows(page)).toHaveCount(6);
  expect(errors).toEqual([]);
  expect(warnings).toEqual([]);
});

test(
  'on a desktop the ranking is prerendered at its column’s width: hydration leaves its marks in place',
  { tag: '@desktop-only' },
  async ({ page }) => {
    // The app's main chunk held back: the page as its HTML draws it, then once the app has started.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    const chart = page.locator('.chart[data-column]').first();
    const drawn = () =>
      chart.evaluate((frame) => ({
        frame: frame.clientWidth,
        svg: frame.querySelector('svg')?.getAttribute('width'),
        // Each prerendered row's bar end and dot, as the SVG holds them.
        marks: [...frame.querySelectorAll('.rows .row')]
          .slice(0, 16)
          .map((row) => [
            row.querySelector('line')?.getAttribute('x2'),
            row.querySelector('circle')?.getAttribute('cx'),
          ]),
      }));
    const before = await drawn();
    // 1280 px: the column at its widest (60rem less its padding), as the build draws the charts.
    expect(before.frame).toBe(928);
    expect(before.svg).toBe('928');
    expect(before.marks).toHaveLength(FIRST_ROWS);
    // Hydrated: the same width, each of those rows' bar and dot where the HTML put them.
    release();
    await expect(page.locator('html')).toHaveAttribute('data-ready', '1');
    const after = await drawn();
    expect(after.svg).toBe('928');
    expect(after.marks).toEqual(before.marks);
  },
);

test('another view than the prerendered one is mounted afresh, with no error', async ({ page }) => {
  const removed = await watchRemovals(page);
  const errors = await open(page, './?q=lyon');
  expect(await removed()).toContain('HEADER');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-stale');
  expect(await names(rows(page)).allTextContents()).toEqual(
    seed.filter((s) => /lyon/i.test(s.name)).map((s) => s.name),
  );
  expect(errors).toEqual([]);
});

test('en/ is hydrated in English at the app’s address for it, and French is one click away', async ({
  page,
}) => {
  const removed = await watchRemovals(page);
  const errors = await open(page, './en/');
  await expect(page).toHaveURL(/\/\?lang=en$/);
  expect(await removed()).not.toContain('HEADER');
  await expect(page.locator('h1')).toHaveText('The most international French engineering schools');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('h1')).toHaveText(
    'Les écoles d’ingénieurs les plus ouvertes à l’international',
  );
  await expect(page).toHaveURL(/\/$/);
  expect(errors).toEqual([]);
});

/** Collects layout shifts (not caused by input) from the page's first byte on. */
async function watchShifts(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
    let sum = 0;
    const add = (entries: PerformanceEntryList): void => {
      for (const e of entries as Shift[]) if (!e.hadRecentInput) sum += e.value;
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    // The entries not yet handed to the callback (it runs late on a busy machine) are taken too.
    Object.defineProperty(window, '__shifted', {
      value: () => {
        add(observer.takeRecords());
        return sum;
      },
    });
  });
  /** The sum of the shifts so far, once two frames have been drawn. */
  return () =>
    page.evaluate(
      () =>
        new Promise<number>((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              done((window as Window & { __shifted?: () => number }).__shifted?.() ?? NaN),
            ),
          ),
        ),
    );
}

for (const path of ['./', './en/']) {
  test(`no layout shift from load to ready at ${path} (CLS 0)`, async ({ page }) => {
    const shifted = await watchShifts(page);
    await open(page, path);
    expect(await shifted()).toBe(0);
    // The watch sees a shift: a block above the heading, grown or shrunk at each try, moves it
    // (scroll anchoring off, so that the browser does not scroll to keep the heading in place).
    await page.evaluate(() => {
      document.documentElement.style.overflowAnchor = 'none';
      document.body.prepend(Object.assign(document.createElement('div'), { id: 'pushed' }));
    });
    const push = async (): Promise<number> => {
      await page.evaluate(() => {
        const block = document.getElementById('pushed');
        if (block) block.style.height = block.style.height === '300px' ? '0px' : '300px';
        window.scrollTo(0, 0);
      });
      return shifted();
    };
    await expect.poll(push).toBeGreaterThan(0);
  });
}

/** Where the page's parts sit in the document: top and height of each heading, section and chart
 *  box, and the top of a table. (The SVG inside a chart box is drawn again at the measured width:
 *  its box is not. A table grows a slice of rows per task inside a box that keeps the whole
 *  list's height meanwhile: its own height grows, the box's not.) */
const partsLaidOut = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('#app :is(h1, h2, h3, section, .chart, table)'), (el) => {
      if (el.nodeName === 'TABLE')
        return `TABLE ${Math.round(el.getBoundingClientRect().top + scrollY)}`;
      const r = el.getBoundingClientRect();
      return `${el.nodeName}#${el.id} ${Math.round(r.top + scrollY)} ${Math.round(r.height)}`;
    }),
  );

test('every part the prerendered page holds stays where it was put; the others come below', async ({
  browser,
  page,
  viewport,
}) => {
  // The page as its HTML lays it out before the app starts: the app's code never comes. (Not
  // with scripts off: then the page hides what needs them, app.css.)
  const held = await browser.newContext({ viewport });
  const still = await held.newPage();
  await still.route(/\/assets\/main-[^/]*\.js$/, (route) => route.abort());
  await still.goto(new URL('./', test.info().project.use.baseURL).href);
  await expect(still.locator('h1')).toBeVisible();
  const before = await partsLaidOut(still);
  await held.close();
  await open(page, './');
  // The header, the controls, the results and the ranking chart (lib/island parts.ts PRERENDERED).
  expect(before.length).toBeGreaterThan(6);
  const after = await partsLaidOut(page);
  expect(after.filter((part) => before.includes(part))).toEqual(before);
  // The parts built by the script come after the first screen's, below it.
  expect(after.length).toBeGreaterThan(before.length + 5);
});

test('before the app’s script runs, another view’s address shows no prerendered view', async ({
  page,
}) => {
  // The app's script never arrives: what shows is what the HTML and the guard (the page's own
  // script, src/boot.ts) alone give.
  await page.route('**/assets/main-*.js', (route) => route.abort());
  await page.goto('./?q=lyon');
  await expect(page.locator('html')).toHaveAttribute('data-stale', '');
  await expect(page.locator('h1')).toBeHidden();
  await page.goto('./');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-stale');
});
