import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../shared';
import {
  CTI_SOURCE,
  CTI_THRESHOLDS,
  belowThresholds,
  countBelow,
  standing,
} from '../../src/lib/context/rules';
import { weeksToMonths } from '../../src/lib/analysis/weeks';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';

const schools = buildDataset(seedText).ranking.schools;

describe('CTI_THRESHOLDS', () => {
  it('are 9 weeks (apprentices’ minimum) and 12 weeks (recommended), shown as 2.1 and 2.8 months', () => {
    expect(CTI_THRESHOLDS.map((t) => [t.id, t.weeks, t.shown])).toEqual([
      ['minimum', 9, 2.1],
      ['recommended', 12, 2.8],
    ]);
    expect(CTI_THRESHOLDS[0]?.months).toBeCloseTo(9 / (52 / 12), 12);
    expect(CTI_THRESHOLDS[1]?.months).toBeCloseTo(12 / (52 / 12), 12);
  });
});

describe('countBelow', () => {
  it('counts strictly lower values', () => {
    expect(countBelow([{ months: 1 }, { months: 2 }, { months: 3 }], 2)).toBe(1);
    expect(countBelow([], 2)).toBe(0);
  });

  it('on the seed: 8 schools below 9 weeks (2.08 months), 12 below 12 weeks (2.77 months)', () => {
    expect(schools).toHaveLength(144);
    expect(belowThresholds(schools).map((b) => b.below)).toEqual([8, 12]);
    // Worked out by hand: 2 months × 5, 1.5, 1, 1 under 2.08; then 2.6, 2.5, 2.5, 2.3 under 2.77.
    const under = (m: number) =>
      schools
        .filter((s) => s.months < m)
        .map((s) => s.name)
        .sort();
    expect(under(2.08)).toEqual(
      [
        'Ecole navale',
        'ESFF',
        'ESITC Metz',
        'ESME SUDRIA',
        'ISTP',
        'ENSAI',
        'ENSIM Le Mans',
        'ESTIA',
      ].sort(),
    );
    expect(under(2.77).filter((n) => !under(2.08).includes(n))).toEqual(
      ['Mines Alès', "Polytech'Savoie", 'ITII Haute-Normandie', 'Centrale Marseille'].sort(),
    );
  });

  it('follows the list it is given (a filter)', () => {
    const mines = schools.filter((s) => s.name.startsWith('Mines '));
    expect(belowThresholds(mines).map((b) => b.below)).toEqual([0, 1]);
  });
});

describe('standing', () => {
  it.each([
    [1, 'below-minimum'],
    [2, 'below-minimum'],
    [2.3, 'below-recommended'],
    [2.7, 'below-recommended'],
    [3, 'meets-recommended'],
    [8, 'meets-recommended'],
  ])('standing(%d) is %s', (months, expected) => {
    expect(standing(months)).toBe(expected);
  });

  it('the exact thresholds count as met', () => {
    expect(standing(weeksToMonths(9))).toBe('below-recommended');
    expect(standing(weeksToMonths(12))).toBe('meets-recommended');
  });
});

describe('CTI_SOURCE, against ../shared/seeds', () => {
  it('is the CTI text « Mobilités internationales » with the 9 and 12 weeks', () => {
    const text = readFileSync(sharedPath('seeds', CTI_SOURCE), 'utf8').replace(/\s+/g, ' ');
    expect(text.trim().startsWith('Mobilités internationales')).toBe(true);
    expect(text).toContain(
      "La mobilité est d’une durée d’au moins 9 semaines d'activités académiques, professionnelles ou de recherche. 12 semaines sont cependant préconisées.",
    );
    expect(text).toContain(
      'Les écoles rendent obligatoires des expériences à l’étranger dans le cadre de la scolarité du cycle ingénieur.',
    );
  });
});
