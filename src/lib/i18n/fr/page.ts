// French words: the page's frame: title, subtitle and source, the number words, the language
// switch, the methodology link, the share fold's summary (the first screen's: first.ts).
import type { Format } from '../format';
import type { PageMessages } from '../messages';

export const page: PageMessages = {
  lang: 'fr',
  title: 'Les écoles d’ingénieurs les plus ouvertes à l’international',
  subtitle: (n: number, f: Format) =>
    `Temps moyen passé à l’étranger par les étudiants, en mois : ${n === 1 ? '1 école classée' : `${f.count(n)} écoles classées`}.`,
  source:
    'Source : classement général « les plus ouvertes à l’international » (année de publication non indiquée).',
  loading: 'Chargement du classement…',
  numbers: {
    /** « mois » is the same for one and many. */
    months: (n: string, _value: number) => `${n}\u00a0mois`,
    /** Singular below 2: « 1,5 semaine ». */
    weeks: (n: string, value: number) => `${n}\u00a0semaine${Math.abs(value) < 2 ? '' : 's'}`,
    percent: (n: string) => `${n}\u00a0%`,
    ordinal: (rank: number) => `${rank}${rank === 1 ? 'er' : 'e'}`,
    rank: (ordinal: string, tied: boolean) => (tied ? `${ordinal} ex æquo` : ordinal),
  },
  language: {
    choose: 'Langue',
    failed: (name: string) =>
      `${name} : la page n’a pas pu être chargée dans cette langue (hors connexion ?). Elle reste en français.`,
  },
  method: {
    link: 'Méthode et limites',
    docTitle: (title: string) => `Méthode et limites · ${title}`,
    failed: 'La page de méthode n’a pas pu être chargée (hors connexion ?). Réessayez plus tard.',
  },
  share: {
    heading: 'Partager cette vue',
  },
};
