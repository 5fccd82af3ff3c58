// Before the browser tests: say which Chromium they will use, or explain in words how to get one.
import { findChromium } from './chromium.mjs';

const found = await findChromium();
if (found) {
  console.log(`Browser tests: Chromium from ${found.from}${found.path ? ` (${found.path})` : ''}.`);
} else {
  const env = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  console.error(
    [
      env
        ? `No Chromium at CHROMIUM_PATH=${env}.`
        : 'No Chromium found for the browser tests (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser and Playwright’s own browsers).',
      'Install one, then run the tests again:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (or run `bash .ci/run`, which does it)',
      '  - or point CHROMIUM_PATH at any Chromium or Chrome executable.',
    ].join('\n'),
  );
  process.exit(1);
}
