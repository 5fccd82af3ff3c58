// `npm run bench:browser` (after `npm run build`): what a filter change costs in Chromium, from the
// input event to the page updated and laid out, on the bundled ranking (144 schools), at 375 and
// 1280 px. A measure, not a test. BENCH_PORT sets the port (default 4399), BENCH_DIST the build
// served (default dist/: another build, to compare two versions). With BENCH_N=10000 (any
// n), it also times a generated table of n schools, mounted by a bench-only page (bench/browser/,
// built into dist-bench/, never part of dist/).
//
// Each change is timed in two parts, with nothing idle in between:
//   script: the input event, Svelte's update (it flushes in a microtask) and the DOM changes;
//   layout: style and layout of the changed page, forced by reading offsetHeight.
// Paint is not included. Changes come BENCH_SETTLE_MS apart (default 100, a person typing), and a
// frame is drawn in between, so one change's rendering never lands in the next one's time and the
// page has settled (content-visibility decides what to skip a frame or two late). An earlier
// version read the layout after a setTimeout(0): after five nested timers browsers clamp it to
// 4 ms, so every sample carried about 4 ms of idle waiting, and sometimes a whole frame.
//
// The queries alternate between narrowing the list (a search typed) and widening it back to every
// school (the search cleared): the two costs differ widely, so each has its median; "all" is the
// median over both, the figure the budget is about.
import { chromium } from '@playwright/test';
import { buildBenchPage } from './bench-page.mjs';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startServer } from './spawn-server.mjs';

const port = Number(process.env.BENCH_PORT ?? 4399);
const big = Number(process.env.BENCH_N ?? 0);
const settle = Number(process.env.BENCH_SETTLE_MS ?? 100);

if (big > 0) buildBenchPage();

/**
 * In the page: types the queries one by one and times each change (script, layout), noting
 * whether it brought rows back (widened the list).
 * @param {import('@playwright/test').Page} page
 * @param {number} changes
 * @param {string[]} queries
 * @returns {Promise<{ script: number, layout: number, widened: boolean }[]>}
 */
async function timeChanges(page, changes, queries) {
  return page.evaluate(
    async ({ n, queries, settle }) => {
      const box = document.querySelector('input[type="search"]');
      if (!(box instanceof HTMLInputElement)) throw new Error('no search box');
      // How many schools the view shows, as the page says it ("6 écoles sur 144"): the table keeps
      // hidden rows mounted, or draws only a window of a long list, so its rows do not tell.
      const rows = () =>
        Number(
          (document.querySelector('.count strong')?.textContent ?? '')
            .replace(/[\s\u00a0\u202f]/g, '')
            .match(/\d+/)?.[0] ?? NaN,
        );
      const pause = () =>
        new Promise((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), settle));
      const out = [];
      for (let i = 0; i < n; i++) {
        const before = rows();
        const t0 = performance.now();
        box.value = queries[i % queries.length] ?? '';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        // Svelte queued its flush during the event; these turns of the microtask queue follow it.
        for (let k = 0; k < 3; k++) await Promise.resolve();
        const t1 = performance.now();
        void document.body.offsetHeight;
        const t2 = performance.now();
        const after = rows();
        if (i === 0 && after === before) throw new Error('the DOM did not change in time');
        out.push({ script: t1 - t0, layout: t2 - t1, widened: after > before });
        await pause();
      }
      return out;
    },
    { n: changes, queries, settle },
  );
}

/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? NaN;
};
/** @param {number} v */
const ms = (v) => (v < 1000 ? v.toFixed(1) : v.toFixed(0)).padStart(6);

const found = await findChromium();
const browser = await chromium.launch({ executablePath: found?.path, args: CHROMIUM_ARGS });
const servers = [await startServer(process.env.BENCH_DIST ?? 'dist', port)];
if (big > 0) servers.push(await startServer('dist-bench', port + 1));
try {
  const cases = [
    {
      label: 'seed (144)',
      url: `http://127.0.0.1:${port}/`,
      budget: 16,
      // "polytecnique" finds nothing exactly: it times the tolerant search and « vouliez-vous dire ».
      queries: ['centrale', '', 'mines', '', 'e', '', 'st etienne', '', 'polytecnique', ''],
      changes: 40,
      warmUp: 5,
    },
  ];
  if (big > 0) {
    const label = `${big.toLocaleString('en')} schools`;
    // Generated names are "École d'ingénieurs n° 1234": these keep about 1/9, 1/9, 1/90, 1/n, and
    // "ecloe n 9999x" none exactly: it times the tolerant search over every name.
    const queries = ['n 12', '', 'n 3', '', 'n 45', '', `n ${big}`, '', 'ecloe n 9999x', ''];
    const url = `http://127.0.0.1:${port + 1}/?n=${big}`;
    cases.push({ label, url, budget: 100, queries, changes: 12, warmUp: 2 });
  }
  console.log(`Chromium, filter change → DOM updated and laid out, changes ${settle} ms apart;`);
  console.log('medians in ms after a few warm-up changes: script and layout of all changes, then');
  console.log('the total of all changes, of the narrowing ones and of the widening ones\n');
  console.log('table          | width   | script | layout |    all | narrow |  widen | budget');
  console.log('---------------|---------|--------|--------|--------|--------|--------|-------');
  for (const c of cases) {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(c.url);
      await page.waitForSelector('html[data-settled="1"]', { timeout: 300_000 });
      const times = (await timeChanges(page, c.changes, c.queries)).slice(c.warmUp);
      const total = (/** @type {typeof times} */ list) => list.map((t) => t.script + t.layout);
      const m = median(total(times));
      const verdict = `${m < c.budget ? 'ok' : 'OVER'} < ${c.budget}`;
      const cells = [
        median(times.map((t) => t.script)),
        median(times.map((t) => t.layout)),
        m,
        median(total(times.filter((t) => !t.widened))),
        median(total(times.filter((t) => t.widened))),
      ];
      console.log(
        `${c.label.padEnd(14)} | ${`${width} px`.padEnd(7)} |${cells.map((v) => `${ms(v)}  |`).join('')} ${verdict}`,
      );
      await page.close();
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.kill();
}
