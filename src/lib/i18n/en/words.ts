// English words that several features' sentences share.
import type { Format } from '../format';

/** "1 school", "144 schools", from a count already written out (`f.count`: 1 is "1" in every
 *  language). */
export const schoolsOf = (count: string): string =>
  count === '1' ? '1 school' : `${count} schools`;

/** "1 school", "144 schools". */
export const schools = (n: number, f: Format): string => schoolsOf(f.count(n));

/** "A", "A and B", "A, B and C". */
export const and = (items: readonly string[]): string =>
  items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

/** "1 other school", "31 other schools". */
export const others = (n: number, f: Format): string =>
  n === 1 ? '1 other school' : `${f.count(n)} other schools`;
