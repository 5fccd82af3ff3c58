// A long name in the comparison wraps beside its pick's swatch, never under it (issue 14 leftover):
// « ENPC (Ecole des ponts et chaussées) » and « Centrale Paris, aujourd’hui CentraleSupélec » take
// two lines at 1280 px and on a phone.
import { expect, test } from '@playwright/test';
import { drawAll, open } from './page';

test('each compared name and today’s name start right of the swatch, on every line', async ({
  page,
}) => {
  const errors = await open(
    page,
    './?pick=cpe-lyon,centrale-paris,enpc-ecole-des-ponts-et-chaussees,enst-paris,insa-rennes',
  );
  await drawAll(page);
  for (const id of ['centrale-paris', 'enpc-ecole-des-ponts-et-chaussees']) {
    const row = page.locator(`.compare tr[data-id="${id}"]`).first();
    await row.scrollIntoViewIfNeeded();
    // Every line box of the name and today's name, and the swatch.
    const { swatch, lines } = await row.locator('th').evaluate((th) => {
      const dot = th.querySelector('.swatch')?.getBoundingClientRect();
      const range = document.createRange();
      const rects: { x: number; y: number }[] = [];
      const walk = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        if (!n.textContent?.trim()) continue;
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) rects.push({ x: r.x, y: r.y });
      }
      return { swatch: dot && { x: dot.x, y: dot.y, right: dot.right }, lines: rects };
    });
    if (!swatch) throw new Error(`no swatch in the row of ${id}`);
    // Two lines or more, each starting right of the swatch, which stands by the first.
    expect(new Set(lines.map((l) => Math.round(l.y))).size).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line.x).toBeGreaterThanOrEqual(swatch.right);
    const first = Math.min(...lines.map((l) => l.y));
    expect(Math.abs(swatch.y - first)).toBeLessThan(12);
  }
  expect(errors).toEqual([]);
});
