import { describe, expect, it } from 'vitest';
import { chartLegend, pickedMarks } from '../../src/lib/export/legends';
import { CATALOGUES } from '../i18n/shipped';

const fr = CATALOGUES.fr;
const en = CATALOGUES.en;
const picked = [{ name: 'Centrale Paris', colour: '#0072B2' as const }];

describe('chartLegend', () => {
  it('ranking: a dot, the tie band, then each pick in its colour', () => {
    expect(chartLegend('ranking', fr, picked, false)).toEqual([
      { swatch: 'dot', colour: 'accent', label: fr.download.legend.dot },
      { swatch: 'band', colour: 'band', label: fr.download.legend.band },
      {
        swatch: 'dot',
        colour: '#0072B2',
        label: 'Centrale Paris (choisie pour la comparaison)',
      },
    ]);
  });

  it('histogram: the bar and its bin rule, in English too', () => {
    expect(chartLegend('histogram', en, picked, true)).toEqual([
      {
        swatch: 'bar',
        colour: 'accent',
        label: 'Bar: number of schools from k months included to k + 1 months excluded',
      },
    ]);
  });

  it('dot plot: the faded dot only under a filter, the box, the picks', () => {
    expect(chartLegend('strip', fr, [], false).map((i) => i.label)).toEqual([
      fr.download.legend.stripDot,
      fr.strip.box,
    ]);
    expect(chartLegend('strip', fr, picked, true).map((i) => i.colour)).toEqual([
      'accent',
      'grid',
      'band',
      '#0072B2',
    ]);
  });
});

describe('pickedMarks', () => {
  it('keeps the colour of each pick’s place, for the picks found among the schools', () => {
    const schools = [
      { id: 'a', name: 'A' },
      { id: 'c', name: 'C' },
    ];
    expect(pickedMarks(['a', 'b', 'c'], schools)).toEqual([
      { name: 'A', colour: '#D55E00' },
      { name: 'C', colour: '#AA4499' },
    ]);
  });
});
