// Parsed schools → a ranking: ranked order, every rank, tie groups, and printed-rank problems.
import type { Problem, School } from '../data/types';
import type { Direction } from '../data/shapes';
import type { RankedSchool, Ranking, TieGroup } from './types';

export { competitionRanks, denseRanks, fractionalRanks } from './ranks-of-values';

/** The longest `raw` a problem carries (as the parser's). */
const RAW_LENGTH = 200;

/** Equal months, NaN counting as equal to NaN (Map keys compare the same way). */
function same(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** True when `values` already run from high to low, NaN (if any) last: then there is nothing to sort
 * (a published table is in ranked order). */
function isDescending(values: Float64Array): boolean {
  let i = 1;
  while (i < values.length && (values[i - 1] ?? NaN) >= (values[i] ?? NaN)) i += 1;
  // From here on, only NaN may follow (NaN >= x and x >= NaN are false).
  while (i < values.length && Number.isNaN(values[i])) i += 1;
  return i >= values.length;
}

/** Keys descending; NaN (never expected from the parser) last: `keys` itself when they already
 *  are, else a sorted copy (`keys` stay in source order). */
function sortedDescending(keys: Float64Array): Float64Array {
  if (isDescending(keys)) return keys;
  // A typed array sorts numerically and puts NaN last; reversed, NaN leads, so move it back.
  const reversed = keys.slice().sort().reverse();
  let nans = 0;
  while (nans < reversed.length && Number.isNaN(reversed[nans])) nans += 1;
  if (nans === 0) return reversed;
  const sorted = new Float64Array(reversed.length);
  sorted.set(reversed.subarray(nans));
  sorted.set(reversed.subarray(0, nans), reversed.length - nans);
  return sorted;
}

/** Tie groups in ranked order, from keys (sign × months) sorted descending (NaN last). */
function groupsOf(sorted: Float64Array, sign: 1 | -1): TieGroup[] {
  const groups: TieGroup[] = [];
  let tie: TieGroup | undefined;
  let key = NaN;
  for (let p = 0; p < sorted.length; p++) {
    const value = sorted[p] ?? NaN;
    if (tie !== undefined && same(key, value)) {
      tie.size += 1;
      tie.last = p + 1;
    } else {
      key = value;
      // + 0 turns -0 into 0: the same value, without a minus sign on show.
      tie = {
        months: sign * value + 0,
        size: 1,
        first: p + 1,
        last: p + 1,
        dense: groups.length + 1,
        fractional: 0,
        percentile: 0,
      };
      groups.push(tie);
    }
  }
  // The ranks every member shares, once the group is whole.
  for (const g of groups) {
    g.fractional = (g.first + g.last) / 2;
    g.percentile = percentileOf(g, sorted.length);
  }
  return groups;
}

/**
 * The index of the group holding `months`, by binary search over the groups' keys (sign × months,
 * descending, a NaN group last): a few comparisons, no hashing of the value.
 */
function groupIndex(groups: readonly TieGroup[], months: number, sign: 1 | -1): number {
  if (Number.isNaN(months)) return groups.length - 1;
  const key = sign * months;
  let lo = 0;
  let hi = groups.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // A NaN group compares false, like a value below every number.
    if (sign * (groups[mid]?.months ?? NaN) > key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Percentile rank, 0–100, of a member of a tie group among n schools (see RankedSchool). */
function percentileOf(tie: TieGroup, n: number): number {
  if (n <= 1) return 100;
  const below = n - tie.last;
  return (100 * (below + (tie.size - 1) / 2)) / (n - 1);
}

/** A school with its room for ranks (data/types.ts ParsedSchool), filled or not. */
type Roomy = School & { position?: number; rank?: number; tie?: TieGroup };

/**
 * The school ranked: the parser's own object with its room for ranks filled in place when it has
 * that room and no ranking has filled it yet (see ParsedSchool), else a copy, so that no ranking's
 * schools ever change under it (a view keys its rows by object).
 */
function rankedOf(school: Roomy, position: number, tie: TieGroup): RankedSchool {
  if (school.tie === undefined && 'tie' in school) {
    school.position = position;
    school.rank = tie.first;
    school.tie = tie;
    return school as RankedSchool;
  }
  // Fields listed rather than spread: ten times faster on 100,000 schools, and the type check
  // still fails here if School gains a field.
  const { id, name, months, printedRank, line } = school;
  return { id, name, months, printedRank, line, position, rank: tie.first, tie };
}

/**
 * Ranks schools by value, more = better ('higher', the published ranking) or less = better
 * ('lower'): each gets its position (source order kept within
 * a tie), competition, dense and fractional ranks, percentile and shared tie group. Where the
 * table prints ranks (any school has one), printed ranks are checked against computed ones.
 * O(n log n): one sort, then linear passes. The parser's schools are ranked in place the first
 * time (their room for ranks filled: see ParsedSchool), copied after; other schools are copied.
 */
export function rankSchools(schools: readonly School[], direction: Direction = 'higher'): Ranking {
  const sign = direction === 'lower' ? -1 : 1;
  const n = schools.length;
  // Each school's key (its value, negated when less is better), read once: the passes below read
  // these, not each school's boxed value again (on 100,000 schools spread over the heap, a pass
  // over the objects costs a few ms of cache misses). Sorted natively (no comparator), or not at
  // all when already in ranked order, runs of equal keys make the tie groups: O(n log n) without
  // sorting objects. (Plain loops, not forEach or typed-array `from` with a map function: several
  // times faster on 100,000 values.)
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = sign * (schools[i]?.months ?? NaN);
  const groups = groupsOf(sortedDescending(keys), sign);
  // Source order within a tie: each school takes the next free position of its group.
  const next = groups.map((tie) => tie.first);
  const ranked = new Array<RankedSchool>(n);
  // Ranks are whole positions: a typed array holds them unboxed, in one block.
  const rankBySource = new Int32Array(n);
  let anyPrinted = false;
  let g = 0;
  for (let index = 0; index < n; index++) {
    const school = schools[index];
    if (school === undefined) continue;
    // The value again, from its key: sign × (sign × v) is v (-0 and 0 compare equal).
    const months = sign * (keys[index] ?? NaN);
    // Schools in ranked order (as published) stay in the group of the school before them.
    if (!same(groups[g]?.months ?? NaN, months)) g = groupIndex(groups, months, sign);
    const tie = groups[g];
    if (tie === undefined) continue;
    const position = next[g] ?? tie.first;
    next[g] = position + 1;
    rankBySource[index] = tie.first;
    anyPrinted ||= school.printedRank !== null;
    ranked[position - 1] = rankedOf(school, position, tie);
  }
  const problems = anyPrinted ? rankProblems(schools, rankBySource, keys) : [];
  return { schools: ranked, groups, problems };
}

/**
 * Printed ranks against computed ones, sorted by line. Only when the table prints ranks:
 * a printed rank that differs is a 'rank-mismatch'; an empty rank cell on a row whose
 * months differ from the row above in the source (or on the first row) is a 'rank-missing'.
 * Reads the values from the keys `rankSchools` made, not from the schools' boxed numbers.
 */
function rankProblems(
  schools: readonly School[],
  rankBySource: Int32Array,
  keys: Float64Array,
): Problem[] {
  const problems: Problem[] = [];
  // The key of the school above (equal keys are equal values); none above the first.
  let above: number | undefined;
  for (let i = 0; i < schools.length; i++) {
    const school = schools[i];
    if (school === undefined) continue;
    const { printedRank } = school;
    const expected = rankBySource[i] ?? NaN;
    const key = keys[i] ?? NaN;
    const missing = printedRank === null;
    if (missing ? above === undefined || !same(above, key) : printedRank !== expected) {
      const { line, name } = school;
      const problem: Problem = {
        kind: missing ? 'rank-missing' : 'rank-mismatch',
        severity: 'warning',
        line,
        raw: name.slice(0, RAW_LENGTH),
      };
      if (!missing) problem.value = String(printedRank);
      problem.expected = expected;
      problems.push(problem);
    }
    above = key;
  }
  return problems.sort((a, b) => a.line - b.line);
}
