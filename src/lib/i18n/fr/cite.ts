// French words: how to cite the data a page shows (export/cite.ts).
import type { CiteMessages } from '../messages';
import { schoolsOf } from './words';

/** "2026-12-01" → "1er décembre 2026". */
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const day = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d === 1 ? '1er' : String(d)} ${MONTHS[(m ?? 1) - 1] ?? ''} ${y}`;
};
const SOURCE = 'éditeur et année de publication non indiqués par la source';
const OWN = 'tableau chargé par le lecteur';

export const cite: CiteMessages = {
  cite: {
    heading: 'Citer ces données',
    intro:
      'La version des données est le début de leur empreinte SHA-256 : elle dit sur quelles données les chiffres cités ont été lus.',
    short: (c, version) =>
      `« ${c.title} »${c.own ? '' : ', édition non datée'}, données ${version}, consulté le ${day(c.day)}, ${c.link}`,
    long: (c, version) =>
      `« ${c.title} » (${c.own ? OWN : `${SOURCE} ; édition non datée`}). ${schoolsOf(String(c.schools), 'classée')}. Données : SHA-256 ${version}. Vue citée : ${c.link}. Consulté le ${day(c.day)}.`,
    bibtex: (c, version) => ({
      note: `${c.own ? OWN : `${SOURCE} ; édition non datée`} ; ${schoolsOf(String(c.schools))} ; données SHA-256 ${version}`,
      language: 'french',
    }),
    copyShort: 'Copier la citation courte',
    copyLong: 'Copier la citation complète',
    copyBibtex: 'Copier l’entrée BibTeX',
    copied: 'Citation copiée.',
    shortLabel: 'Citation courte',
    longLabel: 'Citation complète',
    bibtexLabel: 'Entrée BibTeX',
  },
};
