// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import CompareHarness from './CompareHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';
import { nb } from '../i18n/spaces';

const schools = buildDataset(seedText).ranking.schools;
const pick = (...ids: string[]) => ids.flatMap((id) => schools.find((s) => s.id === id) ?? []);

describe('Compare', () => {
  it('invites a pick when none is made', () => {
    render(CompareHarness, { picked: [], view: new ViewState() });
    expect(screen.getByText(/Choisissez jusqu’à 5 écoles/)).toBeInTheDocument();
  });

  it('shows each school and says the gap in plain words', () => {
    const view = new ViewState({ picks: ['centrale-lyon', 'centrale-paris', 'centrale-lille'] });
    render(CompareHarness, { picked: pick(...view.picks), view });
    const rows = document.querySelectorAll<HTMLTableRowElement>('tbody tr');
    expect(
      Array.from(rows, (r) => Array.from(r.cells, (c) => c.textContent?.trim()).join(' | ')),
    ).toEqual(
      [
        'Centrale Lyon | 6~mois | 34e ex æquo | 32 écoles, places 34 à 65 | 66 | ×',
        'Centrale Paris | 10,5~mois | 8e | seule à ce rang | 95 | ×',
        'Centrale Lille | 6~mois | 34e ex æquo | 32 écoles, places 34 à 65 | 66 | ×',
      ].map(nb),
    );
    expect(Array.from(document.querySelectorAll('.gaps li'), (li) => li.textContent)).toEqual(
      [
        'Centrale Paris passe 4,5~mois de plus à l’étranger que Centrale Lille~: 8e contre 34e ex æquo.',
        'Centrale Lille et Centrale Lyon sont à égalité~: 6~mois, 34e ex æquo toutes deux.',
      ].map(nb),
    );
  });

  it('the remove button drops the school from the picks', async () => {
    const user = userEvent.setup();
    const view = new ViewState({ picks: ['centrale-lyon', 'centrale-paris'] });
    render(CompareHarness, { picked: pick(...view.picks), view });
    await user.click(
      screen.getByRole('button', { name: 'Retirer Centrale Paris de la comparaison' }),
    );
    expect(view.picks).toEqual(['centrale-lyon']);
  });
});
