// A school + the ranking → what its rank means: the tie it shares, and the rank it would have at
// the nearest value ahead of it and at the nearest behind it (pure, built on neighbours.ts).
import type { Direction } from '../data/shapes';
import { neighbours, type Neighbour } from './neighbours';
import type { RankedSchool, TieGroup } from './types';

/** The school moved to a neighbouring value of the table: what it would take and what it would get. */
export interface Move {
  /** The value it would have: that of the nearest school ahead (or behind) in the ranking. */
  value: number;
  /** How far that is from its own value, always positive (the neighbours' gap, 1/1000). */
  gap: number;
  /** Whether that value is more than its own (ahead when more ranks first, behind otherwise). */
  more: boolean;
  /** The competition rank it would have there: the group's rank ahead, one less than the group's
   *  rank behind (it would no longer count among the schools above that group). */
  rank: number;
  /** Schools it would share that rank with, itself included: the group's size + 1. */
  size: number;
  /** The group at that value now (its rank, its size, the positions it spans). */
  group: TieGroup;
}

export interface TieMeaning {
  /** The group it belongs to: how many schools share its rank and the positions they span. */
  tie: TieGroup;
  /** At the nearest value ahead in the ranking; null at the top (no school ranks ahead). */
  ahead: Move | null;
  /** At the nearest value behind; null at the bottom. */
  behind: Move | null;
}

/**
 * What `school`'s rank means in `schools` (the whole ranking, in ranked order), ranked with more
 * first ('higher', the published ranking) or less first ('lower'): its tie group, and what it
 * would be with the value of the nearest group ahead of it or behind it.
 */
export function tieMeaning(
  schools: readonly RankedSchool[],
  school: RankedSchool,
  direction: Direction = 'higher',
): TieMeaning {
  const near = neighbours(schools, school);
  const lowerFirst = direction === 'lower';
  const move = (n: Neighbour | null, ahead: boolean, more: boolean): Move | null => {
    if (n === null) return null;
    const group = n.school.tie;
    // Ahead: the schools before that group stay before it. Behind: the school leaves the count of
    // those before the group, so it takes the rank just before the group's.
    const rank = ahead ? group.first : group.first - 1;
    return { value: n.school.months, gap: n.gap, more, rank, size: group.size + 1, group };
  };
  return {
    tie: school.tie,
    ahead: move(lowerFirst ? near.below : near.above, true, !lowerFirst),
    behind: move(lowerFirst ? near.above : near.below, false, lowerFirst),
  };
}
