// A school + the size of the whole table → how many schools have a greater value, a smaller one,
// and the same: the plain counts a reader is given instead of a percentile (pure, from the tie).
import type { Direction } from '../data/shapes';
import type { RankedSchool } from './types';

/** Schools of the whole table set against one: none of the three counts includes it. */
export interface Counts {
  /** Schools with a strictly greater value. */
  more: number;
  /** Schools with a strictly smaller value. */
  fewer: number;
  /** Other schools with the same value (its tie group less itself). */
  same: number;
}

/**
 * The counts of `s` among the `total` schools of its table, read from its tie group: the schools
 * placed ahead of it are the `tie.first − 1` positions before the group, those behind the
 * `total − tie.last` after it. Ahead means a greater value when the greater ranks first
 * (`direction` 'higher', the published months), a smaller one otherwise.
 */
export function countsOf(
  s: Pick<RankedSchool, 'tie'>,
  total: number,
  direction: Direction = 'higher',
): Counts {
  const ahead = s.tie.first - 1;
  const behind = total - s.tie.last;
  const same = s.tie.size - 1;
  return direction === 'higher'
    ? { more: ahead, fewer: behind, same }
    : { more: behind, fewer: ahead, same };
}
