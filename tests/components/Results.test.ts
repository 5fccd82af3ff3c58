// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync, tick } from 'svelte';
import ResultsHarness from './ResultsHarness.svelte';
import { explorerOf } from '../explorer';
import { seedText } from '../seed-text';
import { Shortlist } from '../../src/lib/shortlist/shortlist.svelte';
import { loadAlso } from '../../src/lib/shortlist/star';

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

  it('lets a name break after its apostrophe, its text unchanged', () => {
    render(ResultsHarness, { m: explorer('?q=clermont') });
    const list = screen.getByRole('list', { name: 'Résultats' });
    const name = within(list).getByText("Polytech'Clermont-Ferrand");
    // Its text and its <wbr> (| here), Svelte's comment markers left out.
    const shown = [...name.childNodes]
      .filter((n) => n.nodeType !== Node.COMMENT_NODE)
      .map((n) => (n.nodeName === 'WBR' ? '|' : n.textContent));
    expect(shown.join('')).toBe("Polytech'|Clermont-Ferrand");
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

  it('says when nothing matches, naming the search, and offers the names close to some words', async () => {
    const user = userEvent.setup();
    const m = explorer('?q=chimie+paris');
    render(ResultsHarness, { m });
    expect(screen.getByText('Aucune école ne correspond à « chimie paris ».')).toBeInTheDocument();
    // No school has both words (fuzzy.test.ts): those with « chimie », the rarer, under their label.
    const list = await screen.findByRole('list', { name: 'Avec une partie de ces mots' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.querySelector('.name')?.textContent),
    ).toEqual([
      'ENSCP Chimie Bordeaux',
      'ENSCL Chimie Lille',
      'ENSCR Chimie Rennes',
      'ENSCC Chimie Clermont-Ferrand',
    ]);
    await user.click(screen.getByRole('button', { name: /^Vouliez-vous dire\s«\schimie\s»\s\?$/ }));
    flushSync();
    expect(m.view.query).toBe('chimie');
    expect(screen.queryByText(/Aucune école/)).toBeNull();
    expect(
      within(screen.getByRole('list', { name: 'Résultats' })).getAllByRole('listitem'),
    ).toHaveLength(4);
  });

  it('says the other filters are set when the search matches nothing with them, or they alone', async () => {
    const m = explorer('?q=xyzzy&min=11');
    render(ResultsHarness, { m });
    expect(
      screen.getByText('Aucune école ne correspond à « xyzzy » avec ces filtres.'),
    ).toBeInTheDocument();
    // Nothing comes close: no correction, no list.
    await m.loadFuzzy();
    flushSync();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('button', { name: /Vouliez-vous dire/ })).toBeNull();
    m.view.search('');
    m.view.setRange([12.5, Infinity]);
    flushSync();
    expect(screen.getByText('Aucune école ne correspond à ces filtres.')).toBeInTheDocument();
    m.view.setLang('en');
    flushSync();
    expect(screen.getByText('No school matches these filters.')).toBeInTheDocument();
  });

  it('Enter in the search box beside it goes to its first school; Enter in another box does not', async () => {
    const user = userEvent.setup();
    const m = explorer('?q=st+etienne');
    render(ResultsHarness, { m });
    const list = screen.getByRole('list', { name: 'Résultats' });
    await user.click(screen.getByRole('searchbox', { name: 'Ailleurs' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('searchbox', { name: 'Ailleurs' })).toHaveFocus();
    await user.click(screen.getByRole('searchbox', { name: 'Chercher une école' }));
    await user.keyboard('{Enter}');
    const first = within(list).getAllByRole('button')[0];
    expect(first).toHaveTextContent(/ENISE Saint-Etienne/);
    expect(first).toHaveFocus();
    // Enter again opens the school.
    await user.keyboard('{Enter}');
    expect(m.view.school).toBe('enise-saint-etienne');
  });

  it('Enter goes to « Vouliez-vous dire » when the search finds nothing', async () => {
    const user = userEvent.setup();
    const m = explorer('?q=polytecnique');
    render(ResultsHarness, { m });
    await screen.findByRole('list', { name: 'Noms proches' });
    await user.click(screen.getByRole('searchbox', { name: 'Chercher une école' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: /Vouliez-vous dire/ })).toHaveFocus();
  });

  it('offers to search without the other filters when they hide what the search finds', async () => {
    const user = userEvent.setup();
    // « polytechnique » names 2 schools (Lasalle Beauvais, 6 months; Ecole polytechnique, 3): none
    // from 11 months.
    const m = explorer('?q=polytechnique&min=11&fam=mines');
    render(ResultsHarness, { m });
    expect(
      screen.getByText('Aucune école ne correspond à « polytechnique » avec ces filtres.'),
    ).toBeInTheDocument();
    const widen = await screen.findByRole('button', {
      name: /^Chercher sans les filtres\s:\s2\sécoles$/,
    });
    await user.click(widen);
    flushSync();
    expect(m.view.query).toBe('polytechnique');
    expect(m.view.filter.range).toBeNull();
    expect(m.view.filter.families).toEqual([]);
    const list = screen.getByRole('list', { name: 'Résultats' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.name')?.textContent),
    ).toEqual(['Institut polytechnique Lasalle Beauvais', 'Ecole polytechnique']);
    expect(screen.queryByRole('button', { name: /Chercher sans les filtres/ })).toBeNull();
  });

  it('has no such button when the search finds nothing in the whole table either', async () => {
    const m = explorer('?q=xyzzy&min=11');
    render(ResultsHarness, { m });
    await m.loadFuzzy();
    flushSync();
    expect(screen.queryByRole('button', { name: /Chercher sans les filtres/ })).toBeNull();
  });

  it('announces nothing itself: the live count is the filters’', () => {
    render(ResultsHarness, { m: explorer('?q=centrale') });
    expect(document.querySelector('[aria-live], [role="status"], [role="alert"]')).toBeNull();
  });

  it('lists the picked and shortlisted schools the search leaves out, in ranked order, under their heading', async () => {
    const list = new Shortlist(null);
    list.add('centrale-lyon');
    render(ResultsHarness, {
      m: explorer('?q=st+etienne&pick=cpe-lyon,mines-saint-etienne'),
      list,
    });
    // The matches: the three Saint-Etienne schools (Mines Saint-Etienne picked among them, not
    // repeated below).
    const matches = screen.getByRole('list', { name: 'Résultats' });
    expect(Array.from(matches.querySelectorAll('.name'), (n) => n.textContent)).toEqual([
      'ENISE Saint-Etienne',
      'Mines Saint-Etienne',
      'ISTASE Saint-Etienne',
    ]);
    // After them, CPE Lyon (1st, 12 months) then Centrale Lyon (6 months).
    const also = await screen.findByRole('list', { name: 'Aussi dans votre sélection' });
    expect(Array.from(also.querySelectorAll('.name'), (n) => n.textContent)).toEqual([
      'CPE Lyon',
      'Centrale Lyon',
    ]);
    // The live count is still the filters': the results say nothing of these two.
    expect(screen.queryByText(/sur\s144/)).toBeNull();
  });

  it('has no such group when every chosen school matches the search', async () => {
    render(ResultsHarness, { m: explorer('?q=centrale&pick=centrale-lyon') });
    await screen.findByRole('list', { name: 'Résultats' });
    // Once the group's code and words are in, it would show: it does not.
    await loadAlso();
    await tick();
    expect(screen.queryByRole('heading', { name: 'Aussi dans votre sélection' })).toBeNull();
  });
});
