// `npm run bench:longtasks` (after `npm run build`): the main-thread tasks over 50 ms (Chromium's
// `longtask` entries, from the first script on) while the page starts and while a person uses it,
// at 375 and 1280 px, on the bundled ranking (144 schools). Issue 12 wants none. A measure, not a
// test: it prints every long task by step and exits 0. LONGTASK_PORT sets the port (default 4397),
// LONGTASK_DIST the build served (default dist/).
//
// Steps, each after the page has settled (two frames and 200 ms): start (up to the ready signal),
// a search typed then cleared, a sort, a tie shown alone from its mark in the table then all the
// schools again, a pick, a school's profile opened then closed, the
// methodology page opened (its code loads then) and left.
//
// With BENCH_N=100000 (any n) it runs the same steps on the bench-only page (bench/browser/, built
// into dist-bench/) over a generated table of n schools: its start step counts only the tasks after
// the table was read (the worker's part, done first on that page), from showing it on; the search
// typed is "n 12" (about 1 school in 9).
import { chromium } from '@playwright/test';
import { buildBenchPage } from './bench-page.mjs';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startServer } from './spawn-server.mjs';

const port = Number(process.env.LONGTASK_PORT ?? 4397);
const big = Number(process.env.BENCH_N ?? 0);
const query = big > 0 ? 'n 12' : 'st etienne';

if (big > 0) buildBenchPage();

/** @typedef {{ step: string, start: number, duration: number }} LongTask */

/**
 * The steps a person takes, each named; the long tasks are read after each.
 * @type {[string, (page: import('@playwright/test').Page) => Promise<void>][]}
 */
const STEPS = [
  ['start', async () => {}],
  [
    'search typed',
    async (page) => {
      await page.getByRole('searchbox').first().pressSequentially(query, { delay: 60 });
    },
  ],
  ['search cleared', (page) => page.getByRole('searchbox').first().fill('')],
  [
    'sort by name',
    (page) =>
      page
        .getByRole('columnheader', { name: /École|School/ })
        .getByRole('button')
        .click(),
  ],
  // A tie's mark in the table, then its button: the table shows that tie only, then all again.
  ['tie shown', (page) => showTie(page)],
  ['all shown', (page) => showTie(page)],
  ['pick a school', (page) => page.locator('tbody input[type="checkbox"]').first().click()],
  ['profile opened', (page) => page.locator('tbody [data-profile]').first().click()],
  ['profile closed', (page) => page.keyboard.press('Escape')],
  ['method opened', (page) => page.locator('#method-link-header').click()],
  [
    'method left',
    async (page) => {
      await page.goBack();
    },
  ],
];

/**
 * Opens the first listed tie's mark in the table and presses the button in its bubble (« show
 * these schools », or once they are shown, « show all »).
 * @param {import('@playwright/test').Page} page
 */
async function showTie(page) {
  const row = page
    .locator('tbody tr:not([hidden])')
    .filter({ has: page.locator('.tie') })
    .first();
  const mark = row.locator('.tie');
  // Still open from the step before (the same tie): a press on the mark would close it.
  if ((await mark.getAttribute('aria-expanded')) !== 'true') await mark.click();
  await row.locator('.bubble button').click();
}

/** Two frames and 200 ms: the page has drawn what the step changed. */
const settle = (/** @type {import('@playwright/test').Page} */ page) =>
  page.evaluate(
    () =>
      new Promise((r) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200))),
      ),
  );

const found = await findChromium();
const browser = await chromium.launch({ executablePath: found?.path, args: CHROMIUM_ARGS });
const server = await startServer(
  big > 0 ? 'dist-bench' : (process.env.LONGTASK_DIST ?? 'dist'),
  port,
);
let worst = 0;
try {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.addInitScript(() => {
      /** @type {{ start: number, duration: number }[]} */
      const seen = [];
      Object.defineProperty(window, '__longTasks', { value: seen });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) seen.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`http://127.0.0.1:${port}/${big > 0 ? `?n=${big}` : ''}`);
    // Not a locator: Playwright evaluates its selector engine in the page the first time one is
    // used, a task of 35–55 ms on this machine that the start would count as the page's own.
    await page.evaluate(
      () =>
        new Promise((done) => {
          const settled = () => document.documentElement.dataset.settled === '1';
          if (settled()) return done(undefined);
          new MutationObserver(() => settled() && done(undefined)).observe(
            document.documentElement,
            { attributes: true },
          );
        }),
    );
    // On the bench page, the table's reading (the worker's part) is not counted.
    const from = /** @type {number} */ (
      await page.evaluate(() => performance.getEntriesByName('bench:show')[0]?.startTime ?? 0)
    );
    /** @type {LongTask[]} */
    const tasks = [];
    let read = 0;
    for (const [step, act] of STEPS) {
      await act(page);
      await settle(page);
      const all = /** @type {{ start: number, duration: number }[]} */ (
        await page.evaluate(
          () =>
            /** @type {Window & { __longTasks?: { start: number, duration: number }[] }} */ (window)
              .__longTasks ?? [],
        )
      );
      for (const t of all.slice(read)) if (t.start + t.duration > from) tasks.push({ step, ...t });
      read = all.length;
      if (step === 'start') {
        // The selector engine's task (above) now, before the steps that use locators; not counted.
        await page.locator('html').count();
        await settle(page);
        read = await page.evaluate(
          () =>
            /** @type {Window & { __longTasks?: unknown[] }} */ (window).__longTasks?.length ?? 0,
        );
      }
    }
    const table = big > 0 ? `${big.toLocaleString('en')} schools` : 'the bundled ranking';
    console.log(`${table}, ${width} px: ${tasks.length} task(s) over 50 ms`);
    for (const t of tasks) {
      console.log(
        `  ${t.step.padEnd(16)} at ${t.start.toFixed(0).padStart(6)} ms: ${t.duration.toFixed(0)} ms`,
      );
      worst = Math.max(worst, t.duration);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`longest: ${worst.toFixed(0)} ms (issue 12: none over 50 ms)`);
