// English words: how to cite the data a page shows (export/cite.ts).
import type { CiteMessages } from '../messages';
import { schoolsOf } from './words';

/** "2026-12-01" → "1 December 2026". */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const day = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d ?? ''} ${MONTHS[(m ?? 1) - 1] ?? ''} ${y}`;
};
const SOURCE = 'publisher and year of publication not stated by the source';
const OWN = 'a table loaded by the reader';

export const cite: CiteMessages = {
  cite: {
    heading: 'Cite these data',
    intro:
      'The data version is the start of their SHA-256 fingerprint: it says which data the figures quoted were read from.',
    short: (c, version) =>
      `“${c.title}”${c.own ? '' : ', undated edition'}, data ${version}, accessed ${day(c.day)}, ${c.link}`,
    long: (c, version) =>
      `“${c.title}” (${c.own ? OWN : `${SOURCE}; undated edition`}). ${schoolsOf(String(c.schools))} ranked. Data: SHA-256 ${version}. View cited: ${c.link}. Accessed ${day(c.day)}.`,
    bibtex: (c, version) => ({
      note: `${c.own ? OWN : `${SOURCE}; undated edition`}; ${schoolsOf(String(c.schools))}; data SHA-256 ${version}`,
      language: 'english',
    }),
    copyShort: 'Copy the short citation',
    copyLong: 'Copy the full citation',
    copyBibtex: 'Copy the BibTeX entry',
    copied: 'Citation copied.',
    shortLabel: 'Short citation',
    longLabel: 'Full citation',
    bibtexLabel: 'BibTeX entry',
  },
};
