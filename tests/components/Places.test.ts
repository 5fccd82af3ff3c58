// @vitest-environment jsdom
// The map's text alternative (PlacesTable): the schools shown by region, counted, then those on no
// map; and the map itself (SchoolMap): its dots, its text alternative, its keys and clicks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import PlacesHarness from './PlacesHarness.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { parsePlaces } from '../../src/lib/data/places';
import type { ViewState } from '../../src/lib/state/view.svelte';
import { seedText } from '../seed-text';
import { nb } from '../i18n/spaces';

const all = buildDataset(seedText).ranking.schools;
const places = parsePlaces(readFileSync('data/lieux.csv', 'utf8')).byId;
// The five Centrale schools (each in its own region, by its name) and ENSAM (not verified).
const shown = all.filter((s) => s.name.startsWith('Centrale') || s.name === 'ENSAM');

function setup() {
  let view: ViewState | undefined;
  render(PlacesHarness, { schools: shown, places, onview: (v: ViewState) => (view = v) });
  if (!view) throw new Error('no view');
  return view;
}

describe('PlacesTable', () => {
  it('lists the regions in INSEE code order with their count and schools, then those on no map', () => {
    setup();
    const table = screen.getByRole('table', { name: 'Écoles par région' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim()));
    expect(rows).toEqual([
      ['Région', 'Nombre', 'Écoles'],
      ['Île-de-France', '1', 'Centrale Paris'],
      ['Hauts-de-France', '1', 'Centrale Lille'],
      ['Pays de la Loire', '1', 'Centrale Nantes'],
      ['Auvergne-Rhône-Alpes', '1', 'Centrale Lyon'],
      ["Provence-Alpes-Côte d'Azur", '1', 'Centrale Marseille'],
      ['Lieu non vérifié ou plusieurs régions', '1', 'ENSAM'],
    ]);
  });
});

describe('SchoolMap', () => {
  it('draws the 13 regions and a dot per school placed, and says so in its text alternative', () => {
    setup();
    const map = screen.getByRole('img');
    expect(map.getAttribute('aria-label')).toBe(
      nb(
        'Carte des régions de France métropolitaine~: 5~des 6~écoles affichées, en points dans 5~régions.',
      ),
    );
    expect(map.querySelectorAll('path[data-region]')).toHaveLength(13);
    expect([...map.querySelectorAll('circle')].map((c) => c.getAttribute('data-id'))).toEqual([
      'centrale-paris',
      'centrale-nantes',
      'centrale-lille',
      'centrale-lyon',
      'centrale-marseille',
    ]);
  });

  it('walks the schools with the arrow keys in rank order, reads each out, and picks with Enter', async () => {
    const view = setup();
    const keys = screen.getByRole('application');
    await fireEvent.keyDown(keys, { key: 'ArrowRight' });
    expect(view.hovered).toBe('centrale-paris');
    await fireEvent.keyDown(keys, { key: 'ArrowRight' });
    expect(view.hovered).toBe('centrale-nantes');
    expect(screen.getByRole('status').textContent).toMatch(/^Centrale Nantes · Nantes · /);
    await fireEvent.keyDown(keys, { key: 'Enter' });
    expect(view.picks).toEqual(['centrale-nantes']);
    await fireEvent.keyDown(keys, { key: 'End' });
    expect(view.hovered).toBe('centrale-marseille');
    await fireEvent.keyDown(keys, { key: 'Escape' });
    expect(view.hovered).toBeNull();
  });

  it('lights the school hovered in another view, and ticks a region clicked', async () => {
    const view = setup();
    view.hover('centrale-lyon');
    await Promise.resolve();
    const lit = document.querySelector('circle.hovered');
    expect(lit?.getAttribute('data-id')).toBe('centrale-lyon');
    await fireEvent.click(document.querySelector('path[data-region="53"]') as Element, {
      clientX: -1000,
      clientY: -1000,
    });
    expect(view.regions).toEqual(['53']);
  });
});
