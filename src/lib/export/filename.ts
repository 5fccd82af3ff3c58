// What is downloaded → a clear, portable file name (pure): `ecoles-international-classement.svg`.
import type { Messages } from '../i18n/messages';

export type ExportKind = 'ranking' | 'histogram' | 'strip' | 'map' | 'table';
export type Extension = 'svg' | 'png' | 'csv' | 'json';

/** Lower-case ASCII letters, digits and single dashes: safe on every file system. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `<base>-<view>[-<more>][-semicolon].<ext>`, the words in the page's language (`more`: the
 *  whole table's « complet »). */
export function fileName(
  words: Messages['download']['files'],
  kind: ExportKind,
  ext: Extension,
  semicolon = false,
  more = '',
): string {
  const parts = [words.base, words[kind], more, ...(semicolon ? [words.semicolon] : [])];
  return `${parts
    .map(slug)
    .filter((p) => p !== '')
    .join('-')}.${ext}`;
}

/** The two files that describe a CSV, by its name: the CSVW metadata (`<file>.csv-metadata.json`,
 *  where a CSVW processor looks for it) and the read-me (`<file>.LISEZMOI.txt`, the word kept as
 *  written: ASCII letters and digits only). */
export function describedBy(csv: string, readme: string): { metadata: string; readme: string } {
  const word = readme.replace(/[^A-Za-z0-9]+/g, '') || 'README';
  return { metadata: `${csv}-metadata.json`, readme: `${csv.replace(/\.csv$/, '')}.${word}.txt` };
}
