// English words that several features' sentences share.
import type { Format } from '../format';

/** "1 school", "144 schools". */
export const schools = (n: number, f: Format): string =>
  n === 1 ? '1 school' : `${f.count(n)} schools`;

/** "1 other school", "31 other schools". */
export const others = (n: number, f: Format): string =>
  n === 1 ? '1 other school' : `${f.count(n)} other schools`;
