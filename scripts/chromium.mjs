// Finds a Chromium for the browser tests: an environment variable, the system's package, or Playwright's own.
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/** Flags this machine needs: no sandbox as root, no GPU, no background traffic to a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Playwright's own `--disable-features` list (playwright-core 1.65, chromiumSwitches.ts), which a
 * second `--disable-features` would replace, not extend: Chromium keeps the last of a switch given
 * twice. tests/build/chromium-args.test.ts fails when Playwright's list has a name this one lacks.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * The browser tests' flags: the machine's, and no omnibox popup. Each test's context is a window
 * of its own, and Chromium 156 loads two web pages for its address bar's popup in every window,
 * headless too: a renderer that took as much CPU as the page under test (5 s against 6 for six
 * loads of the app, 2026-12-02). Without them six loads took 9.6 s instead of 15.0.
 */
export const TEST_ARGS = [
  ...CHROMIUM_ARGS,
  `--disable-features=${[
    ...PLAYWRIGHT_DISABLED_FEATURES,
    'WebUIOmniboxPopup',
    'WebUIOmniboxAimPopup',
    'WebUIOmniboxFullPopup',
  ].join(',')}`,
];

/**
 * The executable to launch, or undefined to let Playwright use its own downloaded browser.
 * @returns {Promise<{ path: string | undefined, from: string } | null>} null when none is found.
 */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, from: 'CHROMIUM_PATH' } : null;
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return { path: system, from: 'system package' };
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, from: 'Playwright' };
  } catch {
    // No Playwright browser registry: fall through to "none found".
  }
  return null;
}
