// The shape of the words of a ready sentence to copy (issue 15, « copier une phrase »): on a school's
// profile, under the comparison and on each key point, in the page's language, its source at the
// end. Part of `LaterMessages` (messages.ts); each language's words are `<code>/sentence.ts`. Names
// and figures come in as arguments; the source is the published ranking's unless the table is the
// reader's own, whose words (`OwnWords.sentence`) are put over these (i18n/speak.ts).
import type { Comparison } from '../analysis/sentence';
import type { RankedSchool } from '../analysis/types';
import type { Format } from './format';

export interface SentenceMessages {
  sentence: {
    /** Where the figures come from, as the end of a sentence: « dans le classement … ». */
    in: string;
    /** The same as a sentence of its own, after a key point: « Source : … ». */
    source: string;
    /** A school's rank with its tie among `total` schools, how many share its value (or that it
     *  is alone at it), then `where` (`in`). */
    school: (s: RankedSchool, total: number, where: string, f: Format) => string;
    /** The schools compared, by place, with their ranks and values, and the gap between the first
     *  and the last, then `where` (`in`). */
    compare: (c: Comparison, total: number, where: string, f: Format) => string;
    /** A key point, then `source` (`source`). */
    point: (text: string, source: string) => string;
    /** The small button's text, after the text it copies; and on a line of its own. */
    copy: string;
    copySentence: string;
    /** Each button's accessible name, which says what it copies (it starts with `copy`). */
    copySchool: (name: string) => string;
    copyCompare: string;
    /** The key point `n` (from 1) of `of`. */
    copyPoint: (n: number, of: number) => string;
    /** Said once copied. */
    copied: string;
    /** The label of the read-only field where the clipboard is unavailable. */
    field: string;
  };
}
