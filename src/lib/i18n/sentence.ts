// A school, the schools compared or a key point + a catalogue and its formats → the ready sentence
// a copy button copies, its source at the end: the catalogue's `sentence.in`/`source`, which over
// the reader's own table name that table (OwnWords, i18n/speak.ts), never the published ranking.
// Pure.
import { comparison } from '../analysis/sentence';
import type { RankedSchool } from '../analysis/types';
import type { Format } from './format';
import type { Messages } from './messages';

/** « ENST Paris est 15e ex æquo sur 144 écoles (5 écoles à 9 mois) dans le classement … ». */
export const schoolSentence = (t: Messages, f: Format, s: RankedSchool, total: number): string =>
  t.sentence.school(s, total, t.sentence.in, f);

/** One sentence on the picked schools (any order), among `total`; empty for none. */
export function compareSentence(
  t: Messages,
  f: Format,
  picked: readonly RankedSchool[],
  total: number,
): string {
  const c = comparison(picked);
  return c === null ? '' : t.sentence.compare(c, total, t.sentence.in, f);
}

/** A key point's sentence, then its source as a sentence of its own. */
export const pointSentence = (t: Messages, text: string): string =>
  t.sentence.point(text, t.sentence.source);
