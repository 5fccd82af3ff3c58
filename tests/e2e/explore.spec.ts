import { expect, test, type Locator, type Page } from '@playwright/test';
import { chartRows, names, open, rows, table, unfold, settle, axeOf } from './page';
import { nb } from '../i18n/spaces';
import { fr } from '../../src/lib/i18n/fr';

const count = (page: Page) => page.getByRole('status').filter({ hasText: /sur \d+\u00a0écoles/ });

test('a search filters every view, lives in the URL and survives a reload', async ({ page }) => {
  await open(page);
  await page.getByRole('searchbox', { name: 'Chercher une école' }).fill('centrale');
  // The five Centrale schools, and SUPELEC by its current name, CentraleSupélec.
  await expect(count(page)).toHaveText(/6\u00a0sur 144\u00a0écoles/);
  await expect(rows(page)).toHaveCount(6);
  await expect(names(rows(page)).nth(1)).toHaveText('SUPELEC');
  await expect(chartRows(page)).toHaveCount(6);
  await expect(page).toHaveURL(/\?q=centrale$/);
  await page.reload();
  await settle(page);
  await expect(page.getByRole('searchbox', { name: 'Chercher une école' })).toHaveValue('centrale');
  await expect(rows(page)).toHaveCount(6);
});

test('a months range and a family narrow the list; back steps through the changes', async ({
  page,
}) => {
  await open(page);
  await unfold(page, 'Filtres');
  await page.getByRole('spinbutton', { name: 'de' }).fill('3');
  await page.getByRole('spinbutton', { name: 'à' }).fill('5');
  await page.getByRole('spinbutton', { name: 'à' }).press('Tab');
  await expect(count(page)).toHaveText(/62\u00a0sur 144\u00a0écoles/);
  await page.getByRole('checkbox', { name: /^Mines/ }).check();
  await expect(count(page)).toHaveText(/2\u00a0sur 144\u00a0écoles/);
  await expect(names(rows(page))).toHaveText(['Mines Douai', 'Mines Albi-Carmaux']);
  // Each step is pushed once its frame is drawn (state/sync.svelte.ts).
  await expect(page).toHaveURL(/fam=mines/);
  await page.goBack();
  await expect(count(page)).toHaveText(/62\u00a0sur 144\u00a0écoles/);
  await page.getByRole('button', { name: 'Tout afficher' }).click();
  await expect(rows(page)).toHaveCount(144);
});

test(
  'a link with unknown or malformed parameters opens the full ranking, without error',
  { tag: '@desktop-only' },
  async ({ page }) => {
    const errors = await open(
      page,
      './?min=abc&max=&pick=%3Cscript%3E,nobody&sort=zzz&lang=xx&fam=royal&tie=%00&foo=1',
    );
    await expect(rows(page)).toHaveCount(144);
    await expect(count(page)).toHaveText(/144\u00a0sur 144\u00a0écoles/);
    expect(errors).toEqual([]);
  },
);

