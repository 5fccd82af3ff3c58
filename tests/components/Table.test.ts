// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import TableHarness from './TableHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';

const schools = buildDataset(seedText).ranking.schools;

/** A row's cells, trimmed, joined by single spaces. */
const rowText = (cell: HTMLElement): string =>
  Array.from(cell.closest('tr')?.cells ?? [], (c) => c.textContent?.replace(/\s+/g, ' ').trim())
    .join(' ')
    .trim();

const header = (name: RegExp): HTMLElement =>
  within(screen.getAllByRole('rowgroup')[0] as HTMLElement).getByRole('columnheader', { name });

const names = (): string[] =>
  Array.from(document.querySelectorAll('tbody th'), (th) => th.textContent?.trim() ?? '');

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
    expect(rowText(screen.getByText('Centrale Paris', { selector: 'tbody th button' }))).toBe(
      '8 Centrale Paris 10,5 mois 95',
    );
    const lyon = screen.getByText('Centrale Lyon', { selector: 'tbody th button' });
    expect(rowText(lyon)).toBe('34 ex æquo Centrale Lyon 6 mois 66');
    expect(
      within(lyon.closest('tr') as HTMLElement).getByTitle(
        'ex æquo avec 31 autre(s) école(s), positions 34 à 65 : cliquer pour n’afficher qu’elles',
      ),
    ).toBeInTheDocument();
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

  it('is operable by keyboard: Enter on a focused header sorts', async () => {
    const user = userEvent.setup();
    render(TableHarness, { schools });
    await user.tab();
    await user.tab();
    expect(document.activeElement?.textContent).toMatch(/École/);
    await user.keyboard('{Enter}');
    expect(header(/École/)).toHaveAttribute('aria-sort', 'ascending');
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

  it('the "ex æquo" marker filters to the schools tied with that one, and a second click clears it', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(TableHarness, { schools, view });
    const lyon = screen
      .getByText('Centrale Lyon', { selector: 'tbody th button' })
      .closest('tr') as HTMLElement;
    const marker = within(lyon).getByText('ex æquo', { selector: 'button' });
    await user.click(marker);
    expect(view.tiedWith).toBe('centrale-lyon');
    expect(marker).toHaveAttribute('aria-pressed', 'true');
    await user.click(marker);
    expect(view.tiedWith).toBeNull();
  });
});
