// How to cite the data a page shows: the facts a citation is made of (the ranking's title as the
// file gives it, what the source says of its publisher and edition, the data's version, the link
// to the view, the day it was read), and the BibTeX entry. The sentences themselves are each
// language's (i18n `cite`). Pure: facts in, text out.
import { VERSION_LENGTH } from '../embed/version';

export interface CiteFacts {
  /** The ranking's title as its file gives it (the name column's header), or the file's name. */
  title: string;
  /** How many schools it ranks. */
  schools: number;
  /** The SHA-256 of its text, in hex. */
  sha256: string;
  /** The address of the view cited, with the data's version (`v=`). */
  link: string;
  /** The day it was read, as YYYY-MM-DD (the reader's calendar). */
  day: string;
  /** A table the reader brought (a file, a paste, `?data=`): no publisher or edition to state. */
  own?: boolean;
}

/** The data's version as a citation gives it: the SHA-256's first VERSION_LENGTH digits. */
export const versionOf = (facts: CiteFacts): string => facts.sha256.slice(0, VERSION_LENGTH);

/** A day as YYYY-MM-DD, in the reader's time zone. */
export function dayOf(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Text for a BibTeX field between braces: the characters LaTeX reads as commands escaped, braces
 *  and backslashes included, so that no text of the file can break out of its field. */
export function bibtexText(text: string): string {
  const escapes: Readonly<Record<string, string>> = {
    '\\': '\\textbackslash{}',
    '{': '\\{',
    '}': '\\}',
    '%': '\\%',
    '&': '\\&',
    '#': '\\#',
    $: '\\$',
    _: '\\_',
    '^': '\\^{}',
    '~': '\\~{}',
  };
  return text.replace(/[\\{}%&#$_^~]/g, (c) => escapes[c] ?? c);
}

/** The words of a BibTeX entry in the page's language: its note, and the language's name. */
export interface BibtexWords {
  note: string;
  language: string;
}

/** A BibTeX `@misc` entry: the title kept as written (double braces), the link as `url` with the
 *  day it was read (`urldate`, biblatex), the version in the key and the note. */
export function bibtex(facts: CiteFacts, words: BibtexWords): string {
  const version = versionOf(facts);
  // A URL goes verbatim into `url`, but a brace would end the field: none is left in it.
  const url = facts.link.replace(/[{}]/g, (c) => encodeURIComponent(c));
  return [
    `@misc{ecoles-international-${version},`,
    `  title    = {{${bibtexText(facts.title)}}},`,
    `  url      = {${url}},`,
    `  urldate  = {${facts.day}},`,
    `  note     = {${bibtexText(words.note)}},`,
    `  language = {${words.language}},`,
    '}',
  ].join('\n');
}
