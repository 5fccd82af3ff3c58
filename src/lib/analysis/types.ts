// The shapes that analysis produces from parsed schools: ranks, tie groups, a distribution. No DOM.
import type { Problem, School } from '../data/types';

/** Schools that share one value, and the positions they span in the ranking. */
export interface TieGroup {
  /** The shared value, in months. */
  months: number;
  /** How many schools share it. */
  size: number;
  /** First position spanned (= the competition rank of every member). */
  first: number;
  /** Last position spanned (first + size − 1). */
  last: number;
  /** Dense rank ("1223") of every member: 1 + number of distinct values strictly greater. */
  dense: number;
  /** Fractional (average) rank of every member: the mean of the positions spanned. */
  fractional: number;
  /**
   * Percentile rank of every member, 0–100: the share of schools with fewer months, counting half
   * of the other schools tied: 100 × (below + (size − 1) / 2) / (n − 1) for n > 1, 100 for n = 1.
   */
  percentile: number;
}

/** A school with every rank computed from the values (more months = better). */
export interface RankedSchool extends School {
  /** 1-based place in the ranked order; within a tie, source order is kept. */
  position: number;
  /** Its name folded (data/normalize.ts `foldName`), when whoever ranked it folded it: the worker
   *  that reads a file does, so that the page folds none of its names (model/stages.ts
   *  `foldOnce`). */
  key?: string;
  /** Standard competition rank ("1224"): 1 + number of schools with strictly more months. */
  rank: number;
  /** The tie group this school belongs to (shared object for every member): its dense and
   *  fractional ranks and its percentile are the group's, held once there, not on each of (up to
   *  100,000) schools. */
  tie: TieGroup;
}

export interface Ranking {
  /** Schools in ranked order: months descending, source order within a tie. */
  schools: RankedSchool[];
  /** Tie groups in ranked order (groups of size 1 included). */
  groups: TieGroup[];
  /** Disagreements between printed and computed ranks ('rank-mismatch', 'rank-missing'). */
  problems: Problem[];
}

/** One histogram bin: [x0, x1), the last one too (the top edge rule in histogram.ts). */
export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

export interface Distribution {
  count: number;
  min: number;
  max: number;
  mean: number;
  median: number;
  /** Sample standard deviation (n − 1), as d3-array's deviation; 0 for fewer than 2 values. */
  deviation: number;
  /** First and third quartiles by linear interpolation at (n − 1)·p (R-7, d3-array's quantile). */
  q1: number;
  q3: number;
  iqr: number;
  /** How many schools have each distinct value, values descending. */
  counts: { months: number; count: number }[];
  bins: Bin[];
}
