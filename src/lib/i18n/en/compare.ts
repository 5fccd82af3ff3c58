// English words: the comparison panel and its pick list.
import type { CompareMessages } from '../messages';

export const compare: CompareMessages = {
  compare: {
    heading: 'Compare',
    empty:
      'Pick up to 5 schools: here, in the table (the check boxes) or in the ranking (click a row).',
    /** The panel with nothing picked and nowhere to pick from (an embedded comparison). */
    none: 'No school is picked for comparison.',
    add: 'Add a school',
    addHint: 'Type a name, then choose from the list (arrow keys and Enter).',
    noMatch: 'No school matches.',
    /** A school of the pick list known today by another name. */
    nowCalled: (name: string) => `now ${name}`,
    added: (name: string, n: number, max: number) =>
      `${name} added to the comparison (${n} of ${max}).`,
    full: 'Five schools at most: remove one to add another.',
    pick: (name: string) => `Compare ${name}`,
    remove: (name: string) => `Remove ${name} from the comparison`,
    removeColumn: 'Remove',
    rank: 'Rank',
    tie: 'Tie group',
    tieSpan: (size: number, first: number, last: number) =>
      size > 1 ? `${size} schools, positions ${first} to ${last}` : 'alone at this rank',
    /** A value's label on a phone's comparison card. */
    cardLabel: (label: string) => `${label}: `,
    more: (higher: string, diff: string, lower: string, rankHigher: string, rankLower: string) =>
      `${higher} spends ${diff} more abroad than ${lower}: ${rankHigher} vs ${rankLower}.`,
    same: (a: string, b: string, months: string, rank: string) =>
      `${a} and ${b} are level: ${months}, both ${rank}.`,
  },
};
