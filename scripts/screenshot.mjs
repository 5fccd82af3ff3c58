// Screenshots of a served build at phone and desktop widths, to look at (and for the README).
// Usage: node scripts/screenshot.mjs [url] [outdir] — e.g. after `node scripts/serve.mjs 4173 &`.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? 'test-results/screens';
mkdirSync(out, { recursive: true });

const found = await findChromium();
const browser = await chromium.launch({ executablePath: found?.path, args: CHROMIUM_ARGS });
const sizes = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 900 },
];
for (const { name, width, height } of sizes) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(url);
  await page.waitForSelector('html[data-settled="1"]');
  await page.screenshot({ path: `${out}/${name}.png` });
  // Parts of the page off screen skip rendering until scrolled to (content-visibility: auto); a
  // full-page capture scrolls nothing, so it draws them first.
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  await page.screenshot({ path: `${out}/${name}-full.png`, fullPage: true });
  console.log(`${out}/${name}.png`);
  await page.close();
}
await browser.close();
