import { expect, test } from '@playwright/test';
import { names, open, rows, unfold, settle, axeViolations } from './page';

// axe-core over the whole page (a 144-row table, a tall chart) is slow on a busy machine.
test.describe.configure({ timeout: 60_000 });

test('a link opens Mines Saint-Etienne’s profile with its sourced figures and the gap in words', async ({
  page,
}) => {
  const errors = await open(page, './?school=mines-saint-etienne');
  const dialog = page.getByRole('dialog', { name: 'Mines Saint-Etienne' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(dialog.locator('[data-fact="duree"] .value')).toHaveText(
    '10 mois en moyenne, en entreprise ou en université',
  );
  await expect(dialog.locator('[data-fact="accords"] .value')).toHaveText(
    'environ 150, sur les cinq continents',
  );
  await expect(dialog.locator('[data-fact="etrangers"] .value')).toHaveText('30 % des promotions');
  await expect(dialog.locator('.gap')).toHaveText(
    'L’école annonce 10 mois en moyenne ; le classement lui donne 8 mois : 2 mois d’écart.',
  );
  await expect(dialog).toContainText('Source : Mines Saint-Étienne, présentation de sa stratégie');
  // The dialog is modal: the page behind it is inert, and scanned in the tests that show it.
  expect(await axeViolations(page, 'dialog')).toEqual([]);
  // Nothing of the page scrolls sideways behind or inside the dialog.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(
    page.viewportSize()?.width,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page).not.toHaveURL(/school=/);
  expect(errors).toEqual([]);
});

test(
  'Polytech’Clermont-Ferrand’s profile on a phone of 320 and 375 px: its name breaks, nothing goes past the dialog',
  { tag: '@phone-only' },
  async ({ page }) => {
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 700 });
      const errors = await open(page, './?school=polytech-clermont-ferrand');
      const dialog = page.getByRole('dialog', { name: "Polytech'Clermont-Ferrand" });
      await expect(dialog).toBeVisible();
      // The heading breaks after the apostrophe (a <wbr>), not inside a word.
      await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
        "Polytech'Clermont-Ferrand",
      );
      expect(await dialog.locator('h2 wbr').count()).toBe(1);
      await expect(dialog.getByRole('button', { name: 'Fermer la fiche' })).toBeInViewport({
        ratio: 1,
      });
      // Nothing inside the dialog is wider than it (the header was 11 px wider at 375, 66 at 320).
      expect(
        await dialog.evaluate((d) => {
          const edge = d.getBoundingClientRect().right;
          return [...d.querySelectorAll('*')]
            .filter((e) => e.getBoundingClientRect().right > edge + 0.5)
            .map((e) => e.tagName);
        }),
      ).toEqual([]);
      expect(errors).toEqual([]);
    }
  },
);

test('“telecom paris” finds ENST Paris; its profile shows both names; closing gives focus back', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('searchbox', { name: 'Chercher une école' }).fill('telecom paris');
  await expect(names(rows(page))).toHaveText(['ENST Paris', 'INT Evry']);
  const opener = rows(page).getByRole('button', { name: 'ENST Paris', exact: true });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'ENST Paris' });
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('ENST Paris');
  await expect(dialog.locator('.renamed')).toHaveText(
    'Aujourd’hui : Télécom Paris — École nationale supérieure des télécommunications (ENST), puis Télécom ParisTech, Télécom Paris depuis 2019.',
  );
  await expect(dialog.locator('.gap')).toContainText(
    'L’école exige au moins 11 semaines à l’étranger (≈ 2,5 mois) ; le classement lui donne 9 mois en moyenne, 6,5 mois de plus que ce minimum.',
  );
  await expect(page).toHaveURL(/q=telecom\+paris&school=enst-paris/);
  await dialog.getByRole('button', { name: 'Fermer la fiche' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
  await expect(page).not.toHaveURL(/school=/);
  // Back/forward: the profile is a step of the history.
  await page.goBack();
  await expect(page.getByRole('dialog', { name: 'ENST Paris' })).toBeVisible();
});