test('a link with a sort restores it', { tag: '@desktop-only' }, async ({ page }) => {
  await open(page, './?sort=-months&q=mines');
  await expect(page.getByRole('columnheader', { name: /Mois/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(rows(page)).toHaveCount(7);
});

test(
  'axe-core finds no violation on a filtered view',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await open(page, './?q=st+etienne&fam=mines');
    await expect(rows(page)).toHaveCount(1);
    const result = await axeOf(page).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  },
);

test('a student compares two schools and a shared link shows the same comparison', async ({
  page,
  context,
}) => {
  await open(page);
  await page.getByRole('searchbox', { name: 'Chercher une école' }).fill('centrale');
  await page.getByLabel('Comparer Centrale Paris').check();
  await page.getByLabel('Comparer Centrale Lyon').check();
  const sentence =
    'Centrale Paris passe 4,5 mois de plus à l’étranger que Centrale Lyon : 8e contre 34e ex æquo.';
  await expect(page.locator('.gaps li')).toHaveText([sentence]);
  await expect(page).toHaveURL(/pick=centrale-paris%2Ccentrale-lyon/);

  const link = page.url();
  const other = await context.newPage();
  await open(other, link);
  await expect(other.locator('.gaps li')).toHaveText([sentence]);
  await expect(other.getByLabel('Comparer Centrale Paris')).toBeChecked();
  await expect(rows(other)).toHaveCount(6);
  const result = await axeOf(other).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a student adds schools from the "Ajouter une école" box and from the ranking chart', async ({
  page,
  isMobile,
}) => {
  await open(page);
  const box = page.getByRole('combobox', { name: 'Ajouter une école' });
  await box.fill('ponts');
  const options = page.getByRole('listbox', { name: 'Ajouter une école' }).getByRole('option');
  await expect(options).toHaveText(['ENPC (Ecole des ponts et chaussées) 12 mois · 1er ex æquo']);
  // The list open: still no accessibility violation.
  const open1 = await axeOf(page).include('.compare').analyze();
  expect(open1.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await box.press('Enter');
  await expect(box).toHaveValue('');
  await expect(page).toHaveURL(/pick=enpc-ecole-des-ponts-et-chaussees/);

  // Arrow keys, then a click on an option.
  await box.fill('st etienne');
  await expect(options).toHaveCount(3);
  await box.press('ArrowDown');
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await box.fill('centrale l');
  await expect(options).toHaveCount(2);
  await options.filter({ hasText: 'Centrale Lyon' }).click();
  await expect(page.locator('.compare tbody th')).toHaveText([
    'ENPC (Ecole des ponts et chaussées)',
    'Mines Saint-Etienne',
    'Centrale Lyon',
  ]);
  await expect(page.getByLabel('Comparer Centrale Lyon')).toBeChecked();

  // The ranking chart: a click picks the row under the mouse; a finger taps once to read the
  // tooltip, twice to pick.
  const row = page.locator('.rows .row', { hasText: 'Centrale Paris' });
  const tip = page.locator('.tooltip');
  if (isMobile) {
    await row.locator('text.name').tap();
    await expect(tip).toContainText('Toucher encore : comparer');
    await expect(page.locator('.compare tbody th')).toHaveCount(3);
    await row.locator('text.name').tap();
  } else {
    await row.locator('text.name').hover();
    await expect(tip).toContainText('Cliquer : comparer');
    await row.locator('text.name').click();
  }
  await expect(page.locator('.compare tbody th')).toHaveCount(4);
  // The published name, and today's beside it.
  await expect(page.locator('.compare tbody th').last()).toHaveText(
    /^\s*Centrale Paris, aujourd’hui CentraleSupélec$/,
  );
  await expect(tip).toContainText(isMobile ? 'Toucher encore : retirer' : 'Cliquer : retirer');
});

test('a journalist hovers a dot, reads the tooltip and steps with the arrow keys', async ({
  page,
}) => {
  // The five Centrale schools and SUPELEC (today CentraleSupélec), second in rank order.
  await open(page, './?q=centrale');
  const chart = page.getByRole('application', { name: /^Classement en graphique\./ });
  const lyonDot = chartRows(page).nth(4).locator('circle');
  await lyonDot.hover();
  const tip = page.locator('.tooltip');
  await expect(tip).toContainText('Centrale Lyon');
  await expect(tip).toContainText('6 mois');
  await expect(tip).toContainText('34e ex æquo');
  await expect(tip).toContainText('32 écoles à égalité, places 34 à 65');
  await expect(tip).toContainText(
    '33 écoles ont plus de mois, 79 en ont moins, 31 autres en ont autant.',
  );
  // Linked: the same school is highlighted in the table.
  await expect(names(page.locator('tr.hovered'))).toHaveText('Centrale Lyon');
  await expect(page.locator('.dots circle.hovered')).toHaveCount(1);
  // …and the histogram's bar that counts it (6 months: the bar of 6 to 7).
  await expect(page.locator('.bars rect.lit title')).toHaveText('2 écoles de 6 à moins de 7');

  // Linked the other way: a dot on the dot plot highlights its row in the table.
  await page.locator('.dots circle[data-id="centrale-paris"]').hover();
  await expect(page.locator('.hover-label')).toHaveText('Centrale Paris · 10,5 mois · 8e');
  await expect(names(page.locator('tr.hovered'))).toHaveText('Centrale Paris');

  // A keyboard user: the mouse rests outside the charts.
  await page.mouse.move(1, 1);
  await chart.focus();
  await page.keyboard.press('Home');
  await expect(tip).toContainText('Centrale Paris');
  await page.keyboard.press('ArrowDown');
  await expect(tip).toContainText('SUPELEC');
  await page.keyboard.press('ArrowDown');
  await expect(tip).toContainText('Centrale Nantes');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/pick=centrale-nantes/);
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
});

test('the page follows the arrow keys down the whole ranking, even under a resting mouse', async ({
  page,
}) => {
  await open(page);
  const chart = page.getByRole('application', { name: /^Classement en graphique\./ });
  const tip = page.locator('.tooltip');
  await chart.focus();
  await page.keyboard.press('End');
  await expect(tip).toContainText('ESTIA');
  await expect(tip).toBeInViewport({ ratio: 1 });
  // The mouse now rests over the chart; the page scrolls under it as the keys go up.
  const box = await chart.boundingBox();
  if (box === null) throw new Error('the chart is not laid out');
  await page.mouse.move(box.x + box.width / 2, 300);
  await chart.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await expect(tip).toContainText('CPE Lyon');
  await expect(tip).toBeInViewport({ ratio: 1 });
  // What a browser sends after a scroll under a resting mouse: a move to where the mouse already is.
  await page.mouse.move(box.x + box.width / 2, 300);
  await page.keyboard.press('ArrowDown');
  await expect(tip).toContainText('EEIGM');
});

/**
 * A brushable chart scrolled into view → where a number of months lies across it, and the middle of
 * its height (ticks 0 and 12 are drawn at every width; months in between are placed linearly).
 */
async function monthsAcross(
  chart: Locator,
): Promise<{ at: (months: number) => number; y: number }> {
  await chart.scrollIntoViewIfNeeded();
  const tick = async (label: string) => {
    const box = await chart
      .locator('.axis text', { hasText: new RegExp(`^${label}$`) })
      .boundingBox();
    if (!box) throw new Error(`no tick ${label}`);
    return box.x + box.width / 2;
  };
  const box = await chart.boundingBox();
  if (!box) throw new Error('no chart');
  const [p0, p12] = [await tick('0'), await tick('12')];
  return { at: (months) => p0 + ((p12 - p0) * months) / 12, y: box.y + box.height / 2 };
}

test('a journalist brushes 3 to 5 months on the dots, reads the count, sorts by months, clears', async ({
  page,
}) => {
  await open(page);
  const { at, y } = await monthsAcross(page.locator('.brushable:has(.dots)'));
  await page.mouse.move(at(3), y);
  await page.mouse.down();
  await page.mouse.move(at(5), y, { steps: 5 });
  await page.mouse.up();
  await expect(count(page)).toHaveText(/62\u00a0sur 144\u00a0écoles/);
  await expect(page).toHaveURL(/min=\d(\.\d)?&max=5(\.\d)?/);

  await page.getByRole('columnheader', { name: /Mois/ }).getByRole('button').click();
  await expect(names(rows(page)).first()).toHaveText('EIGSI La Rochelle');

  await page.getByRole('button', { name: 'Effacer la plage' }).click();
  await expect(count(page)).toHaveText(/144\u00a0sur 144\u00a0écoles/);
});

test('a drag across the histogram sets the same range, and a click on it clears it', async ({
  page,
}) => {
  await open(page);
  const histogram = page.locator('.brushable:has(.bars)');
  const { at, y } = await monthsAcross(histogram);
  await page.mouse.move(at(9), y);
  await page.mouse.down();
  await page.mouse.move(at(12.5), y, { steps: 5 });
  await page.mouse.up();
  // 9 to 12.5 months: the 19 schools ranked 1 to 19.
  await expect(count(page)).toHaveText(/19\u00a0sur 144\u00a0écoles/);
  // The mouse lands on whole pixels: a tenth of a month either way.
  await expect(page).toHaveURL(/min=(8\.9|9|9\.1)&max=12\.[4-6]/);
  // The dot plot draws the same band.
  await expect(page.locator('.brushable:has(.dots) rect.brush')).toHaveCount(1);
  // The ranking chart above is shorter now: the histogram has moved up.
  const moved = await monthsAcross(histogram);
  await page.mouse.click(moved.at(4), moved.y);
  await expect(count(page)).toHaveText(/144\u00a0sur 144\u00a0écoles/);
});

test('the dot plot by keyboard: arrows from school to school, Enter picks, Escape clears the range', async ({
  page,
}) => {
  await open(page, './?min=10&max=11');
  const plot = page.getByRole('application', { name: /^Diagramme en points\./ });
  await plot.focus();
  await page.keyboard.press('End');
  const label = page.locator('.hover-label');
  await expect(label).toHaveText('ESSTIN · 11 mois · 5e ex æquo');
  await page.keyboard.press('ArrowDown');
  await expect(label).toHaveText('ENSIETA · 11 mois · 5e ex æquo');
  await page.keyboard.press('ArrowLeft');
  await expect(label).toHaveText('Centrale Paris · 10,5 mois · 8e');
  await page.keyboard.press('ArrowLeft');
  await expect(label).toHaveText('CNAM Champagne-Ardenne · 10 mois · 9e ex æquo');
  // Linked: the same school is highlighted in the table.
  await expect(names(page.locator('tr.hovered'))).toHaveText('CNAM Champagne-Ardenne');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/pick=cnam-champagne-ardenne/);
  await page.keyboard.press('Escape');
  await expect(label).toHaveCount(0);
  await expect(rows(page)).toHaveCount(10);
  await page.keyboard.press('Escape');
  await expect(rows(page)).toHaveCount(144);
  await expect(page).not.toHaveURL(/min=/);
});

