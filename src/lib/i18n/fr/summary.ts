// French words: the summary figures.
import type { SummaryMessages } from '../messages';

export const summary: SummaryMessages = {
  summary: {
    heading: 'En chiffres',
    schools: 'écoles',
    median: 'médiane',
    mean: 'moyenne',
    range: 'étendue',
    rangeValue: (min: string, max: string) => `${min} à ${max}`,
  },
};
