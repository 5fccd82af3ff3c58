// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import TableHarness from './TableHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';
import { generateTable } from '../../bench/generate';
import { FAMILIES, familyOf, parseFamilies } from '../../src/lib/data/families';
import type { RankedSchool } from '../../src/lib/analysis/types';
import { languageOf } from '../../src/lib/i18n/registry';

const schools = buildDataset(seedText).ranking.schools;
const families = parseFamilies(readFileSync('data/familles.csv', 'utf8')).byName;
/** Each school's family label in the view's language, as the app gives it. */
const familyIn =
  (view: ViewState) =>
  (s: RankedSchool): string =>
    FAMILIES.find((f) => f.id === familyOf(families, s.name))?.[languageOf(view.lang).data] ?? '';

/** A row's cells, trimmed, joined by single spaces. */
const rowText = (cell: HTMLElement): string =>
  Array.from(cell.closest('tr')?.cells ?? [], (c) => {
    // As read out: without what is hidden from assistive technology (the star's glyph).
    const copy = c.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    return copy.textContent?.replace(/\s+/g, ' ').trim();
  })
    .join(' ')
    .trim();

const header = (name: RegExp): HTMLElement =>
  within(screen.getAllByRole('rowgroup')[0] as HTMLElement).getByRole('columnheader', { name });

/** The names in the table, in its order (a row header also holds the line under the name). */
const names = (): string[] =>
  Array.from(document.querySelectorAll('tbody th button'), (b) => b.textContent?.trim() ?? '');

/** The line under a school's name (shown on a phone only: jsdom applies no media query); a no-break
 *  space keeps the percentile with its word. */
const details = (name: string): string | null | undefined =>
  screen.getByText(name, { selector: 'tbody th button' }).closest('th')?.querySelector('.details')
    ?.textContent;

