// Ranks of plain numbers (more = better): an array of values → an array of ranks, one per value.
import { descending, rank } from 'd3-array';

/**
 * Standard competition ranks ("1224"): 1 + how many values are strictly greater.
 * NaN (and any value that does not compare) gets NaN and does not count for the others.
 */
export function competitionRanks(values: readonly number[]): number[] {
  // d3's rank is 0-based, ranks ties by their first position, and gives NaN where the
  // comparator does not compare (descending(NaN, x) is NaN), after sorting those last.
  return Array.from(rank(values, descending), (r) => r + 1);
}

/**
 * Dense ranks ("1223"): 1 + how many distinct values are strictly greater. NaN stays NaN.
 * Linear after the sort: competition ranks lie in 1..n, so mark the ranks that occur and
 * number them in order.
 */
export function denseRanks(values: readonly number[]): number[] {
  const ranks = competitionRanks(values);
  const dense = new Array<number>(values.length + 1).fill(0);
  for (const r of ranks) if (!Number.isNaN(r)) dense[r] = 1;
  let distinct = 0;
  for (let r = 1; r < dense.length; r += 1) {
    if (dense[r] === 1) distinct += 1;
    dense[r] = distinct;
  }
  return ranks.map((r) => (Number.isNaN(r) ? NaN : (dense[r] ?? NaN)));
}

/**
 * Fractional ("average") ranks ("1 2.5 2.5 4"): the mean of the positions a tie spans,
 * i.e. competition rank + (size of the tie − 1) / 2. They sum to n(n + 1)/2. NaN stays NaN.
 */
export function fractionalRanks(values: readonly number[]): number[] {
  const ranks = competitionRanks(values);
  const sizes = new Array<number>(values.length + 1).fill(0);
  for (const r of ranks) if (!Number.isNaN(r)) sizes[r] = (sizes[r] ?? 0) + 1;
  return ranks.map((r) => (Number.isNaN(r) ? NaN : r + ((sizes[r] ?? 1) - 1) / 2));
}
