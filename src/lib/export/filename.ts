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

/** `<base>-<view>[-semicolon].<ext>`, the words in the page's language. */
export function fileName(
  words: Messages['download']['files'],
  kind: ExportKind,
  ext: Extension,
  semicolon = false,
): string {
  const parts = [words.base, words[kind], ...(semicolon ? [words.semicolon] : [])];
  return `${parts
    .map(slug)
    .filter((p) => p !== '')
    .join('-')}.${ext}`;
}
