// @vitest-environment jsdom
// The marks of schools kept though outside the filter (picked or shortlisted, issue 14 part 5): the
// ranking chart outlines their rows and says « hors filtre » in text; the dot plot does not fade
// them and rings the shortlisted ones.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import ChartsHarness from './ChartsHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';

const dataset = buildDataset(seedText);
const all = dataset.ranking.schools;
const distribution = dataset.distribution ?? (null as never);
const byId = (id: string) => all.find((s) => s.id === id) ?? (null as never);

describe('RankingChart: rows kept outside the filter', () => {
  it('outlines CPE Lyon kept above the two Rennes schools, its name bold, « hors filtre » in its title and the alternative', () => {
    // The search « rennes » keeps INSA Rennes and ENSCR Chimie Rennes; CPE Lyon (1st) is picked.
    const schools = [byId('cpe-lyon'), byId('insa-rennes'), byId('enscr-chimie-rennes')];
    const view = new ViewState();
    view.togglePick('cpe-lyon');
    render(ChartsHarness, {
      chart: 'ranking',
      schools,
      distribution,
      view,
      kept: new Set(['cpe-lyon']),
    });
    const rows = [...document.querySelectorAll('.rows .row')];
    expect(rows.map((r) => r.querySelector('title')?.textContent)).toEqual([
      expect.stringMatching(/^CPE Lyon.*\(hors filtre\)$/),
      expect.not.stringContaining('hors filtre'),
      expect.not.stringContaining('hors filtre'),
    ]);
    expect(rows.map((r) => r.querySelector('rect.kept') !== null)).toEqual([true, false, false]);
    expect(rows[0]?.querySelector('rect.kept')?.getAttribute('stroke-dasharray')).toBe('3 2');
    expect(rows.map((r) => r.querySelector('text.name')?.getAttribute('font-weight'))).toEqual([
      '700',
      null,
      null,
    ]);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(
      /Plus 1\sécole hors filtre, de votre comparaison ou de votre sélection\./,
    );
  });
});

describe('Strip: schools kept outside the filter and the shortlist', () => {
  it('does not fade a kept school, dashes its ring, and rings a shortlisted one in the star’s colour', () => {
    const visible = new Set(['insa-rennes', 'enscr-chimie-rennes']);
    render(ChartsHarness, {
      chart: 'strip',
      schools: all,
      distribution,
      view: new ViewState(),
      visible,
      kept: new Set(['cpe-lyon']),
      listed: ['cpe-lyon', 'ensiie'],
    });
    const dot = (id: string) =>
      document.querySelector(`circle[data-id="${id}"]`) ?? (null as never);
    // CPE Lyon: kept (not faded), dashed ring.
    expect(dot('cpe-lyon').classList.contains('out')).toBe(false);
    expect(dot('cpe-lyon').getAttribute('stroke-dasharray')).toBe('2 1.5');
    expect(dot('cpe-lyon').hasAttribute('data-kept')).toBe(true);
    // ENSIIE: shortlisted but left to the filter here (not kept): faded, ringed in the star's colour.
    expect(dot('ensiie').getAttribute('stroke')).toBe('var(--warn)');
    expect(dot('ensiie').classList.contains('out')).toBe(true);
    // INSA Rennes: inside the filter, plain; Centrale Paris: outside, faded, no ring.
    expect(dot('insa-rennes').classList.contains('out')).toBe(false);
    expect(dot('insa-rennes').getAttribute('stroke')).toBeNull();
    expect(dot('centrale-paris').classList.contains('out')).toBe(true);
    expect(dot('centrale-paris').getAttribute('stroke')).toBeNull();
  });
});
