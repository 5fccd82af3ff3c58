// English words: the filters: search box, months range, families, tie.
import type { FilterMessages } from '../messages';

export const filters: FilterMessages = {
  filters: {
    panel: (set: number) => (set === 0 ? 'Filters' : `Filters (${set})`),
    heading: 'Filter',
    search: 'Find a school',
    searchHint: 'Accents and capitals do not matter: “st etienne”, “ponts”…',
    range: 'Months abroad',
    from: 'from',
    to: 'to',
    families: 'Families of schools',
    tiedWith: (name: string) => `Tied with ${name}`,
    clearTie: 'Remove',
    reset: 'Show all',
    count: (shown, total, f) =>
      `${f.count(shown)} of ${f.count(total)} school${total === 1 ? '' : 's'}`,
  },
  results: {
    top: 'Top of the ranking',
    matches: 'Results',
    first: (shown: string, of: string) => `First ${shown} of ${of}`,
    all: 'The whole ranking',
    none: (query: string, narrowed: boolean) =>
      `No school matches ${query === '' ? 'these filters' : `“${query}”${narrowed ? ' with these filters' : ''}`}.`,
  },
};
