// Plain counts and today's names (issue 14, part 5): the comparison says how many schools have more
// and fewer months, not a percentile; a renamed school's card and comparison row give today's name
// beside the published one; the table's CSV has today's name in its last column; pick colours stand
// apart from the default blue. At a phone's and a desktop's width (playwright.config.ts).
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { fr } from '../../src/lib/i18n/fr';
import { open, axeViolations } from './page';
import { download } from './download';

/** Text as a reader sees it: no-break spaces as plain ones, runs of spaces as one. */
const plain = (s: string | null): string =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

test('the comparison gives plain counts, no « Centile », and today’s name; axe-clean', async ({
  page,
}) => {
  const errors = await open(page, './?pick=enst-paris,centrale-lyon');
  const compare = page.locator('.compare');
  await compare.scrollIntoViewIfNeeded();
  const row = (id: string) => compare.locator(`tbody tr[data-id="${id}"]`);
  await expect(row('enst-paris')).toBeVisible();
  // ENST Paris: 9 months, places 15–19 of 144 (14 above, 144 − 19 = 125 below, 4 others at 9);
  // Centrale Lyon: 6 months, places 34–65 (33 above, 79 below, 31 others).
  expect(plain(await row('enst-paris').textContent())).toContain(
    'ENST Paris, aujourd’hui Télécom Paris',
  );
  expect(plain(await row('enst-paris').textContent())).toContain(
    '14 écoles ont plus de mois, 125 en ont moins, 4 autres en ont autant.',
  );
  expect(plain(await row('centrale-lyon').textContent())).toContain(
    '33 écoles ont plus de mois, 79 en ont moins, 31 autres en ont autant.',
  );
  await expect(compare).not.toContainText(/centile/i);
  // The first pick's swatch: vermillion, not the default blue.
  await expect(row('enst-paris').locator('.swatch')).toHaveCSS(
    'background-color',
    'rgb(213, 94, 0)',
  );
  await compare.screenshot({ path: test.info().outputPath('compare.png') });
  expect(await axeViolations(page, '.compare')).toEqual([]);
  expect(errors).toEqual([]);
});

test('a renamed school’s card gives today’s name beside the published one, and counts; axe-clean', async ({
  page,
}) => {
  const errors = await open(page, './?embed=school&pick=enst-paris');
  const card = page.locator('article.card');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(
    'ENST Paris, aujourd’hui Télécom Paris',
  );
  expect(plain(await card.textContent())).toContain(
    'Face aux autres écoles 14 écoles ont plus de mois, 125 en ont moins, 4 autres en ont autant.',
  );
  await expect(card).not.toContainText(/centile/i);
  await page.screenshot({ path: test.info().outputPath('card.png') });
  expect(await axeViolations(page, 'article.card')).toEqual([]);
  expect(errors).toEqual([]);
});

test(
  'the table’s CSV ends with today’s name, filled for ENST Paris, empty when unchanged',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await open(page);
    const csv = await download(page, fr.download.table, fr.download.csv);
    const parsed = Papa.parse<string[]>(csv.bytes.toString('utf8').slice(1), {
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const [header = [], ...data] = parsed.data;
    expect(header.at(-1)).toBe('Nom actuel');
    expect(data).toHaveLength(144);
    const enst = data.find((r) => r[1] === 'ENST Paris');
    expect(enst?.at(-1)).toBe('Télécom Paris');
    // A school whose name has not changed: the cell is empty.
    expect(data.find((r) => r[1] === 'Centrale Lyon')?.at(-1)).toBe('');
  },
);
