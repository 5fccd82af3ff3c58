// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import SummaryHarness from './SummaryHarness.svelte';
import { describe as describeValues } from '../../src/lib/analysis/distribution';
import { nb } from '../i18n/spaces';

describe('Summary', () => {
  it('shows count, median, mean and range of the months, in French format', () => {
    const distribution = describeValues([12, 10.5, 6, 6, 1]);
    if (!distribution) throw new Error('expected a distribution');
    render(SummaryHarness, { distribution });
    const figure = (name: string): string =>
      document.querySelector(`[data-figure="${name}"]`)?.textContent ?? '';
    expect(figure('count')).toBe('5');
    expect(figure('median')).toBe(nb('6~mois'));
    expect(figure('mean')).toBe(nb('7,1~mois'));
    expect(figure('range')).toBe(nb('1~à 12~mois'));
    expect(screen.getByText('médiane')).toBeInTheDocument();
  });
});