describe('Table', () => {
  it('lists every school, in rank order, with a tie marker on tied ranks', () => {
    render(TableHarness, { schools });
    expect(names()).toHaveLength(144);
    expect(names().slice(0, 5)).toEqual([
      'CPE Lyon',
      'EEIGM',
      'ENPC (Ecole des ponts et chaussées)',
      'UTC Compiègne',
      'ENSEA',
    ]);
    // Without families, the line under a name (a phone's) gives the percentile alone.
    expect(rowText(screen.getByText('Centrale Paris', { selector: 'tbody th button' }))).toBe(
      '8 Centrale Paris centile 95 10,5 mois 95',
    );
    const lyon = screen.getByText('Centrale Lyon', { selector: 'tbody th button' });
    expect(rowText(lyon)).toBe('34 ex æquo Centrale Lyon centile 66 6 mois 66');
    // The mark explains on demand (TieTip): closed, it holds no sentence and no title.
    const mark = within(lyon.closest('tr') as HTMLElement).getByRole('button', { name: 'ex æquo' });
    expect(mark).toHaveAttribute('aria-expanded', 'false');
    expect(mark).not.toHaveAttribute('title');
  });

  it('sorts by a column on click and flips on a second click, saying so in aria-sort', async () => {
    const user = userEvent.setup();
    render(TableHarness, { schools });
    const school = header(/École/);
    const months = header(/Mois/);
    expect(header(/Rang/)).toHaveAttribute('aria-sort', 'ascending');

    await user.click(within(school).getByRole('button'));
    expect(school).toHaveAttribute('aria-sort', 'ascending');
    expect(names().slice(0, 3)).toEqual(['3IL Limoges', 'AgroParisTech', 'Centrale Lille']);

    await user.click(within(school).getByRole('button'));
    expect(school).toHaveAttribute('aria-sort', 'descending');
    expect(names()[0]).toBe('UTT (Université de technologie Troyes)');

    await user.click(within(months).getByRole('button'));
    expect(months).toHaveAttribute('aria-sort', 'descending');
    expect(school).toHaveAttribute('aria-sort', 'none');
    expect(names()[0]).toBe('CPE Lyon');

    await user.click(within(months).getByRole('button'));
    expect(months).toHaveAttribute('aria-sort', 'ascending');
    expect(names().slice(0, 2)).toEqual(['ESTIA', 'ENSIM Le Mans']);
  });

  it('orders its rows and headers in the task after the sort changes, not within it', async () => {
    const view = new ViewState();
    render(TableHarness, { schools, view });
    view.sortBy('name');
    flushSync();
    // The change's own task: the view has the new sort, the table not yet.
    expect(view.sort).toEqual({ key: 'name', dir: 'asc' });
    expect(names()[0]).toBe('CPE Lyon');
    expect(header(/Rang/)).toHaveAttribute('aria-sort', 'ascending');
    await new Promise((done) => setTimeout(done, 0));
    flushSync();
    expect(names().slice(0, 2)).toEqual(['3IL Limoges', 'AgroParisTech']);
    expect(header(/École/)).toHaveAttribute('aria-sort', 'ascending');
    expect(header(/Rang/)).toHaveAttribute('aria-sort', 'none');
  });

  it('is operable by keyboard: Enter on a focused header sorts', async () => {
    const user = userEvent.setup();
    render(TableHarness, { schools });
    // The phone's sort list comes first (jsdom applies no media query, so it is there), then Rang.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Trier par' }));
    await user.tab();
    await user.tab();
    expect(document.activeElement?.textContent).toMatch(/École/);
    await user.keyboard('{Enter}');
    expect(header(/École/)).toHaveAttribute('aria-sort', 'ascending');
  });

  it('on a phone, a line under each name gives its family and percentile, in the view’s language', () => {
    const view = new ViewState();
    render(TableHarness, { schools, view, family: familyIn(view) });
    expect(details('Centrale Paris')).toBe('Centrale, centile\u00a095');
    expect(details('Centrale Lyon')).toBe('Centrale, centile\u00a066');
    expect(details('ITII Pays de la Loire')).toBe('Apprentissage (ITII), centile\u00a015');
    // The columns it stands for on a phone, where they are hidden: the same facts.
    expect(rowText(screen.getByText('Centrale Paris', { selector: 'tbody th button' }))).toBe(
      '8 Centrale Paris Centrale, centile 95 10,5 mois Centrale 95',
    );
  });

  it('the line under a name is written again in English when the language changes', async () => {
    const view = new ViewState();
    render(TableHarness, { schools, view, family: familyIn(view) });
    view.setLang('en');
    await vi.waitFor(() => expect(details('Centrale Paris')).toBe('Centrale, percentile\u00a095'));
    expect(details('ITII Pays de la Loire')).toBe('Apprenticeship (ITII), percentile\u00a015');
  });

  it('on a phone, a list sorts by every column in either order, as the headers do', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(TableHarness, { schools, view, family: familyIn(view) });
    const list = screen.getByRole('combobox', { name: 'Trier par' });
    const choices = within(list).getAllByRole('option');
    expect(choices.map((o) => o.textContent)).toEqual([
      'Rang, du 1er au dernier',
      'Rang, du dernier au 1er',
      'École, de A à Z',
      'École, de Z à A',
      'Mois à l’étranger, décroissant',
      'Mois à l’étranger, croissant',
      'Famille, de A à Z',
      'Famille, de Z à A',
      'Centile, décroissant',
      'Centile, croissant',
    ]);
    expect(list).toHaveDisplayValue('Rang, du 1er au dernier');

    // "Agronomie et alimentation" first, its schools in rank order; ENESAD Dijon is tied at
    // positions 15 to 19: 100 × (144 − 17) / 143 = 88.8.
    await user.selectOptions(list, 'Famille, de A à Z');
    expect(view.sort).toEqual({ key: 'family', dir: 'asc' });
    expect(header(/Famille/)).toHaveAttribute('aria-sort', 'ascending');
    expect(names().slice(0, 3)).toEqual([
      'ENESAD Dijon',
      'AgroParisTech',
      'Institut polytechnique Lasalle Beauvais',
    ]);
    expect(details('ENESAD Dijon')).toBe('Agronomie et alimentation, centile\u00a089');

    // The lowest percentile first: the ranking from its end.
    await user.selectOptions(list, 'Centile, croissant');
    expect(view.sort).toEqual({ key: 'percentile', dir: 'asc' });
    expect(header(/Centile/)).toHaveAttribute('aria-sort', 'ascending');
    expect(header(/Famille/)).toHaveAttribute('aria-sort', 'none');
    expect(names().slice(0, 2)).toEqual(['ESTIA', 'ENSIM Le Mans']);

    // A header's click shows in the list too: one sort, whichever sets it.
    await user.click(within(header(/Centile/)).getByRole('button'));
    expect(list).toHaveDisplayValue('Centile, décroissant');
    expect(names().slice(0, 2)).toEqual(['CPE Lyon', 'EEIGM']);
    await user.click(within(header(/Mois/)).getByRole('button'));
    expect(list).toHaveDisplayValue('Mois à l’étranger, décroissant');
  });

  it('a row box picks the school for comparison; a sixth pick is refused', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(TableHarness, { schools, view });
    const box = (name: string) => screen.getByLabelText(`Comparer ${name}`);
    for (const name of ['CPE Lyon', 'EEIGM', 'ENSEA', 'Centrale Paris', 'Centrale Lyon']) {
      await user.click(box(name));
    }
    expect(view.picks).toEqual(['cpe-lyon', 'eeigm', 'ensea', 'centrale-paris', 'centrale-lyon']);
    expect(box('ESTIA')).toBeDisabled();
    await user.click(box('EEIGM'));
    expect(view.picks).toEqual(['cpe-lyon', 'ensea', 'centrale-paris', 'centrale-lyon']);
    expect(box('ESTIA')).toBeEnabled();
  });

  // user-event walks 144 rows' listeners per step in jsdom: about 6 s on an idle 2-core machine,
  // 30 s on a busy one, hence a longer limit than the file's.
  it(
    'a row pointed at or holding the focus is the hovered school of every view',
    { timeout: 90_000 },
    async () => {
      const user = userEvent.setup();
      const view = new ViewState();
      render(TableHarness, { schools, view });
      const name = (n: string) => screen.getByRole('button', { name: n });
      await user.hover(name('Centrale Paris'));
      expect(view.hovered).toBe('centrale-paris');
      expect(name('Centrale Paris').closest('tr')).toHaveClass('hovered');
      await user.unhover(name('Centrale Paris'));
      expect(view.hovered).toBeNull();
      // Tab from the name to the row's box and star keeps the school; to the next row's name moves it.
      name('Centrale Paris').focus();
      expect(view.hovered).toBe('centrale-paris');
      await user.tab();
      expect(document.activeElement).toBe(screen.getByLabelText('Comparer Centrale Paris'));
      expect(view.hovered).toBe('centrale-paris');
      await user.tab();
      expect(document.activeElement).toBe(name('Ajouter Centrale Paris à ma sélection'));
      expect(view.hovered).toBe('centrale-paris');
      await user.tab();
      expect(view.hovered).toBe('cnam-champagne-ardenne');
      (document.activeElement as HTMLElement).blur();
      expect(view.hovered).toBeNull();
    },
  );

  it('a tap on the "ex æquo" mark explains the tie in a live region, and filters nothing', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(TableHarness, { schools, view });
    const lyon = screen
      .getByText('Centrale Lyon', { selector: 'tbody th button' })
      .closest('tr') as HTMLElement;
    const mark = within(lyon).getByRole('button', { name: 'ex æquo' });
    await user.click(mark);
    expect(mark).toHaveAttribute('aria-expanded', 'true');
    const tip = within(lyon).getByRole('status');
    expect(mark).toHaveAttribute('aria-controls', tip.id);
    // 32 schools at 6 months, ranks 34 to 65 (the seed's largest tie), with French spaces.
    expect(tip.textContent).toBe(
      '32\u00a0écoles ont 6\u00a0mois\u00a0: toutes sont 34e\u202f; elles occupent les places 34\u00a0à 65. ' +
        'Voir les 32\u00a0écoles à 6\u00a0mois',
    );
    expect(view.tiedWith).toBeNull();
    // Escape closes it, focus back on the mark.
    await user.keyboard('{Escape}');
    expect(mark).toHaveAttribute('aria-expanded', 'false');
    expect(tip).toHaveTextContent('');
    expect(mark).toHaveFocus();
    // A second tap on the mark closes it too; a press elsewhere as well.
    await user.click(mark);
    await user.click(mark);
    expect(mark).toHaveAttribute('aria-expanded', 'false');
    await user.click(mark);
    await user.click(screen.getByRole('table'));
    expect(mark).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens on a keyboard focus, in English too, and closes when focus leaves it', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    view.setLang('en');
    const tied = schools.filter((s) => s.months === 6);
    render(TableHarness, { schools: tied, view });
    const marks = screen.getAllByRole('button', { name: 'tied' });
    expect(marks).toHaveLength(32);
    const first = marks[0] as HTMLElement;
    // A focus with no press before it (the keyboard's) opens it; a tap's focus does not (its click
    // does: the other tests).
    first.focus();
    flushSync();
    expect(first).toHaveAttribute('aria-expanded', 'true');
    expect(within(first.closest('tr') as HTMLElement).getByRole('status').textContent).toBe(
      '32 schools have 6\u00a0months: all are 34th; they fill places 34 to 65. ' +
        'Show the 32 schools at 6\u00a0months',
    );
    await user.tab(); // to the filter button inside the bubble: still open
    expect(document.activeElement?.textContent).toBe('Show the 32 schools at 6\u00a0months');
    expect(first).toHaveAttribute('aria-expanded', 'true');
    await user.tab(); // out of it
    expect(first).toHaveAttribute('aria-expanded', 'false');
  });

  it('filters to the tie only by its labelled button, which then shows all again', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(TableHarness, { schools, view });
    const lyon = () =>
      screen
        .getByText('Centrale Lyon', { selector: 'tbody th button' })
        .closest('tr') as HTMLElement;
    await user.click(within(lyon()).getByRole('button', { name: 'ex æquo' }));
    await user.click(
      within(lyon()).getByRole('button', { name: 'Voir les 32\u00a0écoles à 6\u00a0mois' }),
    );
    expect(view.tiedWith).toBe('centrale-lyon');
    await user.click(within(lyon()).getByRole('button', { name: 'Tout afficher' }));
    expect(view.tiedWith).toBeNull();
  });

  it('given the whole ranking, keeps a row for every school and hides those outside the filter', async () => {
    const user = userEvent.setup();
    const centrale = schools.filter((s) => s.name.startsWith('Centrale'));
    const { rerender } = render(TableHarness, { schools: centrale, all: schools });
    const rows = () => Array.from(document.querySelectorAll<HTMLTableRowElement>('tbody tr'));
    const shown = () => rows().filter((tr) => !tr.hidden);
    expect(rows()).toHaveLength(144);
    expect(shown().map((tr) => tr.dataset.id)).toEqual([
      'centrale-paris',
      'centrale-nantes',
      'centrale-lille',
      'centrale-lyon',
      'centrale-marseille',
    ]);
    // The sort orders hidden rows too, so widening the filter again moves nothing.
    await user.click(within(header(/École/)).getByRole('button'));
    expect(shown().map((tr) => tr.dataset.id)).toEqual([
      'centrale-lille',
      'centrale-lyon',
      'centrale-marseille',
      'centrale-nantes',
      'centrale-paris',
    ]);
    expect(rows()[0]?.dataset.id).toBe('3il-limoges');
    await rerender({ schools, all: schools });
    expect(shown()).toHaveLength(144);
    // The same row elements: none was rebuilt.
    expect(rows()[0]?.dataset.id).toBe('3il-limoges');
  });

  it('a list too long to draw whole shows a window of rows between spacers, and says where they stand', async () => {
    const long = buildDataset(generateTable(5000)).ranking.schools;
    render(TableHarness, { schools: long });
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '5001');
    const drawn = () => document.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]');
    // Before the first measure, the first rows; then (jsdom lays nothing out, so rows measure 0 px
    // and count as 16, the least) the table's top at 0 in a 768 px window, and 20 rows spare.
    expect(drawn()).toHaveLength(60);
    await vi.waitFor(() => expect(drawn()).toHaveLength(Math.ceil(768 / 16) + 20));
    expect(drawn()[0]).toHaveAttribute('aria-rowindex', '2');
    const spacers = document.querySelectorAll<HTMLTableRowElement>('tbody tr.spacer');
    expect(spacers).toHaveLength(1);
    expect(spacers[0]).toHaveAttribute('aria-hidden', 'true');
    expect(spacers[0]?.cells[0]?.style.height).toBe(`${(5000 - drawn().length) * 16}px`);
    // Scrolled 1,000 rows down: the window follows, with a spacer above it too.
    const body = document.querySelector('tbody') as HTMLElement;
    body.getBoundingClientRect = () => ({ top: -16_000 }) as DOMRect;
    window.dispatchEvent(new Event('scroll'));
    await vi.waitFor(() => expect(drawn()[0]).toHaveAttribute('aria-rowindex', '982'));
    const [above, below] = document.querySelectorAll<HTMLTableRowElement>('tbody tr.spacer');
    expect(above?.cells[0]?.style.height).toBe(`${980 * 16}px`);
    expect(below?.cells[0]?.style.height).toBe(`${(5000 - 980 - drawn().length) * 16}px`);
  });
});
