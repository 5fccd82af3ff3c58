// `npm run perf`: the app beside its peers (../shared/peers: the same two charts drawn with bare
// d3, Observable Plot and Vega-Lite), measured in one run of the peers' measure.mjs, printed as
// one markdown table with issue 12's goals checked for the app. A measure, not a test: never part
// of `npm test` or CI; it exits 0 whatever the figures (1 only when a step cannot run).
//
//   npm run perf [-- options]
//
//   --runs <k>        loads per target, the median reported (env PERF_RUNS). Default 9
//   --lh-runs <k>     Lighthouse performance runs per target, the median reported (PERF_LH_RUNS). Default 3
//   --no-lighthouse   no Lighthouse at all (PERF_LIGHTHOUSE=0): sizes and times only, much faster
//   --no-build        measure the dist/ there is (PERF_BUILD=0); by default `npm run build` runs first
//   --peers <dir>     the peers' folder (PEERS_DIR). Default ../shared/peers
//   --out <prefix>    where the results go. Default node_modules/.cache/perf/app-vs-peers-<time>
//
// Steps: the peers' folder (read-only) is copied into node_modules/.cache/peers/<hash of its
// package-lock.json>/, whose dependencies (`npm ci`: vite, playwright-core, lighthouse 12) are
// installed once per lock; the peers are built there (build-all.mjs, about a second); the app is
// built; measure.mjs loads each target (the app's dist/ and the three peers, 144 schools, 1280×800)
// and runs Lighthouse's performance category (mobile, simulated throttling); as measure.mjs runs
// no other category, each target then gets one Lighthouse run of accessibility, best practices and
// SEO, with the same Chromium, flags and settings. The table (scripts/perf-table.mjs) goes to
// stdout, the steps' output to stderr; the files are <prefix>.json and .md (measure.mjs's own),
// <prefix>-table.md, and <prefix>-lighthouse-<target>.json (the categories' full reports).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { categoryScores, OTHER_CATEGORIES, perfReport, perfRows } from './perf-table.mjs';
import { startServer } from './spawn-server.mjs';

/** @typedef {import('./perf-table.mjs').Measure} Measure */
/** @typedef {import('./perf-table.mjs').Categories} Categories */
/** @typedef {import('./perf-table.mjs').Lhr} Lhr */

/** The app's label in the table, and the peers' (folder under the peers' dist/ = label). */
const APP = 'app';
const PEERS = ['d3=d3', 'plot=plot', 'vega-lite=vega'];
/** Written into a cache folder once `npm ci` has finished there. */
const INSTALLED = '.installed';

const env = process.env;
const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: env.PERF_RUNS ?? '9' },
    'lh-runs': { type: 'string', default: env.PERF_LH_RUNS ?? '3' },
    'no-lighthouse': { type: 'boolean', default: env.PERF_LIGHTHOUSE === '0' },
    'no-build': { type: 'boolean', default: env.PERF_BUILD === '0' },
    peers: { type: 'string', default: env.PEERS_DIR ?? '../shared/peers' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) {
  const header = readFileSync(new URL(import.meta.url), 'utf8').split('\n\n')[0] ?? '';
  console.log(header.replace(/^\/\/ ?/gm, ''));
  process.exit(0);
}

/** @param {string} text */
const step = (text) => console.error(`\n== perf: ${text}`);

/**
 * Runs a command to its end, its output on stderr (stdout is the table's); throws when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
function run(command, args, cwd) {
  const done = spawnSync(command, args, { cwd, stdio: ['ignore', 2, 2] });
  if (done.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) failed: ${done.error ?? done.status}`,
    );
  }
}

/**
 * Every file and folder under `path` made writable by its owner: the peers' folder is read-only,
 * and a copy keeps the modes, so that build-all.mjs could not write dist/ in it.
 * @param {string} path
 */
function makeWritable(path) {
  const stats = statSync(path);
  chmodSync(path, stats.mode | 0o200);
  if (stats.isDirectory()) for (const name of readdirSync(path)) makeWritable(join(path, name));
}

/**
 * The peers ready to measure: a copy of `source` in the cache folder of its lock file, its
 * dependencies installed (once per lock), the pages built. Returns the copy's path.
 * @param {string} source
 */
