// @vitest-environment jsdom
// The « Annoter » form (issue 15): headline, note and highlighted schools of the view, written to
// the view state (and so to the link) as typed, with their limits said and held.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AnnotateHarness from './AnnotateHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { toSearch } from '../../src/lib/state/url';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';
import { nb } from '../i18n/spaces';

const schools = buildDataset(seedText).ranking.schools;
const TITLE = 'Les écoles d’ingénieurs les plus ouvertes à l’international';

function setup(view = new ViewState(), link: string | null = null) {
  const user = userEvent.setup();
  render(AnnotateHarness, { view, all: schools, link });
  const title = screen.getByRole('textbox', { name: 'Votre titre' });
  const note = screen.getByRole('textbox', { name: 'Votre note' });
  const preview = screen.getByRole('figure', { name: 'Aperçu' });
  return { user, view, title, note, preview };
}

describe('Annotate', () => {
  it('says and holds the limits: 120 and 280 characters, each with a counter', () => {
    const { title, note } = setup();
    expect(title).toHaveAttribute('maxlength', '120');
    expect(note).toHaveAttribute('maxlength', '280');
    expect(title).toHaveAccessibleDescription(
      nb(
        '120~caractères au plus. Il remplace le titre de la page, qui reste affiché au-dessus. 0~caractères sur 120',
      ),
    );
    expect(note).toHaveAccessibleDescription(
      nb('280~caractères au plus, affichés sous le titre. 0~caractères sur 280'),
    );
  });

  it('writes the headline and the note as typed; the counter and the preview follow', async () => {
    const { user, view, title, note, preview } = setup(new ViewState(), 'http://x/?title=…');
    // Before: the ranking's own title, no kicker, no note.
    expect(within(preview).getByText(TITLE).tagName).toBe('STRONG');
    await user.type(title, 'Les Mines en tête');
    expect(view.title).toBe('Les Mines en tête');
    expect(title).toHaveAccessibleDescription(new RegExp(`${nb('17~caractères sur 120')}$`));
    expect(within(preview).getByText('Les Mines en tête').tagName).toBe('STRONG');
    // The ranking's title stays above it, as a kicker.
    expect(within(preview).getByText(TITLE)).toHaveClass('kicker');
    await user.type(note, 'Ligne un{Enter}ligne deux');
    // A line break is a space: the note is one paragraph wherever it shows.
    expect(view.note).toBe('Ligne un ligne deux');
    expect(within(preview).getByText('Ligne un ligne deux')).toBeInTheDocument();
    expect(within(preview).getByText('http://x/?title=…')).toBeInTheDocument();
    expect(toSearch(view.params)).toBe('?title=Les+Mines+en+t%C3%AAte&note=Ligne+un+ligne+deux');
  });

  it('drops control characters pasted in, and shows markup as text', async () => {
    const { view, title, preview } = setup();
    await fireEvent.input(title, { target: { value: 'A\u0007B\u0000 <b>gras</b>' } });
    expect(view.title).toBe('AB <b>gras</b>');
    expect(within(preview).getByText('AB <b>gras</b>')).toBeInTheDocument();
    expect(preview.querySelector('b')).toBeNull();
  });

  it('highlights schools picked in the box, lists them, removes one, and clears all', async () => {
    const { user, view } = setup(new ViewState({ picks: ['centrale-lyon'] }));
    const box = screen.getByRole('combobox', { name: 'Mettre une école en avant' });
    expect(screen.getByText('Aucune école mise en avant.')).toBeInTheDocument();
    await user.type(box, 'centrale paris{Enter}');
    await user.type(box, 'enise{Enter}');
    expect(view.highlight).toEqual(['centrale-paris', 'enise-saint-etienne']);
    // The comparison's picks are another list.
    expect(view.picks).toEqual(['centrale-lyon']);
    expect(screen.getByRole('status')).toHaveTextContent(
      'ENISE Saint-Etienne mise en avant (2 sur 10).',
    );
    const list = screen.getByRole('list');
    expect(Array.from(list.querySelectorAll('strong'), (s) => s.textContent)).toEqual([
      'Centrale Paris',
      'ENISE Saint-Etienne',
    ]);
    await user.click(
      screen.getByRole('button', { name: 'Ne plus mettre en avant Centrale Paris' }),
    );
    expect(view.highlight).toEqual(['enise-saint-etienne']);
    await user.type(screen.getByRole('textbox', { name: 'Votre titre' }), 'T');
    await user.click(screen.getByRole('button', { name: 'Effacer l’annotation' }));
    expect([view.title, view.note, view.highlight]).toEqual(['', '', []]);
    expect(screen.getByRole('button', { name: 'Effacer l’annotation' })).toBeDisabled();
  });

  it('takes 10 schools at most, and says so', async () => {
    const ten = schools.slice(0, 10).map((s) => s.id);
    const { user, view } = setup(new ViewState({ highlight: ten }));
    const box = screen.getByRole('combobox', { name: 'Mettre une école en avant' });
    const full = nb(
      'Déjà 10~écoles mises en avant, le maximum~: retirez-en une pour en ajouter une autre.',
    );
    expect(box).toHaveAccessibleDescription(full);
    await user.type(box, 'mines{Enter}');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(view.highlight).toEqual(ten);
  });
});
