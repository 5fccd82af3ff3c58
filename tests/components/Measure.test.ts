// @vitest-environment jsdom
// The whole page over a table whose value is not the published months: every view says what it
// measures, in its unit, and that the table is the reader's own (the published words: the other
// component tests, tests/server and the browser tests, unchanged).
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { renderApp } from '../app';
import { parseTable } from '../../src/lib/data/parse';
import type { Measure } from '../../src/lib/load/types';
import { nb } from '../i18n/spaces';
import { rankSchools } from '../../src/lib/analysis/rank';
import { ViewState } from '../../src/lib/state/view.svelte';
import CompareHarness from './CompareHarness.svelte';
import MethodHarness from './MethodHarness.svelte';
import ProfileHarness from './ProfileHarness.svelte';
import { readFileSync } from 'node:fs';
import { readProfiles } from '../../src/lib/context/profiles';
import { buildDataset } from '../../src/lib/dataset';

const TEXT = 'École;Taux de mobilité\nAlpha;45\nBravo;30\nCharlie;30\nDelta;12,5\n';

async function pageOver(measure: Measure, table = TEXT) {
  const { model } = await renderApp({ familiesCsv: '', namesCsv: '', profiles: null });
  model.show({
    parsed: parseTable(table),
    text: table,
    source: 'mobilite.csv',
    measure,
    own: true,
  });
  await tick();
  return model;
}

const text = (selector: string): string[] =>
  Array.from(document.querySelectorAll(selector), (e) => e.textContent?.trim() ?? '');

