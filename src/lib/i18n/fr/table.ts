// French words: the sortable table.
import type { TableMessages } from '../messages';

export const table: TableMessages = {
  table: {
    heading: 'Le tableau',
    caption: 'Classement complet, triable par colonne',
    rank: 'Rang',
    school: 'École',
    months: 'Mois à l’étranger',
    family: 'Famille',
    percentile: 'Centile',
    compare: 'Comparer',
    tie: 'ex æquo',
    sortBy: (column: string) => `Trier par ${column}`,
    /** The phone's sort list, which stands for the headers of the columns a phone hides. */
    sort: 'Trier par',
    /** One choice of that list: a column and an order, "Centile, décroissant". */
    sortChoice: (column: string, order: string) => `${column}, ${order}`,
    /** Each column's two orders, as the list names them. */
    orders: {
      rank: { asc: 'du 1er au dernier', desc: 'du dernier au 1er' },
      name: { asc: 'de A à Z', desc: 'de Z à A' },
      months: { asc: 'croissant', desc: 'décroissant' },
      family: { asc: 'de A à Z', desc: 'de Z à A' },
      percentile: { asc: 'croissant', desc: 'décroissant' },
    },
    /** Under a school's name on a phone, where the family and percentile columns are hidden:
     *  "Centrale, centile 95" (no family: "centile 95"), the number kept with its word. */
    details: (family: string, percentile: string) =>
      family === '' ? `centile\u00a0${percentile}` : `${family}, centile\u00a0${percentile}`,
  },
};
