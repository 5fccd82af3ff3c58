// English words: the filters: search box, months range, families, tie.
import type { FilterMessages } from '../messages';

export const filters: FilterMessages = {
  filters: {
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
    count: (shown: string, total: string) => `${shown} of ${total} schools`,
    none: 'No school matches this filter.',
  },
};
