// @vitest-environment jsdom
// The star where a school's mark is too small for a finger: a tapped row of the ranking chart shows
// a bar with its star and profile (a mouse's hover does not); the map shows the school last
// clicked, tapped or keyed under it with its star; S stars on the map's keys.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import StarsHarness from './StarsHarness.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { parsePlaces } from '../../src/lib/data/places';
import { ViewState } from '../../src/lib/state/view.svelte';
import { Shortlist } from '../../src/lib/shortlist/shortlist.svelte';
import { nb } from '../i18n/spaces';
import { seedText } from '../seed-text';

const schools = buildDataset(seedText).ranking.schools;
const places = parsePlaces(readFileSync('data/lieux.csv', 'utf8')).byId;

function setup(chart: 'ranking' | 'map', shown = schools) {
  const view = new ViewState();
  const list = new Shortlist(null);
  render(StarsHarness, { chart, schools: shown, view, list, places });
  return { view, list };
}

describe('RankingChart: the bar of a tapped row', () => {
  /** The vertical centre of a school's row (jsdom lays nothing out: the chart's box is at 0). */
  const rowY = (id: string): number => {
    const index = schools.findIndex((s) => s.id === id);
    const row = document.querySelectorAll('g.row')[index];
    return Number(/translate\(0 ([\d.]+)\)/.exec(row?.getAttribute('transform') ?? '')?.[1]);
  };
  const at = (id: string, pointerType: string) => ({
    clientX: 100,
    clientY: rowY(id),
    pointerType,
  });
  const bar = (name: string) => screen.queryByRole('group', { name });

  it('a tap on a row shows its bar: a star and « Fiche », under the row', async () => {
    setup('ranking');
    const chart = screen.getByRole('application');
    await fireEvent.pointerDown(chart, at('centrale-paris', 'touch'));
    await fireEvent.click(chart, at('centrale-paris', 'touch'));
    const group = bar('Centrale Paris');
    if (group === null) throw new Error('no bar');
    const [star, profile] = within(group).getAllByRole('button');
    expect(star).toHaveAccessibleName('Ajouter Centrale Paris à ma sélection');
    expect(star).toHaveAttribute('aria-pressed', 'false');
    expect(profile).toHaveAccessibleName('Voir la fiche de l’école Centrale Paris');
    expect(profile).toHaveTextContent('Fiche');
    // The bar right under the row (4 px below its bottom, 8 px below its centre), the tooltip
    // under the bar's 38 px. (jsdom drops the bar's own style: it parses no var().)
    const tip = document.querySelector<HTMLElement>('.tooltip');
    expect(parseFloat(tip?.style.top ?? '')).toBe(rowY('centrale-paris') + 8 + 4 + 38);
  });

  it('its star lists the school, and neither picks nor moves the row', async () => {
    const { view, list } = setup('ranking');
    const chart = screen.getByRole('application');
    await fireEvent.pointerDown(chart, at('centrale-paris', 'touch'));
    await fireEvent.click(chart, at('centrale-paris', 'touch'));
    const star = screen.getByRole('button', { name: 'Ajouter Centrale Paris à ma sélection' });
    // The finger comes down on the bar, over the rows under the active one.
    await fireEvent.pointerDown(star, {
      clientX: 100,
      clientY: rowY('efrei'),
      pointerType: 'touch',
    });
    await fireEvent.click(star);
    expect(list.ids).toEqual(['centrale-paris']);
    expect(view.hovered).toBe('centrale-paris');
    expect(view.picks).toEqual([]);
    expect(star).toHaveAccessibleName('Retirer Centrale Paris de ma sélection');
    expect(document.querySelector('.tooltip')?.textContent).toContain('★ dans ma sélection');
    // The row's name carries its star.
    expect(document.querySelectorAll('.rows tspan.listed')).toHaveLength(1);
  });

  it('« Fiche » opens the profile; the focus moving to the bar keeps it; its keys are its own', async () => {
    const { view } = setup('ranking');
    const chart = screen.getByRole('application');
    await fireEvent.pointerDown(chart, at('centrale-lyon', 'touch'));
    await fireEvent.click(chart, at('centrale-lyon', 'touch'));
    const profile = screen.getByRole('button', { name: 'Voir la fiche de l’école Centrale Lyon' });
    await fireEvent.blur(chart, { relatedTarget: profile });
    expect(bar('Centrale Lyon')).not.toBeNull();
    // Enter on a button of the bar is the button's: the chart does not pick the row.
    await fireEvent.keyDown(profile, { key: 'Enter' });
    expect(view.picks).toEqual([]);
    await fireEvent.click(profile);
    expect(view.school).toBe('centrale-lyon');
    expect(view.picks).toEqual([]);
    // The focus leaving the chart for elsewhere lets the row go.
    await fireEvent.blur(chart, { relatedTarget: document.body });
    expect(bar('Centrale Lyon')).toBeNull();
  });

  it('a mouse over a row shows the tooltip without a bar (the S key stars)', async () => {
    const { list } = setup('ranking');
    const chart = screen.getByRole('application');
    await fireEvent.pointerMove(chart, at('centrale-paris', 'mouse'));
    expect(document.querySelector('.tooltip')?.textContent).toContain('Centrale Paris');
    expect(bar('Centrale Paris')).toBeNull();
    await fireEvent.keyDown(chart, { key: 's' });
    expect(list.ids).toEqual(['centrale-paris']);
  });
});

