// English words: the summary figures.
import type { SummaryMessages } from '../messages';

export const summary: SummaryMessages = {
  summary: {
    heading: 'In figures',
    schools: 'schools',
    median: 'median',
    mean: 'mean',
    range: 'range',
    rangeValue: (min: string, max: string) => `${min} to ${max}`,
  },
};
