// The ranking chart's tie labels, on screen: at 320, 375, 1280 px and at 1280 px under 200 % zoom,
// no label's text covers a school's stem or dot, nor a CTI reference line (issue 11: a label over
// the first stem of its group made CPE Lyon's line stop at 8 months of its 12).
import { expect, test, type Page } from '@playwright/test';
import { open } from './page';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Found {
  labels: (Box & { text: string })[];
  marks: (Box & { what: string })[];
}

/** Every tie label shown, and every mark it must not cover, as boxes in CSS pixels of the page. */
async function boxes(page: Page): Promise<Found> {
  return page.evaluate(() => {
    const box = (e: Element, pad = 0) => {
      const r = e.getBoundingClientRect();
      return { left: r.left - pad, right: r.right + pad, top: r.top - pad, bottom: r.bottom + pad };
    };
    const svg = document.querySelector('svg[role="img"]:has(.rows)');
    if (!svg) throw new Error('no ranking chart');
    // Each label's text and the patch behind it (the group holds both: its box covers them).
    const labels = [...svg.querySelectorAll('.tie-labels g:not([data-off])')].map((g) => ({
      ...box(g),
      text: g.querySelector('text')?.textContent ?? '',
    }));
    const marks = [
      // A stem is 1.5 px wide, a reference line too: half of that on each side.
      ...[...svg.querySelectorAll('.rows .row:not([data-off]) line')].map((l) => ({
        ...box(l, 0.75),
        what: `stem of ${l.parentElement?.querySelector('.name')?.textContent ?? '?'}`,
      })),
      ...[...svg.querySelectorAll('.rows .row:not([data-off]) circle')].map((c) => ({
        ...box(c),
        what: `dot of ${c.parentElement?.querySelector('.name')?.textContent ?? '?'}`,
      })),
      ...[...svg.querySelectorAll('.refs > line.ref')].map((l) => ({
        ...box(l, 0.75),
        what: `reference line ${l.getAttribute('class') ?? ''}`,
      })),
    ];
    return { labels, marks };
  });
}

const overlap = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

// Each project checks its own sizes: the phone project the phone widths, the desktop one the rest.
const sizes = {
  phone: [
    { name: '320 px', width: 320, scale: 2 },
    { name: '375 px', width: 375, scale: 2 },
  ],
  desktop: [
    { name: '1280 px', width: 1280, scale: 1 },
    { name: '1280 px at 200 % zoom', width: 640, scale: 2 },
  ],
} as const;

test('tie labels cover no stem, dot or reference line, at every width', async ({
  browser,
}, info) => {
  const mine = info.project.name === 'phone' ? sizes.phone : sizes.desktop;
  for (const size of mine) {
    const context = await browser.newContext({
      viewport: { width: size.width, height: 900 },
      deviceScaleFactor: size.scale,
    });
    const page = await context.newPage();
    await open(page);
    // Off-screen parts skip layout (content-visibility): lay the whole chart out to measure it.
    await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    const found = await boxes(page);
    // The chart has its 144 rows and both CTI lines; at least one tie label shows at each width.
    expect(found.marks.filter((m) => m.what.startsWith('dot'))).toHaveLength(144);
    expect(found.marks.filter((m) => m.what.startsWith('reference'))).toHaveLength(2);
    expect(found.labels.length, size.name).toBeGreaterThan(0);
    const hidden = found.labels.flatMap((label) =>
      found.marks.filter((m) => overlap(label, m)).map((m) => `${label.text} over the ${m.what}`),
    );
    expect(hidden, size.name).toEqual([]);
    // Kept to look at: the chart whole.
    await page
      .locator('svg[role="img"]:has(.rows)')
      .screenshot({ path: info.outputPath(`ranking-${size.width}x${size.scale}.png`) });
    await context.close();
  }
});
