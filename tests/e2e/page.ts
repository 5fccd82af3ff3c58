// What browser tests share: opening the app and finding its main parts.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Locator, type Page } from '@playwright/test';

/** Opens a path, records console errors and uncaught exceptions, waits for the ready signal. */
export async function open(page: Page, path = './'): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  await settle(page);
  return errors;
}

/**
 * Waits for the page to be ready, asks it for every part at once (the parts below the charts are
 * otherwise built when the reader comes near them, or a few seconds later: lib/island/wanted.ts),
 * then waits for them all (`<html data-settled>`). After a goto or a reload. The page hears the
 * question only once its charts are whole and wanted.ts is in: it is asked again every 100 ms
 * until it has settled (asked once and then awaited, a question put a moment too early cost each
 * test a second).
 */
export async function settle(
  page: Page | Frame,
  options: { timeout?: number } = {},
): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-ready', '1', options);
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          dispatchEvent(new Event('explorer:build'));
          return document.documentElement.dataset.settled ?? null;
        }),
      { timeout: options.timeout ?? 10_000, intervals: [100] },
    )
    .toBe('1');
}

/**
 * axe-core over a page, reporting its violations in full and no more than the first node of what
 * passes: the tests read only the violations, and listing every passing node of the whole page
 * (thousands: every row of the ranking, twice) was a good part of a scan's time.
 */
export const axeOf = (page: Page): AxeBuilder =>
  new AxeBuilder({ page }).options({ resultTypes: ['violations'] });

/** axe-core's violations (`id: help`) in the page, or in the part of it a selector gives. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = axeOf(page);
  if (include !== undefined) builder.include(include);
  return (await builder.analyze()).violations.map((v) => `${v.id}: ${v.help}`);
}

/** The ranking table (not the comparison table). */
export const table = (page: Page): Locator =>
  page.getByRole('table', { name: 'Classement complet, triable par colonne' });

/** The rows of the ranking table that the filter shows (rows it hides stay mounted, hidden). */
export const rows = (page: Page): Locator => table(page).locator('tbody tr[data-id]:not([hidden])');

/** The school's name in each row given (on a phone the row header also holds a line under it). */
export const names = (rows: Locator): Locator => rows.locator('th button');

/** The rows of the ranking chart that the filter shows (rows it hides stay mounted, moved away). */
export const chartRows = (page: Page): Locator => page.locator('.rows .row:not([data-off])');

/**
 * A full-page screenshot. Parts of the page off screen skip rendering until scrolled to
 * (content-visibility: auto), and a full-page capture scrolls nothing: they are drawn first.
 */
export async function fullPageShot(page: Page, path: string): Promise<void> {
  await drawAll(page);
  await page.screenshot({ path, fullPage: true });
}

/**
 * Draws every part of the page, off screen too: the browser skips the parts with
 * `content-visibility: auto` while they are off screen, and `innerText` then leaves their text out.
 */
export async function drawAll(page: Page): Promise<void> {
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
}

/** Unfolds a folded panel of the page by its summary (« Filtres », « Partager cette vue »). */
export async function unfold(page: Page, summary: string): Promise<void> {
  const details = page.locator('details', { has: page.locator('summary', { hasText: summary }) });
  if ((await details.getAttribute('open')) === null) {
    await details.locator('summary').click();
  }
  await expect(details).toHaveAttribute('open', '');
}

/**
 * The words cut across two lines in the cells of `cells` (a word: a run of characters other than
 * spaces, hyphens and apostrophes, where a line may break anyway), read from each word's boxes: a
 * word on one line has one, a word cut mid-way two on different lines. Text split by <wbr> is in
 * separate text nodes, each read on its own.
 */
export const cutWords = (cells: Locator): Promise<string[]> =>
  cells.evaluateAll((all) =>
    all.flatMap((cell) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        for (const m of text.data.matchAll(/[^\s\-\u2010'’]+/gu)) {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
          if (tops.some((top) => Math.abs(top - (tops[0] ?? top)) > 2)) found.push(m[0]);
        }
      }
      return found;
    }),
  );