function preparePeers(source) {
  const lock = join(source, 'package-lock.json');
  if (!existsSync(lock)) throw new Error(`${lock} not found: the peers are read from ${source}`);
  const key = createHash('sha256').update(readFileSync(lock)).digest('hex').slice(0, 12);
  const cache = resolve('node_modules/.cache/peers');
  const dir = join(cache, key);
  step(`peers: ${source} → ${dir}`);
  // Another lock's install is stale (and about 270 MB).
  for (const name of existsSync(cache) ? readdirSync(cache) : []) {
    if (name !== key) rmSync(join(cache, name), { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  // The sources afresh on every run (a page may change and keep its lock); the install stays.
  for (const name of readdirSync(dir)) {
    if (name !== 'node_modules' && name !== INSTALLED) {
      rmSync(join(dir, name), { recursive: true, force: true });
    }
  }
  for (const name of readdirSync(source)) {
    if (['node_modules', 'dist', 'results'].includes(name)) continue;
    cpSync(join(source, name), join(dir, name), { recursive: true });
    makeWritable(join(dir, name));
  }
  if (!existsSync(join(dir, INSTALLED))) {
    step('peers: npm ci (once per package-lock.json)');
    run('npm', ['ci', '--no-audit', '--no-fund'], dir);
    writeFileSync(join(dir, INSTALLED), `${key}\n`);
  }
  step('peers: node build-all.mjs');
  run(process.execPath, ['build-all.mjs'], dir);
  return dir;
}

/** A port free right now on 127.0.0.1. */
async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
  const address = server.address();
  await new Promise((ok) => server.close(() => ok(undefined)));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** @typedef {(url: string, flags: object) => Promise<{ lhr: Lhr } | undefined>} Lighthouse */

/**
 * One Lighthouse run of the other categories on `url`, in a Chromium of its own.
 * @param {Lighthouse} lighthouse
 * @param {string} executablePath
 * @param {string} url
 * @returns {Promise<Lhr>}
 */
async function lighthouseRun(lighthouse, executablePath, url) {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    const flags = { port, hostname: '127.0.0.1', output: 'json', logLevel: 'error' };
    const result = await lighthouse(url, { ...flags, onlyCategories: OTHER_CATEGORIES });
    if (!result) throw new Error(`no result for ${url}`);
    return result.lhr;
  } finally {
    await browser.close();
  }
}

/**
 * Accessibility, best practices and SEO of each target, one Lighthouse run each, as measure.mjs
 * runs the performance category: its Lighthouse, mobile preset (the default config), Chromium
 * launched by Playwright with the same flags, Lighthouse attached over CDP; the same page
 * (its path and query) served from the same folder.
 * @param {string} peersDir where lighthouse is installed
 * @param {string} executablePath Chromium
 * @param {Measure} measure the targets: label, folder, URL
 * @param {string} out the reports' prefix
 * @returns {Promise<Map<string, Categories>>}
 */
async function otherCategories(peersDir, executablePath, measure, out) {
  const entry = join(peersDir, 'node_modules/lighthouse/core/index.js');
  const { default: lighthouse } = /** @type {{ default: Lighthouse }} */ (
    await import(pathToFileURL(entry).href)
  );
  /** @type {Map<string, Categories>} */
  const scores = new Map();
  for (const { target, folder, url } of measure.results) {
    const serverPort = await freePort();
    const server = await startServer(folder, serverPort);
    try {
      const page = new URL(url);
      page.host = `127.0.0.1:${serverPort}`;
      const lhr = await lighthouseRun(lighthouse, executablePath, page.href);
      writeFileSync(`${out}-lighthouse-${target}.json`, JSON.stringify(lhr));
      const found = categoryScores(lhr);
      scores.set(target, found);
      console.error(`${target}: ${JSON.stringify(found)}`);
    } catch (error) {
      // The other targets still count: this one shows '–'.
      console.error(`${target}: Lighthouse failed: ${error}`);
    } finally {
      server.kill();
    }
  }
  return scores;
}

const runs = Number(opt.runs);
const lhRuns = Number(opt['lh-runs']);
const withLighthouse = !opt['no-lighthouse'];
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const out = resolve(opt.out ?? `node_modules/.cache/perf/app-vs-peers-${stamp}`);
mkdirSync(resolve(out, '..'), { recursive: true });

const found = await findChromium();
if (!found) throw new Error('no Chromium found: see "Where the browser tests find Chromium"');
const executablePath = found.path ?? chromium.executablePath();

const loadAtStart = loadavg()[0] ?? 0;
const peersDir = preparePeers(resolve(opt.peers));
if (!opt['no-build']) {
  step('app: npm run build');
  run('npm', ['run', 'build'], process.cwd());
}
const dist = resolve('dist');
if (!existsSync(join(dist, 'index.html')))
  throw new Error(`${dist}/index.html not found: build first`);

step(`measure.mjs: ${runs} loads per target${withLighthouse ? `, ${lhRuns} Lighthouse runs` : ''}`);
run(
  process.execPath,
  [
    'measure.mjs',
    ...['--sizes', '144', '--runs', String(runs), '--chromium', executablePath, '--out', out],
    ...(withLighthouse ? ['--lighthouse', '--lh-runs', String(lhRuns)] : []),
    `${dist}=${APP}`,
    ...PEERS.map((peer) => `dist/${peer}`),
  ],
  peersDir,
);
/** @type {Measure} */
const measure = JSON.parse(readFileSync(`${out}.json`, 'utf8'));

/** @type {Map<string, Categories>} */
let categories = new Map();
if (withLighthouse) {
  step(`Lighthouse ${OTHER_CATEGORIES.join(', ')}: one run per target`);
  categories = await otherCategories(peersDir, executablePath, measure, out);
}

const report = perfReport(measure, perfRows(measure, categories), {
  app: APP,
  lighthouseRuns: withLighthouse ? lhRuns : null,
  load: { start: loadAtStart, end: loadavg()[0] ?? 0, cores: cpus().length },
});
writeFileSync(`${out}-table.md`, `${report}\n`);
console.error(`\nwrote ${out}.json, .md, -table.md\n`);
console.log(report);
