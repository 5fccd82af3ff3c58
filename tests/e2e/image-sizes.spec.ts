// A journalist makes an image of the ranking for where it goes (issue 15, part 6): an article's
// column (640 px wide, its PNG at twice), a social card (1200 × 675) and a square (1080 × 1080);
// the top N, the schools the filter shows, or those picked. Each SVG says its size; each PNG's
// header (IHDR) says the size it was drawn at; the rows are the schools asked for, in ranked order.
import { expect, test, type Page } from '@playwright/test';
import { fr } from '../../src/lib/i18n/fr';
import { open, axeOf } from './page';
import { download, pngSize } from './download';

/** The image maker's fold, opened; its preview drawn. */
async function openMaker(page: Page): Promise<void> {
  const summary = page.getByText(fr.image.open, { exact: true });
  await summary.scrollIntoViewIfNeeded();
  await summary.click();
  await expect(preview(page)).toBeVisible();
}

const preview = (page: Page) => page.getByRole('img', { name: /^Aperçu de l’image/ });

/** The downloaded SVG, parsed in the page: its size, the names of its rows, its lines of text. */
async function svgOf(page: Page) {
  const file = await download(page, fr.image.download, fr.download.svg);
  const info = await page.evaluate((source) => {
    const root = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
    return {
      error: root.querySelector('parsererror')?.textContent ?? null,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      names: Array.from(root.querySelectorAll('g > text:nth-child(2)'), (t) => t.textContent),
      lines: Array.from(root.querySelectorAll(':scope > text'), (t) => t.textContent ?? ''),
    };
  }, file.bytes.toString('utf8'));
  return { ...info, name: file.name };
}

/** The size the preview was decoded at: the blob: image loaded. */
const decoded = (page: Page) =>
  preview(page).evaluate((img) => [
    (img as HTMLImageElement).naturalWidth,
    (img as HTMLImageElement).naturalHeight,
  ]);

test('each size downloads as an SVG of its size and a PNG of its pixels; the top 10 has 10 rows', async ({
  page,
}) => {
  const errors = await open(page);
  await openMaker(page);

  // The column: 640 px wide, as tall as its 10 rows need; its PNG at twice.
  const column = await svgOf(page);
  expect(column.error).toBeNull();
  expect(column.name).toBe('ecoles-international-classement-colonne.svg');
  expect(column.width).toBe('640');
  const height = Number(column.height);
  expect(height).toBeGreaterThan(300);
  expect(height).toBeLessThan(500);
  expect(column.names).toHaveLength(10);
  expect(column.names[0]).toBe('CPE Lyon');
  expect(column.names[9]).toBe('EFREI');
  expect(column.lines).toContain(fr.social.more('134', 134));
  expect(column.lines).toContain(fr.image.subtitleTop('10', '144'));
  expect(await decoded(page)).toEqual([640, height]);
  const png = await download(page, fr.image.download, fr.download.png);
  expect(png.name).toBe('ecoles-international-classement-colonne.png');
  expect(pngSize(png.bytes)).toEqual({ width: 1280, height: 2 * height });

  // The social card and the square: their size exactly, SVG and PNG alike.
  for (const [label, size, file] of [
    [fr.image.sizes.social, 675, 'carte-sociale'],
    [fr.image.sizes.square, 1080, 'carre'],
  ] as const) {
    await page.getByRole('radio', { name: label }).check();
    const width = size === 675 ? 1200 : 1080;
    await expect.poll(() => decoded(page)).toEqual([width, size]);
    const svg = await svgOf(page);
    expect(svg.name).toBe(`ecoles-international-classement-${file}.svg`);
    expect([svg.width, svg.height]).toEqual([String(width), String(size)]);
    expect(svg.names.length).toBeGreaterThan(5);
    const image = await download(page, fr.image.download, fr.download.png);
    expect(pngSize(image.bytes)).toEqual({ width, height: size });
  }
  expect(errors).toEqual([]);
});

test('the schools the filter shows, those picked, and a top N capped to what the card holds', async ({
  page,
}) => {
  const errors = await open(page, './?fam=mines&pick=mines-douai,cpe-lyon');
  await openMaker(page);

  // The filter keeps the 7 Mines schools: all 7 drawn, in ranked order, none left out.
  await page.getByRole('radio', { name: 'Celles du filtre (7)' }).check();
  const shown = await svgOf(page);
  expect(shown.names).toEqual([
    'Mines Saint-Etienne',
    'Mines Nantes',
    'Mines Paris',
    'Mines Nancy',
    'Mines Douai',
    'Mines Albi-Carmaux',
    'Mines Alès',
  ]);
  expect(shown.lines.join(' ')).toContain('famille Mines');
  expect(shown.lines.filter((l) => l.startsWith('…'))).toEqual([]);

  // The picked schools, in ranked order (CPE Lyon 1st, Mines Douai 71st).
  await page.getByRole('radio', { name: 'Celles choisies pour la comparaison (2)' }).check();
  const picked = await svgOf(page);
  expect(picked.names).toEqual(['CPE Lyon', 'Mines Douai']);
  expect(picked.lines).toContain(fr.image.subtitlePicked(2, '2', '144'));

  // The top 20 on a social card: its two-line title, the source on one line (as measured in its
  // 18 px, text-width.ts) and the link leave room for 13 legible rows (1200 × 675: rows from
  // 187.3 px to 675 − 48 − 58.8 − 46 = 522.2 px, 25 px each at least; 8 of 40 px).
  await page.getByRole('radio', { name: fr.image.top }).check();
  await page.getByRole('radio', { name: fr.image.sizes.social }).check();
  const count = page.getByRole('spinbutton', { name: fr.image.count });
  await expect(count).toHaveValue('8');
  await count.fill('20');
  await count.press('Enter');
  await count.blur();
  await expect(page.getByRole('status').filter({ hasText: 'Cette taille tient' })).toHaveText(
    fr.image.capped('13'),
  );
  const capped = await svgOf(page);
  expect(capped.names).toHaveLength(13);
  expect(capped.lines).toContain(fr.social.more('131', 131));
  expect(errors).toEqual([]);
});

test('with the maker open, the page passes axe; the page’s dark colours come along when asked', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  await openMaker(page);
  const light = await download(page, fr.image.download, fr.download.svg);
  expect(light.bytes.toString('utf8')).toContain('fill="#ffffff"/>');
  await page.getByRole('checkbox', { name: fr.image.theme }).check();
  const dark = await download(page, fr.image.download, fr.download.svg);
  expect(dark.bytes.toString('utf8')).toContain('fill="#111418"/>');
  // The ranking's section, the maker in it (the whole page is checked by the other specs).
  const axe = await axeOf(page).include('section[aria-labelledby="ranking-heading"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('under the strict Content-Security-Policy, the preview (a blob: image) breaks no rule', async ({
  page,
}) => {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  const errors = await open(page, '/csp/');
  await openMaker(page);
  expect(await preview(page).getAttribute('src')).toMatch(/^blob:/);
  expect(await decoded(page)).toEqual([640, expect.any(Number)]);
  expect(seen).toEqual([]);
  expect(errors).toEqual([]);
});

test('the single-file build makes the image too (its code inlined, the preview a blob: image)', async ({
  page,
}) => {
  const errors = await open(page, '/single/');
  await openMaker(page);
  expect(await decoded(page)).toEqual([640, expect.any(Number)]);
  const svg = await svgOf(page);
  expect(svg.names).toHaveLength(10);
  expect(errors).toEqual([]);
});
