// startLoad in Chromium, on production builds of the load bench's page (bench/load/): the worker
// made from its own file (plainly and under the strict CSP at /csp/), the single-file build's
// inline worker, the main-thread fallback, cancel, a same-origin address and another origin, and
// binary files refused. The page is built and served by this file (dist-bench/e2e-<n>/, on the
// E2E port + 4 + the worker's index), as the app's build holds no page that loads a table yet.
import { expect, test, type Page } from '@playwright/test';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from '../../scripts/spawn-server.mjs';

test.describe.configure({ mode: 'serial' });

let server: ChildProcess | undefined;
let origin = '';
let folder = '';

// Playwright reads the fixtures a hook asks for from its first parameter: none here.
// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, info) => {
  test.setTimeout(120_000);
  // Absolute: Vite reads --outDir from the page's folder.
  const dir = resolve(`dist-bench/e2e-${info.parallelIndex}`);
  folder = dir;
  for (const [mode, out] of [
    ['production', `${dir}/load`],
    ['single', `${dir}/load-single`],
  ] as const) {
    const vite = [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'bench/load/vite.config.ts',
    ];
    const built = spawnSync(process.execPath, [...vite, '--mode', mode, '--outDir', out]);
    expect(built.status, String(built.stderr)).toBe(0);
  }
  // A table to fetch, in Windows-1252 (É = 0xC9), next to the page.
  writeFileSync(
    `${dir}/load/t.csv`,
    Buffer.from('Rang;\xc9cole;Mois\n1;\xc9cole A;12\n', 'latin1'),
  );
  const port = Number(process.env.E2E_PORT ?? 4391) + 4 + info.parallelIndex;
  server = await startServer(dir, port);
  origin = `http://127.0.0.1:${port}`;
});

test.afterAll(() => {
  server?.kill();
});

/** Opens the page at `path`, collecting page errors and the workers it makes. */
async function open(page: Page, path: string) {
  const seen = { errors: [] as string[], workers: [] as string[] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  page.on('worker', (w) => seen.workers.push(w.url()));
  await page.goto(path.startsWith('file:') ? path : `${origin}/${path}`);
  await expect(page.locator('#state')).toHaveText('ready');
  return seen;
}

/** 20,000 generated schools loaded as a file, through benchLoad. */
async function loadGenerated(page: Page) {
  const t = await page.evaluate(() => window.benchLoad(20_000));
  return { schools: t.schools, encoding: t.encoding };
}

for (const [label, path, worker] of [
  ['its own file', 'load/', /\/assets\/worker-[\w-]+\.js$/],
  ['its own file under the strict CSP', 'csp/load/', /\/csp\/load\/assets\/worker-[\w-]+\.js$/],
  ['the single-file build’s inline worker', 'load-single/', /^blob:/],
] as const) {
  test(`a generated table is read in a worker from ${label}`, async ({ page }) => {
    const seen = await open(page, path);
    expect(await loadGenerated(page)).toEqual({
      schools: 20_000,
      encoding: 'utf-8',
    });
    expect(seen.workers).toHaveLength(1);
    expect(seen.workers[0]).toMatch(worker);
    expect(seen.errors).toEqual([]);
  });
}

test('the single file opened from disk reads in its inline worker', async ({ page }) => {
  const seen = await open(page, `file://${folder}/load-single/index.html`);
  expect(await loadGenerated(page)).toEqual({ schools: 20_000, encoding: 'utf-8' });
  expect(seen.workers).toHaveLength(1);
  expect(seen.workers[0]).toMatch(/^blob:null\//);
  expect(seen.errors).toEqual([]);
});

test('without Worker, the table is read on the main thread', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'Worker', { value: undefined });
  });
  const seen = await open(page, 'load/');
  expect(await loadGenerated(page)).toEqual({ schools: 20_000, encoding: 'utf-8' });
  expect(seen.workers).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('cancel rejects with cancelled and ends the worker', async ({ page }) => {
  const seen = await open(page, 'load/');
  const closed = new Promise<void>((resolve) =>
    page.on('worker', (w) => w.on('close', () => resolve())),
  );
  expect(await page.evaluate(() => window.loadThenCancel(100_000))).toEqual({
    error: { kind: 'cancelled' },
  });
  await closed;
  expect(seen.errors).toEqual([]);
});

test('a same-origin address is fetched and decoded; another origin is refused unasked', async ({
  page,
}) => {
  await open(page, 'load/');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  expect(
    await page.evaluate(() => window.loadSource({ kind: 'url', url: 't.csv', name: 't' })),
  ).toEqual({ schools: 1, first: 'École A', encoding: 'windows-1252', bom: false, bytes: 29 });
  expect(requests.filter((u) => u.endsWith('/load/t.csv'))).toHaveLength(1);
  const url = 'https://example.org/t.csv';
  expect(
    await page.evaluate((u) => window.loadSource({ kind: 'url', url: u, name: 't' }), url),
  ).toEqual({
    error: { kind: 'fetch', url, status: null },
  });
  expect(
    await page.evaluate(() => window.loadSource({ kind: 'url', url: 'missing.csv', name: 'm' })),
  ).toEqual({ error: { kind: 'fetch', url: `${origin}/load/missing.csv`, status: 404 } });
  expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
});

test('a PNG, an XLSX and UTF-16 with a BOM, picked as files', async ({ page }) => {
  await open(page, 'load/');
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d];
  expect(await page.evaluate((b) => window.loadBytes(b, 'x.png'), png)).toEqual({
    error: { kind: 'not-text', format: 'png' },
  });
  const name = Array.from('[Content_Types].xml', (c) => c.charCodeAt(0));
  const xlsx = [0x50, 0x4b, 3, 4, ...new Array<number>(22).fill(0), name.length, 0, 0, 0, ...name];
  expect(await page.evaluate((b) => window.loadBytes(b, 'x.xlsx'), xlsx)).toEqual({
    error: { kind: 'not-text', format: 'xlsx' },
  });
  // "Rang;École;Mois\n1;A;12\n" in UTF-16 BE: 23 characters, 2 bytes each, after a 2-byte BOM.
  const be = [
    0xfe,
    0xff,
    ...Array.from('Rang;École;Mois\n1;A;12\n', (c) => [0, c.charCodeAt(0)]).flat(),
  ];
  expect(await page.evaluate((b) => window.loadBytes(b, 'be.csv'), be)).toEqual({
    schools: 1,
    first: 'A',
    encoding: 'utf-16be',
    bom: true,
    bytes: 48,
  });
});
