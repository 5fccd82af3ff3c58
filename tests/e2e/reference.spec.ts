// A student reads what a school's figure and rank mean: its profile, opened from the search (« mines
// saint », a tap), says how many schools share its rank and what half a month more or less would
// change, and sets its months against the medians and the CTI thresholds, in words and in a chart
// whose labels never meet; the comparison does so for each school picked; in French and English,
// at 375 and 1280 px, axe-clean. Figures worked out by hand from the seed (see
// tests/analysis/tie.test.ts and reference.test.ts).
import { expect, test, type Locator } from '@playwright/test';
import { drawAll, open, axeViolations } from './page';

test.describe.configure({ timeout: 60_000 });

/** axe-core's violations inside one part of the page. */

/** Text as a reader sees it: no-break spaces as plain ones. */
const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/**
 * Every label of every reference chart in `part`: none meets another, none is cut off by its chart.
 */
async function labelsApart(part: Locator): Promise<void> {
  const charts = part.locator('.reference svg');
  await expect(charts.first()).toBeVisible();
  for (const svg of await charts.all()) {
    const boxes = await svg.evaluate((el) => {
      const frame = el.getBoundingClientRect();
      const labels = Array.from(el.querySelectorAll('g.mark text'), (t) => {
        const r = t.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      });
      return { frame: { left: frame.left, right: frame.right }, labels };
    });
    expect(boxes.labels.length).toBeGreaterThanOrEqual(3);
    for (const [i, a] of boxes.labels.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(boxes.frame.left - 0.5);
      expect(a.right).toBeLessThanOrEqual(boxes.frame.right + 0.5);
      for (const b of boxes.labels.slice(i + 1)) {
        const apart =
          a.right <= b.left + 0.5 ||
          b.right <= a.left + 0.5 ||
          a.bottom <= b.top + 0.5 ||
          b.bottom <= a.top + 0.5;
        expect(apart).toBe(true);
      }
    }
  }
}

test('« mines saint », a tap: the profile says what the tie means and sets 8 months against the medians', async ({
  page,
}) => {
  const errors = await open(page);
  await page.getByRole('searchbox', { name: 'Chercher une école' }).fill('mines saint');
  await page
    .getByRole('list', { name: 'Résultats' })
    .getByRole('button', { name: /Mines Saint-Etienne/ })
    // The row's button, not the star beside it (« Ajouter Mines Saint-Etienne à ma sélection »).
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Mines Saint-Etienne' });
  await expect(dialog).toBeVisible();

  // 8 months: 22 schools have more (12 ×4, 11 ×3, 10.5, 10 ×6, 9 ×5, 8.8, 8.7, 8.5), 4 have 8.
  const tie = dialog.getByRole('region', { name: 'Ce que veut dire son rang' });
  expect(plain(await tie.locator('.shared').textContent())).toBe(
    '4 écoles ont 8 mois : elles partagent le même rang, 23e ex æquo ; elles occupent les places 23 à 26.',
  );
  expect((await tie.locator('li').allTextContents()).map(plain)).toEqual([
    'Avec 0,5 mois de plus (8,5 mois), elle serait 22e ex æquo au lieu de 23e ex æquo.',
    'Avec 0,5 mois de moins (7,5 mois), elle serait 26e ex æquo au lieu de 23e ex æquo.',
  ]);

  // The search shows one school; the medians are still those of the 144.
  const refs = dialog.getByRole('region', { name: 'Face aux repères' });
  expect(plain(await refs.locator('.reference > p').textContent())).toBe(
    'Mines Saint-Etienne, 8 mois : 3 de plus que la médiane de toutes les écoles (5 mois), 2,5 de plus que celle des 7 écoles des Mines (5,5 mois) ; au moins les 12 semaines préconisées par la CTI (≈ 2,8 mois).',
  );
  expect(plain(await refs.getByRole('img').getAttribute('aria-label'))).toBe(
    'Repères sur l’axe « Temps moyen à l’étranger (mois) » : Mines Saint-Etienne : 8 mois ; Médiane : 5 mois ; Médiane Mines : 5,5 mois ; 9 sem. ≈ 2,1 mois ; 12 sem. ≈ 2,8 mois.',
  );
  await labelsApart(refs);
  await page.screenshot({ path: test.info().outputPath('profile.png') });
  expect(await axeViolations(page, 'dialog')).toEqual([]);
  expect(errors).toEqual([]);
});

test('the comparison sets each pick against the medians and the CTI thresholds', async ({
  page,
}) => {
  const errors = await open(page, './?pick=mines-paris,centrale-lyon,centrale-marseille');
  const refs = page.locator('.compare').getByRole('region', { name: 'Face aux repères' });
  await refs.scrollIntoViewIfNeeded();
  expect((await refs.locator('.reference > p').allTextContents()).map(plain)).toEqual([
    'Mines Paris, 7 mois : 2 de plus que la médiane de toutes les écoles (5 mois), 1,5 de plus que celle des 7 écoles des Mines (5,5 mois) ; au moins les 12 semaines préconisées par la CTI (≈ 2,8 mois).',
    'Centrale Lyon, 6 mois : 1 de plus que la médiane de toutes les écoles (5 mois), autant que celle des 5 écoles Centrale (6 mois) ; au moins les 12 semaines préconisées par la CTI (≈ 2,8 mois).',
    'Centrale Marseille, 2,3 mois : 2,7 de moins que la médiane de toutes les écoles (5 mois), 3,7 de moins que celle des 5 écoles Centrale (6 mois) ; plus que les 9 semaines minimales des apprentis (≈ 2,1 mois), moins que les 12 semaines préconisées par la CTI (≈ 2,8 mois).',
  ]);
  await labelsApart(refs);
  await drawAll(page);
  await refs.screenshot({ path: test.info().outputPath('compare.png') });
  expect(await axeViolations(page, '.compare')).toEqual([]);
  expect(errors).toEqual([]);
});

test(
  'in English: the tie and the reference points of a profile and of the comparison',
  { tag: '@desktop-only' },
  async ({ page }) => {
    const errors = await open(page, './?lang=en&pick=centrale-lyon&school=centrale-lyon');
    const dialog = page.getByRole('dialog', { name: 'Centrale Lyon' });
    const tie = dialog.getByRole('region', { name: 'What its rank means' });
    expect(
      [
        await tie.locator('.shared').textContent(),
        ...(await tie.locator('li').allTextContents()),
      ].map(plain),
    ).toEqual([
      '32 schools have 6 months: they share one rank, tied 34th; they fill places 34 to 65.',
      'With 0.5 months more (6.5 months), it would be tied 32nd instead of tied 34th.',
      'With 0.5 months less (5.5 months), it would be tied 65th instead of tied 34th.',
    ]);
    const sentence =
      'Centrale Lyon, 6 months: 1 more than the median of all schools (5 months), the same as that of the 5 Centrale schools (6 months); at least the 12 weeks the CTI recommends (≈ 2.8 months).';
    const inProfile = dialog.getByRole('region', { name: 'Against reference points' });
    expect(plain(await inProfile.locator('.reference > p').textContent())).toBe(sentence);
    await labelsApart(inProfile);
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    const inCompare = page
      .locator('.compare')
      .getByRole('region', { name: 'Against reference points' });
    expect(plain(await inCompare.locator('.reference > p').textContent())).toBe(sentence);
    expect(errors).toEqual([]);
  },
);
