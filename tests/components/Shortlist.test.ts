// @vitest-environment jsdom
// The star and the shortlist panel: what a press does to the list, what the panel lists and says,
// and what « Comparer ma sélection » and « Tout effacer » do.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ShortlistHarness from './ShortlistHarness.svelte';
import { explorerOf } from '../explorer';
import { Shortlist, type KeptStorage } from '../../src/lib/shortlist/shortlist.svelte';
import { STORAGE_KEY } from '../../src/lib/shortlist/list';

const memory = (value?: string): KeptStorage & { items: Map<string, string> } => {
  const items = new Map<string, string>(value === undefined ? [] : [[STORAGE_KEY, value]]);
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
  };
};
const panel = () => screen.getByRole('region', { name: /^Ma sélection/ });

describe('Star', () => {
  it('says what a press does, and a press adds the school, then takes it out', async () => {
    const user = userEvent.setup();
    const storage = memory();
    const list = new Shortlist(storage);
    render(ShortlistHarness, { m: explorerOf(), list, star: 'ensiie' });
    const star = screen.getByRole('button', { name: 'Ajouter ENSIIE à ma sélection' });
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await user.click(star);
    expect(list.ids).toEqual(['ensiie']);
    expect(storage.items.get(STORAGE_KEY)).toBe('{"v":1,"ids":["ensiie"]}');
    expect(star).toHaveAttribute('aria-pressed', 'true');
    expect(star).toHaveAccessibleName('Retirer ENSIIE de ma sélection');
    await user.click(star);
    expect(list.ids).toEqual([]);
    expect(star).toHaveAccessibleName('Ajouter ENSIIE à ma sélection');
  });

  it('speaks English on an English page', () => {
    const list = new Shortlist(memory('{"v":1,"ids":["ensiie"]}'));
    render(ShortlistHarness, { m: explorerOf({ search: '?lang=en' }), list, star: 'ensiie' });
    expect(
      screen.getAllByRole('button', { name: 'Remove ENSIIE from my shortlist' })[0],
    ).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('region', { name: /^My shortlist · 1 school$/ })).toBeInTheDocument();
  });
});

describe('Shortlist panel', () => {
  it('with nothing listed: says how to add, every action off', () => {
    render(ShortlistHarness, { m: explorerOf(), list: new Shortlist(memory()), star: 'ensiie' });
    expect(panel()).toHaveAccessibleName('Ma sélection · aucune école');
    expect(within(panel()).getByText(/touchez l’étoile/)).toBeInTheDocument();
    expect(within(panel()).getByRole('button', { name: 'Comparer ma sélection' })).toBeDisabled();
    expect(within(panel()).getByRole('button', { name: 'Tout effacer' })).toBeDisabled();
  });

  it('lists the schools in ranked order with rank, tie and months; ids of other tables counted, not shown', () => {
    // Added in this order; the seed ranks CPE Lyon 1st ex æquo (12 months, with three others),
    // Centrale Paris 8th (10.5) and ENSIIE 20th (8.8), each alone.
    const list = new Shortlist(
      memory('{"v":1,"ids":["ensiie","elsewhere","centrale-paris","cpe-lyon"]}'),
    );
    render(ShortlistHarness, { m: explorerOf(), list, star: 'ensiie' });
    expect(panel()).toHaveAccessibleName(/^Ma sélection · 3\sécoles$/);
    const items = within(panel()).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'CPE Lyon',
      'Centrale Paris',
      'ENSIIE',
    ]);
    expect(items[0]).toHaveTextContent(/^★\s*1er\sex\sæquo\s*CPE Lyon\s*12\smois$/);
    expect(items[1]).toHaveTextContent(/^★\s*8e\s*Centrale Paris\s*10,5\smois$/);
    expect(items[2]).toHaveTextContent(/^★\s*20e\s*ENSIIE\s*8,8\smois$/);
    expect(within(panel()).getByText(/1 autre école de ma sélection/)).toBeInTheDocument();
    expect(within(panel()).getByText(/Gardée dans ce navigateur seulement/)).toBeInTheDocument();
  });

  it('says when the browser cannot keep the list', () => {
    render(ShortlistHarness, { m: explorerOf(), list: new Shortlist(null), star: 'ensiie' });
    expect(within(panel()).getByText(/ne peut pas garder la liste/)).toBeInTheDocument();
  });

  it('« Comparer ma sélection » puts the first five in ranked order in the comparison, and says so', async () => {
    const user = userEvent.setup();
    const m = explorerOf();
    // Seven schools listed, added out of ranked order.
    const seven = m.all.slice(0, 7).map((s) => s.id);
    const list = new Shortlist(memory(JSON.stringify({ v: 1, ids: [...seven].reverse() })));
    render(ShortlistHarness, { m, list, star: 'ensiie' });
    await user.click(within(panel()).getByRole('button', { name: 'Comparer ma sélection' }));
    expect(m.view.picks).toEqual(seven.slice(0, 5));
    expect(within(panel()).getByRole('status')).toHaveTextContent(
      /5 au plus.*les 5 premières.*2 n’y sont pas/,
    );
    expect(list.ids).toEqual([...seven].reverse());
  });

  it('« Tout effacer » clears in one click; « Annuler » brings the list back', async () => {
    const user = userEvent.setup();
    const storage = memory('{"v":1,"ids":["ensiie","elsewhere","centrale-paris"]}');
    const list = new Shortlist(storage);
    render(ShortlistHarness, { m: explorerOf(), list, star: 'ensiie' });
    await user.click(within(panel()).getByRole('button', { name: 'Tout effacer' }));
    expect(panel()).toHaveAccessibleName('Ma sélection · aucune école');
    // The school of another table stays.
    expect(storage.items.get(STORAGE_KEY)).toBe('{"v":1,"ids":["elsewhere"]}');
    expect(within(panel()).getByRole('status')).toHaveTextContent(
      /2\sécoles retirées de ma sélection/,
    );
    await user.click(within(panel()).getByRole('button', { name: 'Annuler' }));
    expect(panel()).toHaveAccessibleName(/^Ma sélection · 2\sécoles$/);
    expect(list.ids).toEqual(['ensiie', 'elsewhere', 'centrale-paris']);
    expect(within(panel()).queryByRole('button', { name: 'Annuler' })).toBeNull();
  });
});
