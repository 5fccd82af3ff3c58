// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import ReferenceHarness from './ReferenceHarness.svelte';
import type { RankedSchool } from '../../src/lib/analysis/types';
import { familyOf, parseFamilies } from '../../src/lib/data/families';
import { buildDataset } from '../../src/lib/dataset';
import { ViewState } from '../../src/lib/state/view.svelte';
import { seedText } from '../seed-text';
import { nb } from '../i18n/spaces';

const schools = buildDataset(seedText).ranking.schools;
const byName = parseFamilies(readFileSync('data/familles.csv', 'utf8')).byName;
const family = (s: RankedSchool): string => familyOf(byName, s.name);
const school = (name: string): RankedSchool => {
  const s = schools.find((x) => x.name === name);
  if (!s) throw new Error(name);
  return s;
};
const text = (el: Element | null | undefined) =>
  el?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim();
/** Each mark of a chart: its kind and its label. */
const marks = (svg: Element) =>
  Array.from(svg.querySelectorAll('g.mark'), (g) => [
    g.getAttribute('class')?.replace('mark ', ''),
    text(g.querySelector('text')),
  ]);
/** The x of a chart's line for a value: 0–13 months (the seed's 12, and one more) across the
 *  SVG's width less 10 px each side. */
const xOf = (svg: Element, months: number): number => {
  const width = Number(svg.getAttribute('width'));
  return 10 + (months / 13) * (Math.max(11, width - 10) - 10);
};

