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
