// Printing: the charts and the table on A4, black on white, without the controls.
import { expect, test, type Page } from '@playwright/test';
import { chartRows, fullPageShot, open, rows, table } from './page';

interface Printed {
  /** SVGs of the ranking chart, and the distinct widths of every chart, as laid out for paper. */
  rankingBlocks: number;
  widths: string[];
}

/** Records, at `afterprint` and before the app's own handlers run, what was printed. */
async function recordPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    addEventListener('afterprint', () => {
      const svgs = [...document.querySelectorAll('main svg[role="img"]')];
      const printed: Printed = {
        rankingBlocks: document.querySelectorAll('.interactive svg').length,
        widths: [...new Set(svgs.map((svg) => svg.getAttribute('width') ?? ''))],
      };
      Object.defineProperty(window, '__printed', { value: printed, configurable: true });
    });
  });
}

const chartWidths = (page: Page): Promise<{ attr: string; box: number }[]> =>
  page.locator('main svg[role="img"]').evaluateAll((svgs) =>
    svgs.map((svg) => ({
      attr: svg.getAttribute('width') ?? '',
      box: Math.round(svg.parentElement?.clientWidth ?? 0),
    })),
  );

test('in print the controls are hidden and the 144 rows, the counts and the comparison remain', async ({
  page,
}) => {
  await open(page, './?pick=centrale-paris,centrale-lyon');
  await page.emulateMedia({ media: 'print' });

  // Hidden in print, so out of the accessibility tree: found with includeHidden.
  const hidden = { includeHidden: true };
  const search = page.getByRole('searchbox', { name: 'Chercher une école', ...hidden });
  expect(await search.evaluate((el) => getComputedStyle(el).display)).toBe('none');
  // The folded filter panel is not built until opened: no range inputs, no family boxes.
  await expect(page.getByRole('spinbutton', hidden)).toHaveCount(0);
  // The CTI lines' box, the table's « Ma sélection en tête » box, the embed builder's « avec le
  // filtre » box (in the folded share panel) and a pick box on each of the 144 rows.
  await expect(page.getByRole('checkbox', hidden)).toHaveCount(147);
  await expect(page.getByRole('checkbox', hidden).and(page.locator(':visible'))).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: 'Retirer Centrale Paris', ...hidden }),
  ).toBeHidden();
  await expect(table(page).getByRole('columnheader', { name: 'Comparer', ...hidden })).toBeHidden();
  await expect(page.getByText(/Glissez sur les points/)).toBeHidden();

  await expect(page.getByText('144 sur 144 écoles')).toBeVisible();
  await expect(page.locator('.compare tbody tr')).toHaveCount(2);
  await expect(page.locator('.compare tbody tr').first()).toBeVisible();
  await expect(rows(page)).toHaveCount(144);
  const visible = await rows(page).evaluateAll(
    (trs) => trs.filter((tr) => tr.checkVisibility()).length,
  );
  expect(visible).toBe(144);
  const breaks = await rows(page)
    .first()
    .evaluate((tr) => getComputedStyle(tr).breakInside);
  expect(breaks).toBe('avoid');
  const heading = page.getByRole('heading', { name: 'Le tableau' });
  expect(await heading.evaluate((h) => getComputedStyle(h).breakAfter)).toBe('avoid');
});

test('print is black on white even when the screen follows dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  const colours = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return [style.backgroundColor, style.color];
    });
  expect(await colours()).toEqual(['rgb(17, 20, 24)', 'rgb(230, 233, 237)']);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await colours()).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
});

test('printing draws the charts for an A4 page, the ranking in blocks, then restores the screen', async ({
  page,
}, info) => {
  await recordPrint(page);
  await open(page);
  const before = await chartWidths(page);
  expect(before.map((w) => w.attr)).toEqual(before.map((w) => String(w.box)));

  const path = info.outputPath(`print-${info.project.name}.pdf`);
  const pdf = await page.pdf({ path, format: 'A4' });
  await info.attach('print', { path, contentType: 'application/pdf' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  // While printing: 144 rows in six blocks of 24, every chart 703 px wide (A4 less 12 mm margins).
  const printed = await page.evaluate(() => (window as Window & { __printed?: Printed }).__printed);
  expect(printed).toEqual({ rankingBlocks: 6, widths: ['703'] });
  // Afterwards: one ranking chart again, each chart as wide as its box.
  await expect(page.locator('.interactive svg')).toHaveCount(1);
  await expect(chartRows(page)).toHaveCount(144);
  expect(await chartWidths(page)).toEqual(before);
});

test('a print preview at A4 width is kept as a test artefact', async ({ page }, info) => {
  await open(page, './?pick=centrale-paris,centrale-lyon');
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.interactive svg')).toHaveCount(6);
  const path = info.outputPath(`print-preview-${info.project.name}.png`);
  await fullPageShot(page, path);
  await info.attach('print preview', { path, contentType: 'image/png' });
});