describe('a profile’s tie and reference points', () => {
  it('Mines Paris in French: its tie, the sentence, the chart’s marks and text alternative', () => {
    render(ReferenceHarness, {
      shown: [school('Mines Paris')],
      schools,
      view: new ViewState(),
      familyOf: family,
      tie: true,
    });
    // Mines Paris, 7 months: 28 schools have more (12 ×4, 11 ×3, 10.5, 10 ×6, 9 ×5, 8.8, 8.7,
    // 8.5, 8 ×4, 7.5 ×2), so 3 schools share rank 29; 7.5 is rank 27; 6.5 is rank 32, so 31st.
    const tie = screen.getByRole('region', { name: 'Ce que veut dire son rang' });
    expect([
      text(tie.querySelector('.shared')),
      ...Array.from(tie.querySelectorAll('li'), text),
    ]).toEqual(
      [
        '3~écoles ont 7~mois~: elles partagent le même rang, 29e ex æquo^; elles occupent les places 29~à 31.',
        'Avec 0,5~mois de plus (7,5~mois), elle serait 27e ex æquo au lieu de 29e ex æquo.',
        'Avec 0,5~mois de moins (6,5~mois), elle serait 31e ex æquo au lieu de 29e ex æquo.',
      ].map(nb),
    );
    const refs = screen.getByRole('region', { name: 'Face aux repères' });
    expect(text(refs.querySelector('p'))).toBe(
      nb(
        'Mines Paris, 7~mois~: 2~de plus que la médiane de toutes les écoles (5~mois), 1,5~de plus que celle des 7~écoles des Mines (5,5~mois)^; au moins les 12~semaines préconisées par la CTI (≈~2,8~mois).',
      ),
    );
    const svg = screen.getByRole('img');
    expect(svg.getAttribute('aria-label')).toBe(
      nb(
        'Repères sur l’axe «^Temps moyen à l’étranger (mois)^»~: Mines Paris~: 7~mois^; Médiane~: 5~mois^; Médiane Mines~: 5,5~mois^; 9~sem. ≈ 2,1~mois^; 12~sem. ≈ 2,8~mois.',
      ),
    );
    expect(marks(svg)).toEqual(
      [
        ['school', 'Mines Paris~: 7~mois'],
        ['all', 'Médiane~: 5~mois'],
        ['family', 'Médiane Mines~: 5,5~mois'],
        ['minimum', '9~sem. ≈ 2,1~mois'],
        ['recommended', '12~sem. ≈ 2,8~mois'],
      ].map(([k, l]) => [k, nb(l ?? '')]),
    );
    // Each line at its value; the CTI's at 9 and 12 weeks at 52/12 weeks a month.
    const lineX = (kind: string) => Number(svg.querySelector(`g.${kind} line`)?.getAttribute('x1'));
    expect(lineX('school')).toBeCloseTo(xOf(svg, 7), 6);
    expect(lineX('all')).toBeCloseTo(xOf(svg, 5), 6);
    expect(lineX('family')).toBeCloseTo(xOf(svg, 5.5), 6);
    expect(lineX('minimum')).toBeCloseTo(xOf(svg, (9 * 12) / 52), 6);
    expect(lineX('recommended')).toBeCloseTo(xOf(svg, (12 * 12) / 52), 6);
    expect(text(refs.querySelector('.note'))).toBe(
      nb(
        'Médianes prises sur les 144~écoles du tableau, quel que soit le filtre~: la valeur du milieu, ou la moyenne des deux valeurs du milieu quand leur nombre est pair.',
      ),
    );
  });

  it('in English, a school of no family: no family median, in the words or on the chart', () => {
    render(ReferenceHarness, {
      shown: [school('EEIGM')],
      schools,
      view: new ViewState({ lang: 'en' }),
      familyOf: family,
    });
    expect(
      text(screen.getByRole('region', { name: 'Against reference points' }).querySelector('p')),
    ).toBe(
      nb(
        'EEIGM, 12~months: 7 more than the median of all schools (5~months); at least the 12 weeks the CTI recommends (≈~2.8~months).',
      ),
    );
    expect(marks(screen.getByRole('img')).map(([k]) => k)).toEqual([
      'school',
      'all',
      'minimum',
      'recommended',
    ]);
  });

  it('a table in percent: no CTI thresholds, in the words or on the chart', () => {
    render(ReferenceHarness, {
      shown: [school('Mines Paris')],
      schools,
      view: new ViewState({ lang: 'en' }),
      familyOf: family,
      table: {
        measure: { label: 'Share abroad', unit: 'percent', direction: 'higher' },
        own: true,
        name: 't.csv',
      },
    });
    expect(
      text(screen.getByRole('region', { name: 'Against reference points' }).querySelector('p')),
    ).toBe(
      'Mines Paris, 7%: 2 more than the median of all schools (5%), 1.5 more than that of the 7 Mines schools (5.5%).',
    );
    expect(marks(screen.getByRole('img')).map(([k]) => k)).toEqual(['school', 'all', 'family']);
  });

  it('the comparison: one sentence and chart per pick, the line in the pick’s colour', () => {
    const view = new ViewState({ picks: ['centrale-lyon', 'enst-paris'] });
    render(ReferenceHarness, {
      shown: [school('Centrale Lyon'), school('ENST Paris')],
      schools,
      view,
      familyOf: family,
    });
    const refs = screen.getByRole('region', { name: 'Face aux repères' });
    expect(Array.from(refs.querySelectorAll('.reference > p'), text)).toEqual(
      [
        'Centrale Lyon, 6~mois~: 1~de plus que la médiane de toutes les écoles (5~mois), autant que celle des 5~écoles Centrale (6~mois)^; au moins les 12~semaines préconisées par la CTI (≈~2,8~mois).',
        'ENST Paris, 9~mois~: 4~de plus que la médiane de toutes les écoles (5~mois), 3,25~de plus que celle des 4~écoles Télécom (5,75~mois)^; au moins les 12~semaines préconisées par la CTI (≈~2,8~mois).',
      ].map(nb),
    );
    const colours = Array.from(
      refs.querySelectorAll<SVGGElement>('g.school'),
      (g) => g.style.stroke,
    );
    expect(colours).toHaveLength(2);
    expect(colours[0]).not.toBe(colours[1]);
  });

  it('nothing at all when no school is shown', () => {
    render(ReferenceHarness, { shown: [], schools, view: new ViewState() });
    expect(screen.queryByRole('region')).toBeNull();
  });
});
