// `npm run bench:load`: a generated table of BENCH_LOAD_N schools (default 100,000, about 3.5 MB)
// handed to startLoad as a file in Chromium, on a production build of a bench-only page
// (bench/load/, built into dist-bench/load/): the time from startLoad to the resolved LoadResult,
// the longest main-thread task meanwhile (longtask entries: tasks over 50 ms; 0 when none), and the
// worst delay of a 10 ms timer (how long a key press would have waited). Medians of BENCH_LOAD_RUNS
// runs (default 7) after one warm-up, with the page served plainly and under the strict CSP (/csp/:
// the worker's own file must be allowed), and the single-file build's inline worker. A measure, not
// a test: it exits 0. BENCH_LOAD_PORT sets the port (default 4398).
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startServer } from './spawn-server.mjs';

const port = Number(process.env.BENCH_LOAD_PORT ?? 4398);
const n = Number(process.env.BENCH_LOAD_N ?? 100_000);
const runs = Number(process.env.BENCH_LOAD_RUNS ?? 7);

for (const mode of ['production', 'single']) {
  const built = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'bench/load/vite.config.ts',
      '--mode',
      mode,
    ],
    { stdio: 'inherit' },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};

const found = await findChromium();
if (found === null) {
  console.error('no Chromium found (set CHROMIUM_PATH)');
  process.exit(1);
}
const server = await startServer('dist-bench', port);
const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
try {
  console.log(`${n} schools, medians of ${runs} runs (ms)`);
  console.log('page                 total  longest task  worst timer delay  (all runs: total)');
  for (const [label, path] of /** @type {[string, string][]} */ ([
    ['worker', 'load/'],
    ['worker under CSP', 'csp/load/'],
    ['single-file inline', 'load-single/'],
  ])) {
    const page = await browser.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`http://127.0.0.1:${port}/${path}`);
    await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
    /** @type {import('../bench/load/main').LoadTiming[]} */
    const timings = [];
    for (let i = 0; i <= runs; i++) {
      const t = await page.evaluate((count) => window.benchLoad(count), n);
      if (t.schools !== n) throw new Error(`${label}: ${t.schools} schools read, not ${n}`);
      if (i > 0) timings.push(t);
    }
    const cell = (/** @type {number} */ v, /** @type {number} */ w) => String(v).padStart(w);
    console.log(
      label.padEnd(20),
      cell(median(timings.map((t) => t.ms)), 6),
      cell(median(timings.map((t) => t.longest)), 13),
      cell(median(timings.map((t) => t.worstDelay)), 18),
      ` (${timings.map((t) => t.ms).join(', ')}; longest ${Math.max(...timings.map((t) => t.longest))})`,
    );
    if (errors.length > 0) console.log('  errors:', errors.join(' | '));
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
