// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import ResultsHarness from './ResultsHarness.svelte';
import { explorerOf } from '../explorer';
import { seedText } from '../seed-text';

const explorer = (search = '') => explorerOf({ search });
/** The seed's schools as printed, read here from its lines: rank, name, months (tab-separated). */
const seed = seedText
  .split(/\r?\n/)
  .filter((line) => line.trim() !== '' && !line.startsWith('Rang'))
  .map((line) => {
    const [, name = '', months = ''] = line.split('\t');
    return { name: name.trim(), months: Number(months.replace(',', '.')) };
  });

describe('Results', () => {
  it('lists the first five schools of the ranking, with their rank and tie, and links to all', () => {
    render(ResultsHarness, { m: explorer() });
    const list = screen.getByRole('list', { name: 'En tête du classement' });
    const rows = within(list).getAllByRole('button');
    const first = seed.slice(0, 5);
    expect(rows.map((r) => r.querySelector('.name')?.textContent)).toEqual(
      first.map((s) => s.name),
    );
    // The seed's first four share 12 months: all four are "1er ex æquo".
    expect(first.filter((s) => s.months === 12)).toHaveLength(4);
    expect(rows[0]).toHaveTextContent(/^1er\sex\sæquo/);
    expect(screen.getByText(/5\sprem.*sur\s144/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tout le classement' })).toHaveAttribute(
      'href',
      '#ranking-heading',
    );
  });

  it('a row opens the school’s profile', async () => {
    const user = userEvent.setup();
    const m = explorer('?q=st+etienne');
    render(ResultsHarness, { m });
    const list = screen.getByRole('list', { name: 'Résultats' });
    await user.click(within(list).getByRole('button', { name: /Mines Saint-Etienne/ }));
    expect(m.view.school).toBe('mines-saint-etienne');
  });

  it('offers the corrected search and the close names when the search finds nothing', async () => {
    const user = userEvent.setup();
    const m = explorer('?q=polytecnique');
    render(ResultsHarness, { m });
    // The matching loads on this first search that finds nothing: the list comes when it has.
    const list = await screen.findByRole('list', { name: 'Noms proches' });
    expect(within(list).getAllByRole('button')[0]).toHaveTextContent('Ecole polytechnique');
    await user.click(screen.getByRole('button', { name: /Vouliez-vous dire.*polytechnique/ }));
    flushSync();
    expect(m.view.query).toBe('polytechnique');
    expect(screen.queryByRole('list', { name: 'Noms proches' })).toBeNull();
    expect(screen.getByRole('list', { name: 'Résultats' })).toBeInTheDocument();
  });

  it('announces nothing itself: the live count is the filters’', () => {
    render(ResultsHarness, { m: explorer('?q=centrale') });
    expect(document.querySelector('[aria-live], [role="status"], [role="alert"]')).toBeNull();
  });
});
