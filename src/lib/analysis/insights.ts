// Ranked schools (the ones a filter keeps) → the facts worth a sentence: how many go abroad 6 months
// or more, the largest tie, the ends of the list, how many share their rank. Numbers only, no words.
import type { RankedSchool, TieGroup } from './types';

/** The length of stay the first fact counts from, in months (context/thresholds.ts `longStayOf`
 *  gives it on another table's scale). */
export const LONG_STAY = 6;
/** How many schools make "the first" and "the last" of a list. */
export const END_SIZE = 10;

/** How many schools send their students abroad LONG_STAY months or more on average. */
export interface AtLeast {
  months: number;
  count: number;
  total: number;
  /** count / total (0–1). */
  share: number;
}

/** The largest group of the listed schools that share one value. */
export interface LargestTie {
  months: number;
  /** How many of the listed schools share it (2 or more). */
  size: number;
  /** The first and last of them by place. */
  first: RankedSchool;
  last: RankedSchool;
  /** Their tie group in the whole ranking (it may hold schools the filter leaves out). */
  group: TieGroup;
  /** How many other values are shared by as many listed schools. */
  sameSize: number;
}

/** The first and last `size` schools by place, and how many tied schools the cut leaves out. */
export interface End {
  /** Highest and lowest months among them. */
  from: number;
  to: number;
  /** The months of the school at the cut (the 10th from the top, or from the bottom). */
  cut: number;
  /** Schools outside the `size` with the same months as the one at the cut. */
  tiedBeyond: number;
}

export type Ends =
  /** At least 2 × END_SIZE schools: the first and last END_SIZE do not overlap. */
  | { kind: 'ends'; size: number; top: End; bottom: End }
  /** Fewer schools: the first and the last, and the gap between them. */
  | { kind: 'span'; total: number; first: RankedSchool; last: RankedSchool; gap: number };

/** The fewer-schools case of Ends. */
export type SpanEnds = Extract<Ends, { kind: 'span' }>;

/** How many listed schools share their rank with at least one other school of the ranking. */
export interface Shared {
  tied: number;
  alone: number;
  total: number;
  /** tied / total (0–1). */
  share: number;
}

export type Insights =
  | { kind: 'one'; school: RankedSchool; rankingSize: number }
  | {
      kind: 'many';
      /** How many schools are listed. */
      total: number;
      /** Null when the value is not a length of time (`longStayOf`). */
      atLeast: AtLeast | null;
      /** Null when no two listed schools share a value. */
      largestTie: LargestTie | null;
      /** Null when the first and the last listed schools have the same months. */
      ends: Ends | null;
      shared: Shared;
    };

/** The schools by place (a filter keeps the ranking's order; a copy is sorted to be sure). */
function byPlace(schools: readonly RankedSchool[]): RankedSchool[] {
  return schools.slice().sort((a, b) => a.position - b.position);
}

/** The first largest run of equal months in a list by place, and how many runs are as large. */
export function largestTie(sorted: readonly RankedSchool[]): LargestTie | null {
  let best = { start: 0, size: 1 };
  let sameSize = 0;
  let start = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i + 1]?.months === sorted[i]?.months) continue;
    const size = i - start + 1;
    if (size > best.size) {
      best = { start, size };
      sameSize = 0;
    } else if (size === best.size) sameSize += 1;
    start = i + 1;
  }
  const first = sorted[best.start];
  const last = sorted[best.start + best.size - 1];
  if (best.size < 2 || first === undefined || last === undefined) return null;
  return { months: first.months, size: best.size, first, last, group: first.tie, sameSize };
}

/** The first `size` schools of a list by place (or the last, reversed), and the tie at the cut. */
function end(sorted: readonly RankedSchool[], size: number): End {
  const kept = sorted.slice(0, size);
  const cut = kept[kept.length - 1]?.months ?? NaN;
  const first = kept[0]?.months ?? NaN;
  const beyond = sorted.slice(size).filter((s) => s.months === cut).length;
  return { from: Math.max(first, cut), to: Math.min(first, cut), cut, tiedBeyond: beyond };
}

function ends(sorted: readonly RankedSchool[]): Ends | null {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined || first.months === last.months) return null;
  if (sorted.length >= 2 * END_SIZE) {
    const bottom = end(sorted.slice().reverse(), END_SIZE);
    return { kind: 'ends', size: END_SIZE, top: end(sorted, END_SIZE), bottom };
  }
  // A size: the first has the smaller value when the lower values rank first.
  const gap = Math.abs(first.months - last.months);
  return { kind: 'span', total: sorted.length, first, last, gap };
}

/**
 * The facts about a list of ranked schools (the ones a filter keeps), each school keeping its
 * ranks in the whole ranking of `rankingSize` schools; how many stay `longStay` or more on the
 * value's scale (none for null). Null for an empty list.
 */
export function insights(
  schools: readonly RankedSchool[],
  rankingSize: number,
  longStay: number | null = LONG_STAY,
): Insights | null {
  const sorted = byPlace(schools);
  const total = sorted.length;
  const only = sorted[0];
  if (only === undefined) return null;
  if (total === 1) return { kind: 'one', school: only, rankingSize };
  const tied = sorted.filter((s) => s.tie.size > 1).length;
  let atLeast: AtLeast | null = null;
  if (longStay !== null) {
    const count = sorted.filter((s) => s.months >= longStay).length;
    atLeast = { months: longStay, count, total, share: count / total };
  }
  return {
    kind: 'many',
    total,
    atLeast,
    largestTie: largestTie(sorted),
    ends: ends(sorted),
    shared: { tied, alone: total - tied, total, share: tied / total },
  };
}
