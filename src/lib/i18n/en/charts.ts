// English words: the ranking chart, the histogram and the dot plot.
import type { ChartMessages } from '../messages';
import { schoolsOf } from './words';

export const charts: ChartMessages = {
  ranking: {
    heading: 'Every school, in ranking order',
    axis: 'Average time abroad (months)',
    tieLabel: (rank: number, size: string, months: string) =>
      `=${rank} · ${size} schools · ${months}`,
    tieShort: (size: string) => `${size} tied`,
    keys: 'Ranking chart. Up and down arrows: move from school to school; Enter: compare; Escape: leave.',
    rowLabel: (name: string, months: string, rank: string) => `${name}: ${months}, ${rank}`,
    tipSpan: (size: number, first: number, last: number) =>
      `${size} schools tied, positions ${first} to ${last}`,
    /** How to pick (or drop) the row under the pointer, the finger or the keys. */
    tipPick: (how: 'mouse' | 'touch' | 'keys', picked: boolean) =>
      `${{ mouse: 'Click', touch: 'Tap again', keys: 'Press Enter' }[how]} to ${picked ? 'remove from the comparison' : 'compare'}`,
    alt: (n: number, top: string, bottom: string) =>
      `Dot chart: ${schoolsOf(String(n))} ranked from ${top} to ${bottom}.`,
  },
  histogram: {
    heading: 'How many schools for each length of stay',
    axisX: 'Average time abroad (months)',
    axisY: 'Number of schools',
    binRule: 'Each bar counts the schools from k months included to k + 1 months excluded.',
    brush: 'Drag across the bars to keep only a range of months.',
    bar: (count: string, from: string, to: string) =>
      `${count} ${count === '1' ? 'school' : 'schools'} from ${from} to less than ${to}`,
  },
  strip: {
    heading: 'Every school, one dot',
    alt: (n: number, median: string, q1: string, q3: string, mean: string) =>
      `Dot plot of ${schoolsOf(String(n))}: median ${median}, middle half from ${q1} to ${q3}, mean ${mean}.`,
    median: 'median',
    mean: 'mean',
    box: 'Box: from the 1st to the 3rd quartile (R-7 method), line: median, triangle: mean.',
    brush: 'Drag across the dots to keep only a range of months.',
    clear: 'Clear the range',
    keys: 'Dot plot. Left and right arrows: from one duration to the next; up and down: within a duration; Enter: compare; Escape: leave, then clear the range.',
    picked: 'in the comparison',
  },
};
