// English words: a school set against the others in plain counts, not a percentile.
import { countsOf, type Counts } from '../../analysis/counts';
import type { RankedSchool } from '../../analysis/types';
import type { Unit } from '../../load/types';
import type { CountsMessages } from '../counts-messages';
import type { Format } from '../format';

/** What a school has more or less of, by unit: [more, less]. */
const WORDS: Record<Unit, readonly [string, string]> = {
  months: ['more months', 'fewer'],
  weeks: ['more weeks', 'fewer'],
  percent: ['a higher percentage', 'a lower one'],
  count: ['a higher number', 'a lower one'],
  other: ['a higher value', 'a lower one'],
};

/** "22 schools have more months, 118 have fewer, 3 others have the same." */
function sentence({ more, fewer, same }: Counts, unit: Unit, f: Format): string {
  const [up, down] = WORDS[unit];
  // Amounts (months, weeks) repeat the verb; a value does not: "118 a lower one".
  const amount = unit === 'months' || unit === 'weeks';
  const has = (n: number) => (amount ? (n === 1 || n === 0 ? 'has ' : 'have ') : '');
  const first =
    more === 0
      ? `No school has ${up}`
      : more === 1
        ? `1 school has ${up}`
        : `${f.count(more)} schools have ${up}`;
  const second = `${fewer === 0 ? 'none' : f.count(fewer)} ${has(fewer)}${down}`;
  const third =
    same === 0
      ? ''
      : `, ${same === 1 ? '1 other' : `${f.count(same)} others`} ${amount ? (same === 1 ? 'has ' : 'have ') : ''}the same`;
  return `${first}, ${second}${third}.`;
}

export const counts: CountsMessages = {
  counts: {
    label: 'Against the other schools',
    sentence,
    of: (s: RankedSchool, total: number, f: Format) => sentence(countsOf(s, total), 'months', f),
  },
};
