// @vitest-environment jsdom
// A school's place in its profile: city and region, with where it comes from (its name, or the
// page it was read on, linked), or « lieu non vérifié »; no place row when none is given.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import PlaceHarness from './PlaceHarness.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { parsePlaces } from '../../src/lib/data/places';
import { seedText } from '../seed-text';
import { nb } from '../i18n/spaces';

const schools = buildDataset(seedText).ranking.schools;
const places = parsePlaces(readFileSync('data/lieux.csv', 'utf8')).byId;
const show = (id: string, withPlace = true) => {
  const school = schools.find((s) => s.id === id);
  if (!school) throw new Error(id);
  render(PlaceHarness, { school, schools, place: withPlace ? places.get(id) : undefined });
  return document
    .querySelector('dd.place')
    ?.textContent?.replace(/[ \n\t]+/g, ' ')
    .trim();
};

describe('Profile’s place', () => {
  it.each([
    ['insa-lyon', 'Lyon, Auvergne-Rhône-Alpes (d’après le nom de l’école)'],
    ['enst-bretagne', 'Bretagne (d’après le nom de l’école)'],
    ['ensieta', nb('Brest, Bretagne (source~: www.ensta-bretagne.fr)')],
    ['ensam', 'lieu non vérifié'],
  ])('%s: %j', (id, expected) => {
    expect(show(id)).toBe(expected);
  });

  it('links the page the place was read on, in a new tab', () => {
    show('ecole-polytechnique');
    const link = screen.getByRole('link', { name: /wikiwand\.com/ });
    expect(link.getAttribute('href')).toBe(places.get('ecole-polytechnique')?.source);
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('has no place row without a place (a reader’s own table)', () => {
    expect(show('insa-lyon', false)).toBeUndefined();
    expect(screen.queryByText('Lieu')).toBeNull();
  });
});
