import { defineConfig, devices } from '@playwright/test';
import { TEST_ARGS, findChromium } from './scripts/chromium.mjs';

// Browser tests run on the production build (dist/), served by scripts/serve.mjs, in Chromium.
const chromium = await findChromium();
// An uncommon port, so a dev server on 5173 or a preview on 4173 does not clash; E2E_PORT overrides it.
const port = Number(process.env.E2E_PORT ?? 4391);
// A host page for the embed tests, on another origin (another port); E2E_HOST_PORT overrides it.
const hostPort = Number(process.env.E2E_HOST_PORT ?? port + 2);
process.env.E2E_HOST_URL = `http://127.0.0.1:${hostPort}/`;
// Specs whose subject does not change with the width run at desktop only: what a file, a download
// or a clipboard holds, the loader and its worker, the strict CSP, the single file, the authors'
// tools (annotate, embed builder, image sizes), the words of each language (checked as text, not
// as laid out) and the methodology (its own test reads it at 320 px). Every view a reader sees is
// still tested at both widths (app, explore, first-screen, table, map, shortlist …); run twice,
// these took CI to 17–20 of its 20 minutes. Print lays the page out at the paper's width, whatever
// the screen's. In the other files, a test tagged '@desktop-only' checks what a link, a file, the
// storage, the policy or a language's words hold, and one tagged '@phone-only' a state of the
// whole page that axe-core weighs (a minute at each width) and that the desktop's scan of the
// page covers too: each runs at one width. So does a test that sets its own width (320 px, or
// 1280 and 320 in turn): at 320 px, a phone's (touch, device pixels); at 1280, a desktop's.
const DESKTOP_ONLY = [
  'annotate',
  'cite',
  'copy-sentence',
  'csp',
  'data-downloads',
  'embed-builder',
  'export',
  'image-sizes',
  'language',
  'language-load',
  'load',
  'load-worker',
  'method',
  'print',
  'single',
  'social',
  'start-scripts',
  'version',
].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: 'tests/e2e',
  // The bench-only page the scale tests serve, built once per run (tests/e2e/global-setup.ts).
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  // axe-core over the full page (thousands of nodes) takes ~20 s on a 2-core machine: room for it.
  timeout: 60_000,
  // What a test waits for (the page settled, a part built, a poll): 10 s, not 5. Two workers on
  // two cores build two pages at once, and the parts below the charts wait for an idle moment
  // (lib/island): a settled page came after 5 s in one run of three. Not a time budget.
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath: chromium?.path, args: TEST_ARGS },
    trace: 'off',
  },
  projects: [
    {
      name: 'phone',
      testIgnore: DESKTOP_ONLY,
      grepInvert: /@desktop-only/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 375, height: 812 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
    {
      name: 'desktop',
      grepInvert: /@phone-only/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 20_000,
    },
    {
      command: `node scripts/host-page.mjs ${hostPort} http://127.0.0.1:${port}`,
      url: `http://127.0.0.1:${hostPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 20_000,
    },
  ],
});