test(
  'at 320 px nothing widens the page, even with a comparison open',
  { tag: '@phone-only' },
  async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await open(page, './?pick=centrale-paris,enst-paris,enpc-ecole-des-ponts-et-chaussees&q=e');
    await expect(page.locator('.compare tbody tr')).toHaveCount(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    // The comparison is a card per school there: nothing in it scrolls sideways either.
    const compare = page.locator('.compare .scroll');
    expect(await compare.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    await expect(page.locator('.compare thead')).toBeHidden();
    // Each value is labelled on the card (CSS prints the data-label before it).
    const rank = page.locator('.compare tbody tr').first().locator('td').nth(1);
    await expect(rank).toHaveAttribute('data-label', nb('Rang~: '));
    await expect(rank).toHaveText('8e');
  },
);

for (const lang of ['fr', 'en']) {
  test(
    `at 320 px every chart's text stays inside its chart (${lang})`,
    { tag: '@phone-only' },
    async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      // With a comparison, whose charts set each school against its family's median: UTC
      // Compiègne's, « Médiane Universités de technologie : 10,35 mois », is wider than its chart.
      const errors = await open(
        page,
        `./?lang=${lang}&pick=utc-compiegne,polytech-clermont-ferrand,enpc-ecole-des-ponts-et-chaussees`,
      );
      await expect(page.locator('.reference svg')).toHaveCount(3);
      // Drawn at their width once in sight (skipped before: content-visibility).
      for (const chart of await page.locator('.reference svg').all()) {
        await chart.scrollIntoViewIfNeeded();
        await expect
          .poll(() => chart.evaluate((svg) => svg.getBoundingClientRect().right))
          .toBeLessThanOrEqual(320);
      }
      // Each text of a drawn chart that reaches past its SVG's box (in English, « 12 wk ≈ 2.8
      // months » above the ranking once ran 4 px past it, cut off; the family's median above ran
      // 30 px past the left edge of its chart).
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll('svg')].flatMap((svg) => {
          const frame = svg.getBoundingClientRect();
          if (frame.width === 0) return [];
          return [...svg.querySelectorAll('text')].flatMap((text) => {
            const r = text.getBoundingClientRect();
            const out = r.width > 0 && (r.left < frame.left - 0.5 || r.right > frame.right + 0.5);
            return out
              ? [`${text.textContent ?? ''}: ${r.left}–${r.right} in ${frame.left}–${frame.right}`]
              : [];
          });
        }),
      );
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
}