describe('SchoolMap: the school under the map', () => {
  // The five Centrale schools, each in its own region.
  const centrales = schools.filter((s) => s.name.startsWith('Centrale'));
  const dot = (id: string) => document.querySelector(`circle[data-id="${id}"]`) as SVGElement;

  it('a click on a dot picks the school and shows it under the map with its star', async () => {
    const { view, list } = setup('map', centrales);
    expect(screen.queryByRole('group')).toBeNull();
    const d = dot('centrale-lyon');
    const [x, y] = [Number(d.getAttribute('cx')), Number(d.getAttribute('cy'))];
    await fireEvent.click(screen.getByRole('application'), { clientX: x, clientY: y });
    expect(view.picks).toEqual(['centrale-lyon']);
    const group = screen.getByRole('group', { name: 'Centrale Lyon' });
    expect(group.parentElement?.textContent).toContain(nb('Centrale Lyon · Lyon · 6~mois'));
    await fireEvent.click(
      within(group).getByRole('button', { name: 'Ajouter Centrale Lyon à ma sélection' }),
    );
    expect(list.ids).toEqual(['centrale-lyon']);
    expect(view.picks).toEqual(['centrale-lyon']);
  });

  it('S stars the school the keys are on, which stays under the map when the focus leaves', async () => {
    const { view, list } = setup('map', centrales);
    const keys = screen.getByRole('application');
    // The first in rank order: Centrale Paris.
    await fireEvent.keyDown(keys, { key: 'ArrowRight' });
    await fireEvent.keyDown(keys, { key: 's' });
    expect(list.ids).toEqual(['centrale-paris']);
    await fireEvent.keyDown(keys, { key: 'S' });
    expect(list.ids).toEqual([]);
    expect(view.picks).toEqual([]);
    await fireEvent.blur(keys);
    expect(view.hovered).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Ajouter Centrale Paris à ma sélection' }),
    ).toBeInTheDocument();
  });

  it('a filter that leaves the school out takes it from under the map', async () => {
    const list = new Shortlist(null);
    const { rerender } = render(StarsHarness, {
      chart: 'map',
      schools: centrales,
      view: new ViewState(),
      list,
      places,
    });
    await fireEvent.keyDown(screen.getByRole('application'), { key: 'ArrowRight' });
    expect(screen.getByRole('group', { name: 'Centrale Paris' })).toBeInTheDocument();
    await rerender({ schools: centrales.filter((s) => s.id !== 'centrale-paris') });
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('speaks English on an English page', async () => {
    const view = new ViewState({ lang: 'en' });
    render(StarsHarness, {
      chart: 'map',
      schools: centrales,
      view,
      list: new Shortlist(null),
      places,
    });
    await fireEvent.keyDown(screen.getByRole('application'), { key: 'ArrowRight' });
    const group = screen.getByRole('group', { name: 'Centrale Paris' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent?.trim()),
    ).toEqual(['☆', 'Profile']);
    expect(
      within(group).getByRole('button', { name: 'See the profile of Centrale Paris' }),
    ).toBeTruthy();
  });
});
