// English words: the shortlist kept in this browser (its stars, its panel, the table's order).
import type { ShortlistMessages } from '../messages';

export const shortlist: ShortlistMessages = {
  shortlist: {
    heading: 'My shortlist',
    add: (name: string) => `Add ${name} to my shortlist`,
    remove: (name: string) => `Remove ${name} from my shortlist`,
    empty:
      'No school yet: tap a school’s star ☆ (results, table, profile) to keep it here from one visit to the next.',
    count: (n: number, shown: string) =>
      n === 0 ? 'no school' : n === 1 ? '1 school' : `${shown} schools`,
    kept: 'Kept in this browser only: nothing is sent, no link carries it.',
    notKept:
      'This browser cannot keep the list (storage unavailable or full): it will be lost when you leave the page.',
    elsewhere: (n: number) =>
      n === 1
        ? '1 other school of my shortlist is not in this table.'
        : `${n} other schools of my shortlist are not in this table.`,
    clear: 'Clear all',
    cleared: (n: number) =>
      n === 1 ? '1 school removed from my shortlist.' : `${n} schools removed from my shortlist.`,
    undo: 'Undo',
    compare: 'Compare my shortlist',
    compared: (n: number) =>
      n === 1 ? '1 school in the comparison.' : `${n} schools in the comparison.`,
    firstOnly: (max: number, left: number) =>
      `The comparison takes ${max} at most: the first ${max} in ranked order; ${left} ${left === 1 ? 'is' : 'are'} left out.`,
    download: 'Download (CSV)',
    print: 'Print',
    file: 'my-shortlist',
    onTop: 'My shortlist on top',
    listed: 'in my shortlist',
    key: (listed: boolean) =>
      listed ? 'Key S: remove from my shortlist' : 'Key S: add to my shortlist',
  },
};
