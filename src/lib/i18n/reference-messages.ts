// The shape of the words that set a school against reference points (the medians, the CTI
// thresholds) and say what its tie means (i18n/reference.ts puts them together). Part of
// `LaterMessages` (messages.ts): read by the profile and the comparison, which load after the first
// screen. Counts, values and ranks come in as arguments, already formatted.
import type { Standing } from '../context/rules';
import type { FamilyId } from '../data/family-list';

export interface ReferenceMessages {
  reference: {
    heading: string;
    /** "Mines Paris, 7 mois : " + the clauses, joined by the language's commas, then the CTI's. */
    sentence: (name: string, value: string, clauses: readonly string[], cti: string) => string;
    /** Against the median of every school: the gap's size, its sign (−1, 0, 1), the median. */
    all: (gap: string, sign: number, median: string) => string;
    /** Against the median of its family: the gap's size, its sign, the median, how many schools
     *  (≥ 2), which family. */
    family: (gap: string, sign: number, median: string, count: string, family: FamilyId) => string;
    /** Where it stands against the CTI thresholds: their weeks and their months ("≈ 2,1 mois"). */
    cti: (
      standing: Standing,
      minimum: { weeks: number; approx: string },
      recommended: { weeks: number; approx: string },
    ) => string;
    /** How the medians are taken: over every school of the table (`count`), whatever the filter. */
    note: (count: string) => string;
    /** The chart's label of the school: its name and value. */
    point: (name: string, value: string) => string;
    /** The chart's labels: the median of all, a family's (its label), each with its value. */
    medianAll: (value: string) => string;
    medianFamily: (family: string, value: string) => string;
    /** The chart's text alternative: the axis named, then each mark's label. */
    alt: (axis: string, marks: readonly string[]) => string;
  };
  tie: {
    heading: string;
    /** `size` (≥ 2) schools share `value` and `rank`, spanning places `first` to `last`. */
    shared: (size: string, value: string, rank: string, first: string, last: string) => string;
    /** No other school has its value. */
    alone: (value: string, rank: string) => string;
    /** At the nearest value ahead or behind: `gap` more or less (`more`), that `value`, the rank it
     *  would have (`would`) instead of its own (`now`). */
    move: (gap: string, more: boolean, value: string, would: string, now: string) => string;
    /** The same, where its rank would not change (a school alone, moved down to the next value):
     *  it would be tied with `others` (≥ 1) other schools. */
    stays: (gap: string, more: boolean, value: string, now: string, others: string) => string;
    /** Nothing ahead: no school has more (or less, where less ranks first). */
    top: (more: boolean) => string;
    /** Nothing behind. */
    bottom: (more: boolean) => string;
  };
}
