// The shape of the words that set a school against the others in plain counts (issue 14, part 5:
// « 22 écoles ont plus de mois, 118 en ont moins », not « centile 84 »): in the comparison, the
// profile, the ranking's tooltip and the embedded card. Part of `LaterMessages` (messages.ts); each
// language's words are `<code>/counts.ts`, and a table of another value puts its own `of` over them
// (`MeasuredWords.counts`, i18n/speak.ts), in its unit and its order.
import type { Counts } from '../analysis/counts';
import type { RankedSchool } from '../analysis/types';
import type { Unit } from '../load/types';
import type { Format } from './format';

export interface CountsMessages {
  counts: {
    /** The label of the counts: a column of the comparison, a term of the profile and the card. */
    label: string;
    /** `c` in words, the value's unit `unit` naming what is more or less. */
    sentence: (c: Counts, unit: Unit, f: Format) => string;
    /** School `s` set against the other schools of the whole table (`total` of them). */
    of: (s: RankedSchool, total: number, f: Format) => string;
  };
}
