// Ties that explain themselves (issue 14, part 5): a tap on the table's « ex æquo » mark says, in
// one sentence, what the tie is, and changes nothing else; filtering to the tie is its own labelled
// button; a school's profile has a « Comparer » button. At 375 and 1280 px, axe-clean. Figures from
// the seed: Centrale Lyon is one of the 32 schools at 6 months, all 34th, places 34 to 65.
import { expect, test, type Page } from '@playwright/test';
import { open, rows, table, axeOf } from './page';

test.describe.configure({ timeout: 60_000 });

const count = (page: Page) => page.getByRole('status').filter({ hasText: /sur \d+\u00a0écoles/ });
const lyonRow = (page: Page) => rows(page).filter({ hasText: 'Centrale Lyon' });
const SENTENCE =
  '32\u00a0écoles ont 6\u00a0mois\u00a0: toutes sont 34e\u202f; elles occupent les places 34\u00a0à 65.';

test('a tap on « ex æquo » explains the tie; its own button filters to it, and back', async ({
  page,
}) => {
  const errors = await open(page);
  await table(page).scrollIntoViewIfNeeded();
  const mark = lyonRow(page).getByRole('button', { name: 'ex æquo' });
  await mark.click();
  await expect(mark).toHaveAttribute('aria-expanded', 'true');
  const tip = lyonRow(page).getByRole('status');
  await expect(tip).toContainText(SENTENCE);
  // Nothing else changed: every school still listed, no tie in the URL.
  await expect(count(page)).toHaveText(/144\u00a0sur 144\u00a0écoles|144\u00a0écoles/);
  await expect(rows(page)).toHaveCount(144);
  expect(page.url()).not.toContain('tie=');
  // The bubble is on screen whole, at either width.
  const bubble = tip.locator('.bubble');
  await bubble.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `test-results/tie-tip-${page.viewportSize()?.width}.png` });
  const box = await bubble.boundingBox();
  // Within the table, which clips what goes past it, and so within the page.
  const frame = await table(page).boundingBox();
  const width = Math.min(page.viewportSize()?.width ?? 0, (frame?.x ?? 0) + (frame?.width ?? 0));
  expect(box).not.toBeNull();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(width);
  // The open tip's row (the table's 144 rows, 20 s of axe-core, are table.spec's).
  expect(
    (await axeOf(page).include('tbody tr[data-id="centrale-lyon"]').analyze()).violations.map(
      (v) => `${v.id}: ${v.help}`,
    ),
  ).toEqual([]);

  // Escape closes it; a tap elsewhere too. Closed, the mark is not positioned: it passes under the
  // table's sticky header.
  await page.keyboard.press('Escape');
  await expect(mark).toHaveAttribute('aria-expanded', 'false');
  await expect(lyonRow(page).locator('.tip')).toHaveCSS('position', 'static');
  await mark.click();
  await page.locator('h1').click();
  await expect(mark).toHaveAttribute('aria-expanded', 'false');

  // The filter is the labelled button inside it.
  await mark.click();
  await lyonRow(page)
    .getByRole('button', { name: 'Voir les 32\u00a0écoles à 6\u00a0mois' })
    .click();
  await expect(page).toHaveURL(/tie=centrale-lyon/);
  await expect(count(page)).toHaveText(/32\u00a0sur 144\u00a0écoles/);
  await expect(rows(page)).toHaveCount(32);
  // The same bubble now offers all of them again.
  const mark2 = lyonRow(page).getByRole('button', { name: 'ex æquo' });
  if ((await mark2.getAttribute('aria-expanded')) !== 'true') await mark2.click();
  const all = lyonRow(page).getByRole('button', { name: 'Tout afficher' });
  await all.scrollIntoViewIfNeeded();
  const before = (await mark2.boundingBox())?.y;
  await all.click();
  await expect(rows(page)).toHaveCount(144);
  // The 112 rows come back a slice per frame, above and below the tie: its mark stays where it was
  // (within a pixel: the browser's scroll anchoring rounds).
  await expect
    .poll(async () => Math.abs(((await mark2.boundingBox())?.y ?? NaN) - (before ?? NaN)))
    .toBeLessThanOrEqual(1);
  // The step is written to the address once its frame is drawn (state/sync.svelte.ts).
  await expect(page).not.toHaveURL(/tie=/);
  expect(errors).toEqual([]);
});

test('a tie shown from its last school keeps its mark in place and the open bubble inside the short table', async ({
  page,
}) => {
  const errors = await open(page);
  await table(page).scrollIntoViewIfNeeded();
  // The first tie: 4 schools at 12 months, UTC Compiègne listed last.
  const utc = rows(page).filter({ hasText: 'UTC Compiègne' });
  const mark = utc.getByRole('button', { name: 'ex æquo' });
  const show = utc.getByRole('button', { name: 'Voir les 4\u00a0écoles à 12\u00a0mois' });
  // The press on the mark can miss, about once in 25 runs on a busy machine: just after the jump of
  // 7,000 px to the table, the page scrolled again (by 1,000 to 2,000 px) between the press's down
  // and its up, and the click went to another row. Pressed again until the bubble is open; what
  // this test checks comes after (the first test of this file presses the mark once).
  await expect(async () => {
    if ((await mark.getAttribute('aria-expanded')) !== 'true') await mark.click();
    await expect(show).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  // Scrolled to first, as a click would: where the mark stands when the button is pressed.
  await show.scrollIntoViewIfNeeded();
  const before = (await mark.boundingBox())?.y;
  await show.click();
  await expect(rows(page)).toHaveCount(4);
  // The mark stays where it was on screen, with the button just pressed (at 375 px, the rows hidden
  // below it had taken it 2,000 px away).
  await expect.poll(async () => (await mark.boundingBox())?.y ?? NaN).toBeCloseTo(before ?? 0, 0);
  // Placed again once the table is four rows: above the mark, not past the table's end, which
  // clips it.
  const bubble = utc.locator('.bubble');
  const box = await bubble.boundingBox();
  const frame = await table(page).boundingBox();
  expect(box).not.toBeNull();
  expect(frame).not.toBeNull();
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(frame?.y ?? Infinity);
  expect((box?.y ?? 0) + (box?.height ?? Infinity)).toBeLessThanOrEqual(
    (frame?.y ?? 0) + (frame?.height ?? 0),
  );
  await expect(utc.getByRole('button', { name: 'Tout afficher' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a profile’s « Comparer » adds the school to the comparison, then says it is there', async ({
  page,
}) => {
  const errors = await open(page);
  await table(page).scrollIntoViewIfNeeded();
  await lyonRow(page).getByRole('button', { name: 'Centrale Lyon', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Centrale Lyon' });
  await expect(dialog).toBeVisible();
  // The tie's meaning is still said there.
  await expect(dialog.getByRole('region', { name: 'Ce que veut dire son rang' })).toContainText(
    '32\u00a0écoles ont 6\u00a0mois',
  );
  await dialog.getByRole('button', { name: 'Comparer', exact: true }).click();
  await expect(page).toHaveURL(/pick=centrale-lyon/);
  await expect(dialog.getByRole('button', { name: 'Déjà dans la comparaison' })).toBeDisabled();
  await page.screenshot({ path: `test-results/tie-compare-${page.viewportSize()?.width}.png` });
  expect(
    (await axeOf(page).include('dialog').analyze()).violations.map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);
  await dialog.getByRole('button', { name: 'Fermer la fiche' }).click();
  await expect(page.locator('.compare tbody tr')).toHaveCount(1);
  expect(errors).toEqual([]);
});
