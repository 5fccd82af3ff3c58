import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const agg = new Map();
for (let run = 0; run < 5; run++) {
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await page.addInitScript(() => {
  const orig = performance.mark.bind(performance);
});
await cdp.send('Profiler.start');
await page.goto('http://127.0.0.1:4811/');
await page.waitForFunction(() => document.documentElement.dataset.stale === undefined && performance.getEntriesByType('mark').length >= 0 && !!document.querySelector('[data-island="share"]'), null, { timeout: 60000 });
await page.waitForSelector('html[data-ready]', { timeout: 60000 });
const { profile } = await cdp.send('Profiler.stop');
// only samples inside the hydrate call: find nodes whose ancestor is "hydrate"
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
profile.samples.forEach((id, i) => {
  const chain = []; let cur = id; while (cur !== undefined) { chain.push(byId.get(cur)); cur = parent.get(cur); }
  if (!chain.some(n => n.callFrame.functionName === 'hydrate')) return;
  const seen = new Set();
  for (const n of chain) { const k = name(n); if (seen.has(k)) continue; seen.add(k); agg.set(k, (agg.get(k) ?? 0) + profile.timeDeltas[i]); }
  const k = 'SELF ' + name(chain[0]); agg.set(k, (agg.get(k) ?? 0) + profile.timeDeltas[i]);
});
await page.close();
}
console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 70).map(([k, v]) => `${(v / 5000).toFixed(1).padStart(6)} ms ${k}`).join('\n'));
await browser.close();