test(
  'the CTI lines toggle off and on, the counts below them are shown, and they stay in the URL',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await open(page);
    const refs = page.locator('svg .refs');
    await expect(refs).toHaveCount(3);
    await expect(refs.first().locator('text')).toHaveText([
      '9 sem. ≈ 2,1 mois',
      '9 sem. ≈ 2,1 mois',
      '12 sem. ≈ 2,8 mois',
      '12 sem. ≈ 2,8 mois',
    ]);
    const below = page.locator('.below li');
    await expect(below).toHaveText([
      'Sous 9 semaines (≈ 2,1 mois) : 8 des 144 écoles affichées',
      'Sous 12 semaines (≈ 2,8 mois) : 12 des 144 écoles affichées',
    ]);
    await expect(page.getByText(/1\u00a0mois = 52\/12 ≈ 4,33\u00a0semaines/)).toBeVisible();

    const box = page.getByRole('checkbox', { name: 'Repères CTI sur les graphiques' });
    await box.uncheck();
    await expect(refs).toHaveCount(0);
    await expect(page).toHaveURL(/cti=0/);
    await expect(below).toHaveCount(2);
    await page.reload();
    await settle(page);
    await expect(box).not.toBeChecked();
    await expect(refs).toHaveCount(0);
    await box.check();
    await expect(refs).toHaveCount(3);
    await expect(page).not.toHaveURL(/cti=/);

    // A filter changes the counts: the seven Mines schools, one of them under 12 weeks.
    await unfold(page, 'Filtres');
    await page.getByRole('checkbox', { name: /^Mines/ }).check();
    await expect(below).toHaveText([
      'Sous 9 semaines (≈ 2,1 mois) : 0 des 7 écoles affichées',
      'Sous 12 semaines (≈ 2,8 mois) : 1 des 7 écoles affichées',
    ]);
    expect(await axeViolations(page)).toEqual([]);
  },
);

test('no CTI label overlaps another label of its chart', async ({ page }) => {
  await open(page);
  for (const query of ['', '?q=e']) {
    if (query) await page.getByRole('searchbox', { name: 'Chercher une école' }).fill('e');
    const overlaps = await page.locator('svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const refs = Array.from(svg.querySelectorAll('.refs text'));
        const others = Array.from(svg.querySelectorAll('text')).filter(
          (t) => !t.closest('.refs') && t.textContent?.trim(),
        );
        const hit = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        return refs.flatMap((r) => {
          const rb = r.getBoundingClientRect();
          const bad = others.filter((o) => hit(rb, o.getBoundingClientRect()));
          const svgBox = svg.getBoundingClientRect();
          const out =
            rb.left < svgBox.left || rb.right > svgBox.right ? ['(outside the chart)'] : [];
          return [...bad.map((o) => `${r.textContent} × ${o.textContent}`), ...out];
        });
      }),
    );
    expect(overlaps, query).toEqual([]);
  }
});

test(
  'in English: the rules, the lines and a profile',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await open(page, './?lang=en&school=enst-paris');
    const dialog = page.getByRole('dialog', { name: 'ENST Paris' });
    await expect(dialog.locator('.renamed')).toContainText('Today: Télécom Paris');
    await expect(dialog.locator('.gap')).toContainText(
      'The school requires at least 11 weeks abroad (≈ 2.5 months); the ranking gives it 9 months on average, 6.5 months more than that minimum.',
    );
    await expect(dialog.locator('[data-fact="partenaires"] .value')).toHaveText('140');
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: 'What the rules say' })).toBeVisible();
    await expect(page.locator('.below li')).toHaveText([
      'Under 9 weeks (≈ 2.1 months): 8 of the 144 schools shown',
      'Under 12 weeks (≈ 2.8 months): 12 of the 144 schools shown',
    ]);
    await expect(page.locator('svg .refs').first().locator('text').first()).toHaveText(
      '9 wk ≈ 2.1 months',
    );
    await page.getByRole('checkbox', { name: 'CTI thresholds on the charts' }).uncheck();
    await expect(page.locator('svg .refs')).toHaveCount(0);
  },
);
