// English words: the page's frame: title, subtitle and source, the number words, the language
// switch, the methodology link, the share fold's summary (the first screen's: first.ts).
import type { Format } from '../format';
import type { PageMessages } from '../messages';

/** 1 → "st", 2 → "nd", 3 → "rd", 11–13 and the rest → "th". */
const suffix = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
};

export const page: PageMessages = {
  lang: 'en',
  title: 'The most international French engineering schools',
  subtitle: (n: number, f: Format) =>
    `Average time students spend abroad, in months: ${n === 1 ? '1 school' : `${f.count(n)} schools`} ranked.`,
  source:
    'Source: overall ranking “les plus ouvertes à l’international” (year of publication not stated).',
  loading: 'Loading the ranking…',
  numbers: {
    months: (n: string, value: number) => `${n}\u00a0month${value === 1 ? '' : 's'}`,
    weeks: (n: string, value: number) => `${n}\u00a0week${value === 1 ? '' : 's'}`,
    percent: (n: string) => `${n}%`,
    ordinal: (rank: number) => `${rank}${suffix(rank)}`,
    rank: (ordinal: string, tied: boolean) => (tied ? `tied ${ordinal}` : ordinal),
  },
  language: {
    choose: 'Language',
    failed: (name: string) =>
      `${name}: the page could not be loaded in this language (offline?). It stays in English.`,
  },
  method: {
    link: 'Method and limits',
    docTitle: (title: string) => `Method and limits · ${title}`,
    failed: 'The method page could not be loaded (offline?). Try again later.',
  },
  share: {
    heading: 'Share this view',
  },
};
