// @vitest-environment jsdom
// A profile's « Comparer » button (issue 14, part 5): it adds the school to the comparison, and is
// off, with its reason as its text, when the school is there already or the comparison is full.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ProfileHarness from './ProfileHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { readProfiles } from '../../src/lib/context/profiles';
import profilesJson from '../../data/profils.json';
import { seedText } from '../seed-text';

const schools = buildDataset(seedText).ranking.schools;
const data = readProfiles(profilesJson);
const lyon = schools.find((s) => s.name === 'Centrale Lyon');
if (!lyon) throw new Error('Centrale Lyon');

describe('the profile’s « Comparer » button', () => {
  it('adds the school to the comparison, then says it is there and is off', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    view.togglePick('cpe-lyon');
    render(ProfileHarness, { school: lyon, schools, view, data });
    await user.click(screen.getByRole('button', { name: 'Comparer' }));
    expect(view.picks).toEqual(['cpe-lyon', 'centrale-lyon']);
    const done = screen.getByRole('button', { name: 'Déjà dans la comparaison' });
    expect(done).toBeDisabled();
    // The tie's meaning is still there.
    expect(screen.getByRole('heading', { name: 'Ce que veut dire son rang' })).toBeInTheDocument();
  });

  it('is off with the reason when the comparison holds 5 schools, in English too', async () => {
    const view = new ViewState();
    for (const s of schools.slice(0, 5)) view.togglePick(s.id);
    view.setLang('en');
    render(ProfileHarness, { school: lyon, schools, view, data });
    const full = screen.getByRole('button', { name: 'The comparison is full (5 schools at most)' });
    expect(full).toBeDisabled();
    expect(view.picks).toHaveLength(5);
    // One school fewer: it can be added again.
    view.togglePick(schools[0]?.id ?? '');
    expect(await screen.findByRole('button', { name: 'Compare' })).toBeEnabled();
  });
});