test(
  'every name in the ranking chart ends inside its column: plain, in bold and after its star',
  { tag: '@phone-only' },
  async ({ page }) => {
    // The longest names in bold (highlight=), and starred, at 320, 375 and 1280 px. Names were cut
    // to 6.6 px a character: at 320 px « CNAM Champagne-Ar… » (wide capitals) ran 11 px past its
    // column, its « … » hidden; a starred or bold name up to 8.
    await open(page);
    const longest = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('tbody [data-profile]')]
        .map((b) => ({ id: b.dataset.profile ?? '', name: b.textContent?.trim() ?? '' }))
        .sort((a, b) => b.name.length - a.name.length)
        .slice(0, 10),
    );
    expect(longest).toHaveLength(10);
    for (const { name } of longest.slice(0, 6))
      await page
        .getByRole('button', { name: fr.shortlist.add(name) })
        .first()
        .click();
    for (const width of [320, 375, 1280]) {
      await page.setViewportSize({ width, height: 700 });
      await open(page, `./?highlight=${longest.map((s) => s.id).join(',')}`);
      const chart = page.locator('[data-island="ranking"] svg:has(clipPath)');
      await expect(chart.locator('text.name[font-weight="700"]')).toHaveCount(10);
      await expect(chart.locator('text.name .listed')).toHaveCount(6);
      const past = await chart.evaluate((svg) => {
        const clip = svg.querySelector('clipPath rect');
        const end = Number(clip?.getAttribute('x')) + Number(clip?.getAttribute('width'));
        return [...svg.querySelectorAll<SVGTextElement>('text.name')].flatMap((text) => {
          const right = Number(text.getAttribute('x')) + text.getComputedTextLength();
          return right > end + 0.5 ? [`${text.textContent ?? ''}: ${right} > ${end}`] : [];
        });
      });
      expect(past, `${width} px`).toEqual([]);
    }
  },
);

for (const width of [375, 360, 320]) {
  test(
    `at ${width} px the table fits: every school's pick box is on screen, no sideways scroll`,
    { tag: '@phone-only' },
    async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      await open(page);
      const box = table(page).locator('xpath=..');
      await box.scrollIntoViewIfNeeded();
      expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
      // The longest words ("Polytech'Clermont-Ferrand", "polytechnique") included.
      for (const name of ["Polytech'Clermont-Ferrand", 'Institut polytechnique Lasalle Beauvais']) {
        const pick = page.getByLabel(`Comparer ${name}`);
        await pick.scrollIntoViewIfNeeded();
        const at = await pick.boundingBox();
        expect(at && at.x + at.width <= width).toBe(true);
      }
      // The column keeps its name for screen readers where it shows only a check mark.
      await expect(page.getByRole('columnheader', { name: /Comparer/ })).toHaveCount(1);
    },
  );
}
