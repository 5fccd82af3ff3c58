// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import InsightsHarness from './InsightsHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';
import { nb } from '../i18n/spaces';

const all = buildDataset(seedText).ranking.schools;
const items = () =>
  Array.from(document.querySelectorAll('.insights [data-insight]'), (li) => li.textContent);

describe('Insights', () => {
  it('states the key points of the whole ranking under “À retenir”', () => {
    render(InsightsHarness, { schools: all, rankingSize: all.length });
    expect(screen.getByRole('heading', { name: 'À retenir' })).toBeInTheDocument();
    expect(items()).toHaveLength(6);
    expect(items()[0]).toBe(
      nb(
        '65~écoles sur 144 (45~%) envoient leurs étudiants 6~mois ou plus à l’étranger, en moyenne.',
      ),
    );
  });

  it('follows the schools it is given, and says nothing for none', async () => {
    const { rerender } = render(InsightsHarness, { schools: all, rankingSize: all.length });
    await rerender({ schools: all.filter((s) => s.name.startsWith('Centrale')) });
    expect(items()).toHaveLength(5);
    expect(items()[0]).toBe(
      nb('4~écoles sur 5 (80~%) envoient leurs étudiants 6~mois ou plus à l’étranger, en moyenne.'),
    );
    await rerender({ schools: all.filter((s) => s.name === 'Centrale Lyon') });
    expect(items()).toEqual([
      nb(
        'Centrale Lyon~: 6~mois en moyenne, 34e sur 144~écoles, ex æquo avec 31~autres écoles (places 34~à 65).',
      ),
    ]);
    await rerender({ schools: [] });
    expect(screen.queryByRole('heading', { name: 'À retenir' })).toBeNull();
    expect(items()).toEqual([]);
  });

  it('switches language with the view', () => {
    const view = new ViewState();
    render(InsightsHarness, { schools: all.slice(0, 3), rankingSize: all.length, view });
    view.setLang('en');
    flushSync();
    expect(screen.getByRole('heading', { name: 'Key points' })).toBeInTheDocument();
    expect(items()[0]).toBe(
      nb('All 3 schools send their students abroad for 6~months or more on average.'),
    );
  });

  it('links to the methodology: a click opens the page and remembers where it came from', async () => {
    const user = userEvent.setup();
    const view = new ViewState({ query: 'centrale' });
    render(InsightsHarness, { schools: all, rankingSize: all.length, view });
    const link = screen.getByRole('link', { name: /méthode et limites/ });
    expect(link).toHaveAttribute('href', '?q=centrale&page=methode');
    await user.click(link);
    expect(view.page).toBe('method');
    expect(view.opener).toBe('method-link-insights');
  });
});
