// Which schools an image of the ranking shows: the top N of the whole ranking, the schools the filter
// shows, or the picked ones; in ranked order, never more than the image holds. Pure: schools in,
// the schools drawn and the count left out.
import type { RankedSchool } from '../analysis/types';

export type ImageChoice = 'top' | 'shown' | 'picked';
export const IMAGE_CHOICES: readonly ImageChoice[] = ['top', 'shown', 'picked'];

export interface ImageSchools {
  /** The whole ranking, the schools the filter shows, the picked ones (any order). */
  all: readonly RankedSchool[];
  shown: readonly RankedSchool[];
  picked: readonly RankedSchool[];
}

export interface Chosen {
  schools: RankedSchool[];
  /** Schools of the choice that are not drawn (the rest of the ranking, for the top N). */
  left: number;
  /** Whether fewer are drawn than were asked for because the image holds no more. */
  capped: boolean;
}

/**
 * The schools drawn: `top` takes the first `n` of the whole ranking, `shown` and `picked` take all of
 * theirs; each at most `max` (what the image holds).
 */
export function chooseSchools(
  choice: ImageChoice,
  from: ImageSchools,
  n: number,
  max: number,
): Chosen {
  const list =
    choice === 'top'
      ? from.all
      : choice === 'shown'
        ? from.shown
        : [...from.picked].sort((a, b) => a.position - b.position);
  const wanted = choice === 'top' ? Math.max(1, Math.floor(n)) : list.length;
  const count = Math.min(wanted, Math.max(1, Math.floor(max)), list.length);
  return { schools: list.slice(0, count), left: list.length - count, capped: wanted > max };
}
