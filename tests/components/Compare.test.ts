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
  it('invites a pick when none is made, saying where; embedded, only that none is picked', () => {
    const { unmount } = render(CompareHarness, { view: new ViewState(), all: schools });
    expect(
      screen.getByText(
        'Choisissez jusqu’à 5 écoles : ici, dans le tableau (les cases à cocher) ou dans le classement (clic sur une ligne).',
      ),
    ).toBeInTheDocument();
    unmount();
    // Without the search box (an embedded comparison) there is nowhere to pick from.
    render(CompareHarness, { picked: [], view: new ViewState() });
    expect(screen.getByText('Aucune école n’est choisie pour la comparaison.')).toBeInTheDocument();
  });

  it('shows each school and says the gap in plain words', () => {
    const view = new ViewState({ picks: ['centrale-lyon', 'centrale-paris', 'centrale-lille'] });
    render(CompareHarness, { picked: pick(...view.picks), view, total: 144 });
    const rows = document.querySelectorAll<HTMLTableRowElement>('tbody tr');
    expect(
      Array.from(rows, (r) => Array.from(r.cells, (c) => c.textContent?.trim()).join(' | ')),
    ).toEqual(
      // Plain counts of the whole table (144): 6 months spans places 34–65 (33 above, 79 below,
      // 31 others), 10.5 months is alone at place 8 (7 above, 136 below).
      [
        'Centrale Lyon | 6~mois | 34e ex æquo | 32~écoles, places 34~à 65 | 33~écoles ont plus de mois, 79~en ont moins, 31~autres en ont autant. | ×',
        'Centrale Paris | 10,5~mois | 8e | seule à ce rang | 7~écoles ont plus de mois, 136~en ont moins. | ×',
        'Centrale Lille | 6~mois | 34e ex æquo | 32~écoles, places 34~à 65 | 33~écoles ont plus de mois, 79~en ont moins, 31~autres en ont autant. | ×',
      ].map(nb),
    );
    expect(
      Array.from(document.querySelectorAll('thead th'), (th) => th.textContent?.trim()),
    ).toEqual([
      'École',
      'Mois à l’étranger',
      'Rang',
      'Groupe d’ex æquo',
      'Face aux autres écoles',
      'Retirer',
    ]);
    expect(Array.from(document.querySelectorAll('.gaps li'), (li) => li.textContent)).toEqual(
      [
        'Centrale Paris passe 4,5~mois de plus à l’étranger que Centrale Lille~: 8e contre 34e ex æquo.',
        'Centrale Lille et Centrale Lyon sont à égalité~: 6~mois, 34e ex æquo toutes deux.',
      ].map(nb),
    );
  });

  it('gives today’s name beside the published one', () => {
    const enst = schools.find((s) => s.name === 'ENST Paris');
    if (!enst) throw new Error('no ENST Paris');
    const view = new ViewState({ picks: [enst.id] });
    const nowCalled = (s: { name: string }) =>
      s.name === 'ENST Paris' ? 'Télécom Paris' : undefined;
    render(CompareHarness, { picked: [enst], view, nowCalled });
    expect(screen.getByRole('rowheader')).toHaveTextContent(
      'ENST Paris, aujourd’hui Télécom Paris',
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

describe('Compare: the "Ajouter une école" box', () => {
  const setup = (picks: string[] = []) => {
    const user = userEvent.setup();
    const view = new ViewState({ picks });
    const nowCalled = (s: { name: string }) =>
      s.name === 'SUPELEC' ? 'CentraleSupélec' : undefined;
    render(CompareHarness, { view, all: schools, nowCalled });
    const box = screen.getByRole('combobox', { name: 'Ajouter une école' });
    return { user, view, box };
  };
  const optionTexts = () =>
    screen.queryAllByRole('option').map((o) => o.textContent?.replace(/\s+/g, ' ').trim());

  it('lists the matches as one types, names first, with months and rank', async () => {
    const { user, box } = setup();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.type(box, 'centrale l');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(optionTexts()).toEqual([
      'Centrale Lille 6 mois · 34e ex æquo',
      'Centrale Lyon 6 mois · 34e ex æquo',
    ]);
  });

  it('arrow keys move through the list, Enter adds the school and empties the box', async () => {
    const { user, view, box } = setup(['centrale-paris']);
    await user.type(box, 'centrale');
    // Centrale Paris is already picked: not offered again.
    expect(optionTexts()[0]).toBe('Centrale Nantes 8 mois · 23e ex æquo');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const second = screen.getAllByRole('option')[1];
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', second?.id);
    // The option the keys are on is the school hovered in every view.
    expect(view.hovered).toBe('centrale-lille');
    await user.keyboard('{Enter}');
    expect(view.picks).toEqual(['centrale-paris', 'centrale-lille']);
    expect(view.hovered).toBe(null);
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Centrale Lille ajoutée à la comparaison (2 sur 5).',
    );
    expect(document.querySelectorAll('tbody tr')).toHaveLength(2);
  });

  it('Enter with no option chosen adds the best match; ArrowUp wraps to the last', async () => {
    const { user, view, box } = setup();
    await user.type(box, 'st etienne{Enter}');
    expect(view.picks).toEqual(['enise-saint-etienne']);
    await user.type(box, 'mines{ArrowUp}');
    expect(screen.getAllByRole('option').at(-1)).toHaveAttribute('aria-selected', 'true');
    expect(optionTexts().at(-1)).toBe('Mines Alès 2,6 mois · 133e');
  });

  it('a click on an option adds it; another name is shown and found', async () => {
    const { user, view, box } = setup();
    await user.type(box, 'centralesup');
    expect(optionTexts()).toEqual(['SUPELEC 10 mois · 9e ex æquo · aujourd’hui CentraleSupélec']);
    await user.click(screen.getByRole('option', { name: /SUPELEC/ }));
    expect(view.picks).toEqual(['supelec']);
  });

  it('Escape closes the list, a second Escape empties the box', async () => {
    const { user, box } = setup();
    await user.type(box, 'insa');
    expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryAllByRole('option').filter((o) => o.checkVisibility?.() !== false)).toEqual(
      [],
    );
    expect(box).toHaveValue('insa');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
  });

  it('says so when nothing matches, and when five schools are already picked', async () => {
    const first = setup();
    await first.user.type(first.box, 'zzz');
    expect(screen.getByText('Aucune école ne correspond.')).toBeInTheDocument();
  });

  it('offers nothing once five schools are picked, and says why', async () => {
    const { user, view, box } = setup(schools.slice(0, 5).map((s) => s.id));
    await user.type(box, 'centrale{Enter}');
    expect(view.picks).toHaveLength(5);
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(
      screen.getAllByText('Cinq écoles au plus : retirez-en une pour en ajouter une autre.'),
    ).toHaveLength(2);
  });
});

describe('Compare: linked highlight', () => {
  it('a school pointed at or focused in the panel is the hovered school of every view', async () => {
    const user = userEvent.setup();
    const view = new ViewState({ picks: ['centrale-lyon', 'centrale-paris'] });
    render(CompareHarness, { picked: pick(...view.picks), view });
    const paris = screen.getByRole('button', { name: 'Centrale Paris' });
    await user.hover(paris);
    expect(view.hovered).toBe('centrale-paris');
    expect(paris.closest('tr')).toHaveClass('lit');
    await user.unhover(paris);
    expect(view.hovered).toBeNull();
    // By keyboard: the focus in a row lights its school, moving within the row keeps it.
    screen.getByRole('button', { name: 'Centrale Lyon' }).focus();
    expect(view.hovered).toBe('centrale-lyon');
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Retirer Centrale Lyon de la comparaison' }),
    );
    expect(view.hovered).toBe('centrale-lyon');
    await user.tab();
    expect(view.hovered).toBe('centrale-paris');
    (document.activeElement as HTMLElement).blur();
    expect(view.hovered).toBeNull();
  });
});