describe('the page over a table of percentages', () => {
  it('says whose table it is and what it ranks by', async () => {
    await pageOver({ label: 'Taux de mobilité', unit: 'percent', direction: 'higher' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      nb('Votre tableau~: mobilite.csv'),
    );
    expect(text('header .subtitle')).toEqual([
      nb('«^Taux de mobilité (%)^»~: 4~écoles classées, la valeur la plus haute en tête.'),
    ]);
    expect(text('header .source')[0]).toContain(
      nb('Source~: votre fichier «^mobilite.csv^», lu dans ce navigateur^; rien n’a été envoyé.'),
    );
  });

  it('writes the value in percent and names it in the table, the charts and the summary', async () => {
    await pageOver({ label: 'Taux de mobilité', unit: 'percent', direction: 'higher' });
    expect(screen.getAllByRole('columnheader', { name: /Taux de mobilité/ }).length).toBe(1);
    expect(text('td').filter((c) => c.endsWith('%'))).toEqual(
      expect.arrayContaining([nb('45~%'), nb('30~%'), nb('12,5~%')]),
    );
    expect(
      text('svg text.label, svg text.axis-title, svg text').filter((s) => s.includes('Taux')),
    ).toEqual(expect.arrayContaining(['Taux de mobilité (%)']));
    expect(document.querySelector('[data-figure="median"]')?.textContent).toBe(nb('30~%'));
    expect(document.querySelector('[data-figure="range"]')?.textContent).toBe(nb('12,5~à 45~%'));
  });

  it('leaves out what only applies to a length of time: the CTI rules and the 6-month fact', async () => {
    await pageOver({ label: 'Taux de mobilité', unit: 'percent', direction: 'higher' });
    expect(screen.queryByRole('heading', { name: 'Ce que disent les règles' })).toBeNull();
    expect(document.querySelector('[data-insight="atLeast"]')).toBeNull();
    expect(document.querySelector('[data-insight="span"]')?.textContent).toBe(
      nb(
        'Entre la première de ces 4~écoles, Alpha (45~%, 1er), et la dernière, Delta (12,5~%, 4e)~: 32,5~% d’écart.',
      ),
    );
    expect(document.querySelectorAll('.refs line')).toHaveLength(0);
  });
});

describe('the page over a table of weeks', () => {
  const WEEKS = 'École\tSemaines\nAlpha\t20\nBravo\t10\nCharlie\t10\nDelta\t5\n';

  it('keeps the CTI rules, in weeks, and counts the schools below them in weeks', async () => {
    await pageOver({ label: '', unit: 'weeks', direction: 'higher' }, WEEKS);
    expect(screen.getByRole('heading', { name: 'Ce que disent les règles' })).toBeInTheDocument();
    // Below 9 weeks: Delta (5); below 12: Bravo, Charlie (10) and Delta.
    expect(text('[data-threshold]')).toEqual([
      nb('Sous 9~semaines (≈ 2,1~mois)~: 1~des 4~écoles affichées'),
      nb('Sous 12~semaines (≈ 2,8~mois)~: 3~des 4~écoles affichées'),
    ]);
    // No conversion to months: the table and the rules are both in weeks.
    expect(document.querySelector('.conversion')).toBeNull();
    // The lines where the rules put them, labelled in weeks, on every chart that draws them.
    const labels = new Set(text('.refs text'));
    expect([...labels]).toEqual([nb('9~semaines'), nb('12~semaines')]);
    expect(document.querySelector('[data-figure="median"]')?.textContent).toBe(nb('10~semaines'));
    // The semester, in weeks: 26.
    expect(document.querySelector('[data-insight="atLeast"]')?.textContent).toBe(
      nb(
        'Aucune des 4~écoles n’envoie ses étudiants 26~semaines ou plus à l’étranger, en moyenne.',
      ),
    );
    expect(screen.getAllByRole('columnheader', { name: /Durée en semaines/ }).length).toBe(1);
  });
});

describe('a comparison where the lower values rank first', () => {
  // Ranked lower-first: ranked on the values negated, each then given its value back.
  const low = rankSchools(
    parseTable('École;Coût\nAlpha;5\nBravo;10\nCharlie;1234\n').schools.map((s) => ({
      ...s,
      months: -s.months,
    })),
  ).schools.map((s) => ({ ...s, months: -s.months }));

  it('writes the gap as a size and says "less"', () => {
    const measure: Measure = { label: 'Coût', unit: 'count', direction: 'lower' };
    const view = new ViewState({ picks: low.map((s) => s.id) });
    render(CompareHarness, { picked: low, view, table: { measure, own: true, name: 'x.csv' } });
    expect(text('.compare td').filter((c) => /^\d/.test(c))).toEqual(
      expect.arrayContaining(['5', '10', nb('1^234')]),
    );
    expect(text('.compare li')).toEqual([
      nb('Alpha devance Bravo~: 5~de moins (1er contre 2e).'),
      nb('Bravo devance Charlie~: 1^224~de moins (2e contre 3e).'),
    ]);
  });
});

describe('the methodology page over a table the reader brought', () => {
  it('says how the file was read, not what the published months mean', async () => {
    const tsv = 'Rang\tÉcole\tTaux de mobilité (%)\n1\tAlpha\t45\n2\tBravo\t30\n';
    const table = {
      measure: { label: 'Taux de mobilité', unit: 'percent', direction: 'higher' },
      own: true,
      name: 'mobilite.tsv',
    } as const;
    render(MethodHarness, { dataset: buildDataset(tsv), text: tsv, table });
    await screen.findByRole('heading', { name: 'Comment le fichier a été lu' });
    expect(text('.method > p').slice(1, 2)).toEqual([
      nb(
        'Ce tableau est le vôtre~: il a été lu dans ce navigateur, et rien n’a été envoyé. Les rangs, les ex æquo et la distribution sont recalculés ici à partir des valeurs^; ce qui suit dit comment le fichier a été lu.',
      ),
    ]);
    expect(text('[aria-labelledby="method-reading"] li')).toEqual([
      nb('Séparateur~: tabulation.'),
      nb('En-tête~: «^Rang^», «^École^», «^Taux de mobilité (%)^».'),
      nb(
        'Colonnes~: le nom dans «^École^», la valeur dans «^Taux de mobilité (%)^», le rang imprimé dans «^Rang^».',
      ),
      nb('Valeur~: «^Taux de mobilité^», en pourcentage^; la plus haute est classée première.'),
    ]);
    expect(screen.getByText('mobilite.tsv')).toBeInTheDocument();
    // Nothing of what the published ranking's months mean, nor of its unknown year.
    expect(document.querySelector('#method-measure')).toBeNull();
    expect(document.querySelector('#method-caveats')).toBeNull();
    expect(document.body.textContent).not.toContain('année de publication');
  });
});

describe('a profile where the lower values rank first', () => {
  it('says the school ahead has less, the one behind more, and no CTI standing for a count', () => {
    const low = rankSchools(
      parseTable('École;Coût\nAlpha;5\nBravo;10\nCharlie;1234\n').schools.map((s) => ({
        ...s,
        months: -s.months,
      })),
    ).schools.map((s) => ({ ...s, months: -s.months }));
    const bravo = low[1];
    if (!bravo) throw new Error('expected Bravo');
    render(ProfileHarness, {
      school: bravo,
      schools: low,
      view: new ViewState(),
      data: readProfiles(JSON.parse(readFileSync('data/profils.json', 'utf8'))),
      table: {
        measure: { label: 'Coût', unit: 'count', direction: 'lower' },
        own: true,
        name: 'x.csv',
      },
    });
    expect(text('.profile .months')).toEqual(['10']);
    expect(text('.profile .above')).toEqual([nb('Alpha · 5, 5~de moins')]);
    expect(text('.profile .below')).toEqual([nb('Charlie · 1^234, 1^224~de plus')]);
    expect(screen.queryByRole('heading', { name: /CTI/ })).toBeNull();
    expect(document.querySelector('.standing')).toBeNull();
  });
});
