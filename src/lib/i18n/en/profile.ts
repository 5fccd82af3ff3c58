// English words: a school's profile.
import type { ProfileMessages } from '../messages';

export const profile: ProfileMessages = {
  names: {
    now: (name: string) => `Today: ${name}`,
  },
  profile: {
    open: (name: string) => `See the profile of ${name}`,
    dialog: (name: string) => `Profile of ${name}`,
    close: 'Close the profile',
    months: 'Average time abroad',
    rank: 'Rank',
    family: 'Family',
    above: 'Just above',
    below: 'Just below',
    more: (months: string, gap: string) => `${months}, ${gap} more`,
    fewer: (months: string, gap: string) => `${months}, ${gap} fewer`,
    tied: (others: number) =>
      others === 1 ? 'tied with 1 other school' : `tied with ${others} other schools`,
    top: 'none: top of the ranking',
    bottom: 'none: bottom of the ranking',
    ctiHeading: 'Against the CTI thresholds',
    belowMinimum: (months: string, weeks: number, approx: string) =>
      `${months} on average: less than the apprentices’ minimum of ${weeks} weeks (≈ ${approx}).`,
    belowRecommended: (months: string, weeks: number, approx: string) =>
      `${months} on average: more than the apprentices’ minimum, less than the ${weeks} weeks recommended (≈ ${approx}).`,
    meetsRecommended: (months: string, weeks: number, approx: string) =>
      `${months} on average: at least the ${weeks} weeks the CTI recommends (≈ ${approx}).`,
    perStudent:
      'This is an average over all the school’s students: it does not say that each of them spent that long abroad.',
    sourcedHeading: 'What the school says about itself',
    gapAverage: (own: string, ranking: string, gap: string) =>
      `The school states ${own} on average; the ranking gives it ${ranking}: a gap of ${gap}.`,
    sameAverage: (own: string) => `The school states ${own} on average, as the ranking does.`,
    gapMinimum: (weeks: number, own: string, ranking: string, gap: string, above: boolean) =>
      `The school requires at least ${weeks} weeks abroad (≈ ${own}); the ranking gives it ${ranking} on average, ${gap} ${above ? 'more' : 'less'} than that minimum.`,
    conversion: '1 month = 52/12 weeks.',
    quote: 'Text of the source',
    source: (title: string, file: string) => `Source: ${title} (document ${file}).`,
    dates:
      'These are the figures the school publishes today; the ranking is undated: they may not cover the same years.',
  },
};
