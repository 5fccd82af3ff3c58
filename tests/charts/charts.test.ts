// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ChartsHarness from './ChartsHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { monthsScale } from '../../src/lib/charts/scales';
import { seedText } from '../seed-text';

const dataset = buildDataset(seedText);
const schools = dataset.ranking.schools;
const distribution = dataset.distribution ?? (null as never);

/** The dot plot's months scale at the width the SVG was drawn (jsdom lays nothing out). */
function stripScale(): (months: number) => number {
  const svg = document.querySelector('svg');
  const width = Number(svg?.getAttribute('width'));
  return monthsScale(distribution.max, 40, Math.max(80, width - 16));
}

describe('Strip: the brush', () => {
  it('a drag from 3 to 5 months sets the range every view follows; a click clears it', async () => {
    const view = new ViewState();
    render(ChartsHarness, { chart: 'strip', schools, distribution, view });
    const x = stripScale();
    const area = document.querySelector('.brushable') as HTMLElement;
    await fireEvent.pointerDown(area, { clientX: x(3), clientY: 20, pointerId: 1 });
    await fireEvent.pointerMove(area, { clientX: x(5), clientY: 20, pointerId: 1 });
    expect(document.querySelector('rect.brush')).not.toBeNull();
    await fireEvent.pointerUp(area, { clientX: x(5), clientY: 20, pointerId: 1 });
    expect(view.range).toEqual([3, 5]);

    await fireEvent.pointerDown(area, { clientX: x(8), clientY: 20, pointerId: 1 });
    await fireEvent.pointerUp(area, { clientX: x(8) + 1, clientY: 20, pointerId: 1 });
    expect(view.range).toBeNull();
  });

  it('a right-to-left drag gives the same range, and the clear button empties it by keyboard', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(ChartsHarness, { chart: 'strip', schools, distribution, view });
    const x = stripScale();
    const area = document.querySelector('.brushable') as HTMLElement;
    await fireEvent.pointerDown(area, { clientX: x(9), clientY: 20, pointerId: 1 });
    await fireEvent.pointerMove(area, { clientX: x(6), clientY: 20, pointerId: 1 });
    await fireEvent.pointerUp(area, { clientX: x(6), clientY: 20, pointerId: 1 });
    expect(view.range).toEqual([6, 9]);
    const clear = screen.getByRole('button', { name: 'Effacer la plage' });
    clear.focus();
    await user.keyboard('{Enter}');
    expect(view.range).toBeNull();
    expect(screen.queryByRole('button', { name: 'Effacer la plage' })).toBeNull();
  });

  it('the pointer over a dot hovers that school, and leaving clears it', async () => {
    const view = new ViewState();
    render(ChartsHarness, { chart: 'strip', schools, distribution, view });
    const dot = document.querySelector('circle[data-id="centrale-paris"]') as SVGCircleElement;
    const cx = Number(dot.getAttribute('cx'));
    const cy = Number(dot.getAttribute('cy'));
    const area = document.querySelector('.brushable') as HTMLElement;
    await fireEvent.pointerMove(area, { clientX: cx, clientY: cy });
    expect(view.hovered).toBe('centrale-paris');
    expect(document.querySelector('.hover-label')?.textContent).toBe(
      'Centrale Paris · 10,5 mois · 8e',
    );
    await fireEvent.pointerLeave(area);
    expect(view.hovered).toBeNull();
  });
});

describe('RankingChart: the keys', () => {
  it('arrows move from school to school, Home/End jump, Enter picks, Escape leaves', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(ChartsHarness, { chart: 'ranking', schools, distribution, view });
    const chart = screen.getByRole('application');
    chart.focus();
    await user.keyboard('{ArrowDown}');
    expect(view.hovered).toBe(schools[0]?.id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(view.hovered).toBe(schools[2]?.id);
    await user.keyboard('{ArrowUp}');
    expect(view.hovered).toBe(schools[1]?.id);
    await user.keyboard('{End}');
    expect(view.hovered).toBe(schools[143]?.id);
    await user.keyboard('{Home}');
    expect(view.hovered).toBe('cpe-lyon');
    // The tooltip speaks for the active school: name, months, rank with its tie, span, percentile.
    const tip = document.querySelector('.tooltip');
    expect(tip?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'CPE Lyon 12 mois 1er ex æquo 4 écoles à égalité, places 1 à 4 centile 99 · devant 140 des 144 écoles',
    );
    await user.keyboard('{Enter}');
    expect(view.picks).toEqual(['cpe-lyon']);
    await user.keyboard('{Enter}');
    expect(view.picks).toEqual([]);
    await user.keyboard('{Escape}');
    expect(view.hovered).toBeNull();
  });
});
