// `npm run bench:browser` (after `npm run build`): median time from a filter change to the page
// updated and laid out, in Chromium, on the bundled ranking (144 schools). A measure, not a test.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const port = 4399;
const server = spawn(process.execPath, ['scripts/serve.mjs', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const found = await findChromium();
const browser = await chromium.launch({ executablePath: found?.path, args: CHROMIUM_ARGS });
try {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForSelector('html[data-ready="1"]');
    const times = await page.evaluate(async () => {
      const box = document.querySelector('input[type="search"]');
      if (!(box instanceof HTMLInputElement)) throw new Error('no search box');
      const out = [];
      const queries = ['centrale', '', 'mines', '', 'e', '', 'st etienne', ''];
      for (let i = 0; i < 40; i++) {
        const t0 = performance.now();
        box.value = queries[i % queries.length] ?? '';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        // Svelte flushes in a microtask; a macrotask later the DOM is updated; offsetHeight lays it out.
        await new Promise((r) => setTimeout(r, 0));
        void document.body.offsetHeight;
        out.push(performance.now() - t0);
      }
      return out;
    });
    const sorted = times.slice(5).sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1] ?? NaN;
    console.log(
      `filter change → DOM updated and laid out, ${width} px: median ${median.toFixed(1)} ms, max ${Math.max(...sorted).toFixed(1)} ms (${sorted.length} changes)`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
