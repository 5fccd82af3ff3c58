// The shape of the words that say a table is the reader's own (issue 13, "nothing lost"): in the
// share panel, in the embed code it gives, and in an embed over such a table. Part of
// `LaterMessages` (messages.ts); each language's words are `<code>/own.ts`. The table's name comes
// in as an argument: text, never markup.

export interface OwnMessages {
  own: {
    /** The share panel, over a table read from a file or a paste: its link cannot carry it. */
    linkLocal: (name: string) => string;
    /** The share panel, over a table read from `?data=`: the link keeps the address. */
    linkData: (name: string) => string;
    /** Under the embed code and as a comment in it, over a table the link cannot carry: the embed
     *  shows the published ranking. */
    embedLocal: (name: string) => string;
    /** Under the embed code and as a comment in it, over a table from `?data=`. */
    embedData: (name: string) => string;
    /** An embed over a reader's table: where it comes from, in place of the published source. */
    embedSource: (name: string) => string;
  };
}
