// English words: the sortable table.
import type { TableMessages } from '../messages';

export const table: TableMessages = {
  table: {
    heading: 'The table',
    caption: 'Full ranking, sortable by column',
    rank: 'Rank',
    school: 'School',
    months: 'Months abroad',
    family: 'Family',
    percentile: 'Percentile',
    compare: 'Compare',
    tie: 'tied',
    sortBy: (column: string) => `Sort by ${column}`,
    sort: 'Sort by',
    sortChoice: (column: string, order: string) => `${column}, ${order}`,
    orders: {
      rank: { asc: 'first to last', desc: 'last to first' },
      name: { asc: 'A to Z', desc: 'Z to A' },
      months: { asc: 'fewest first', desc: 'most first' },
      family: { asc: 'A to Z', desc: 'Z to A' },
      percentile: { asc: 'lowest first', desc: 'highest first' },
    },
    details: (family: string, percentile: string) =>
      family === '' ? `percentile\u00a0${percentile}` : `${family}, percentile\u00a0${percentile}`,
  },
};
