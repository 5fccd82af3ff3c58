// The shape of the words of a tie explained where it is marked (issue 14, part 5): the table's
// « ex æquo » mark opens a sentence on the tie and a button that filters the page to it; and a
// school's profile has a « Comparer » button. Part of `LaterMessages` (messages.ts); each
// language's words are `<code>/ties.ts`. Numbers come in already written, as the page writes them.

export interface TiesMessages {
  ties: {
    /** The tie in one sentence: `count` schools have `value`, all are `rank`, and fill the places
     *  `first` to `last` (« 32 écoles ont 6 mois : toutes sont 34e ; … places 34 à 65 »). */
    sentence: (count: string, value: string, rank: string, first: string, last: string) => string;
    /** The button that shows only those schools. */
    show: (count: string, value: string) => string;
    /** The same button once the page shows only them: back to every school. */
    all: string;
    /** A profile's button that adds the school to the comparison. */
    compare: string;
    /** Why that button is off: the school is compared already, or the comparison is full. */
    already: string;
    full: (max: number) => string;
  };
}
