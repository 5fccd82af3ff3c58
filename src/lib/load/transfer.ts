// A LoadResult ↔ the message that carries it from the worker. Its many small objects (schools,
// ranked schools, tie groups, problems, value counts) travel as columns (columns.ts), the rest as it
// is; the page rebuilds them in slices of under 50 ms (`unpackResult`), sharing objects as the
// pipeline does: a ranked school's tie group, the problems of the parse and of the ranking. Each
// record is written field by field, so that a field added to its type fails the type check here.
import type { Problem, ProblemKind, School, Severity } from '../data/types';
import type { Distribution, RankedSchool, TieGroup } from '../analysis/types';
import { buffersOf, each, column, joined, numbers, stringAt, type Strings } from './columns';
import type { LoadResult } from './types';
import { foldName } from '../data/normalize';

type Numbers = ReturnType<typeof numbers>;

/** A LoadResult as the worker posts it. */
export interface PackedResult {
  rest: Omit<LoadResult, 'parsed' | 'dataset'>;
  meta: LoadResult['parsed']['meta'];
  schools: {
    ids: Strings;
    names: Strings;
    keys: Strings;
    months: Float64Array;
    printed: Numbers;
    lines: Uint32Array;
  };
  /** Ranked order: each one's school (index in `schools`), its ranks and its tie group (index). */
  ranked: {
    school: Uint32Array;
    ranks: Float64Array;
    positions: Float64Array;
    tie: Uint32Array;
  };
  /** Months, size, first, last, dense, fractional, percentile: seven numbers a group. */
  groups: Float64Array;
  /** The dataset's problems by line; `fromParse` 1 for those of the parse, 0 of the ranking. */
  problems: {
    kinds: Strings;
    severities: Strings;
    lines: Uint32Array;
    raws: Strings;
    values: Strings;
    hasValue: Uint8Array;
    expected: Numbers;
    fromParse: Uint8Array;
  };
  distribution: (Omit<Distribution, 'counts'> & { counts: Float64Array }) | null;
}

const GROUP = 7;

/** A ranked school → its index in the parsed schools: by its line (a school a line; a lookup in
 *  an array), checked by its id (unique within a table), else by its id (hashing 100,000 ids
 *  takes some 80 ms: only when lines would not do). */
function sourceIndex(list: readonly School[]): (school: School) => number {
  let last = 0;
  for (const s of list) last = Math.max(last, s.line);
  const byLine = new Int32Array(last + 1).fill(-1);
  list.forEach((s, i) => {
    byLine[s.line] = i;
  });
  let byId: Map<string, number> | null = null;
  return (school) => {
    const i = byLine[school.line] ?? -1;
    if (list[i]?.id === school.id) return i;
    byId ??= new Map(list.map((s, j) => [s.id, j]));
    return byId.get(school.id) ?? 0;
  };
}

/** The worker's side: the result as columns, and the buffers to move with it. */
export function packResult(result: LoadResult): { packed: PackedResult; transfer: ArrayBuffer[] } {
  const { parsed, dataset, ...rest } = result;
  const { ranking, distribution } = dataset;
  const list = parsed.schools;
  const n = list.length;
  const printed = numbers(n, (i) => list[i]?.printedRank);
  const schools = {
    ids: joined(n, (i) => list[i]?.id ?? ''),
    names: joined(n, (i) => list[i]?.name ?? ''),
    // Folded here, in the worker: the page then folds none of them (its search and lookups of
    // families and today's names go by the folded name).
    keys: joined(n, (i) => foldName(list[i]?.name ?? '')),
    months: column(new Float64Array(list.length), list, (s) => s.months),
    printed,
    lines: column(new Uint32Array(list.length), list, (s) => s.line),
  };
  const sourceOf = sourceIndex(list);
  const groupOf = new Map(ranking.groups.map((g, i) => [g, i]));
  const r = ranking.schools;
  const ranked = {
    school: column(new Uint32Array(r.length), r, sourceOf),
    ranks: column(new Float64Array(r.length), r, (s) => s.rank),
    positions: column(new Float64Array(r.length), r, (s) => s.position),
    tie: column(new Uint32Array(r.length), r, (s) => groupOf.get(s.tie) ?? 0),
  };
  const groups = new Float64Array(ranking.groups.length * GROUP);
  ranking.groups.forEach((g, i) =>
    groups.set([g.months, g.size, g.first, g.last, g.dense, g.fractional, g.percentile], i * GROUP),
  );
  const p = dataset.problems;
  const ofParse = new Set(parsed.problems);
  const expected = numbers(p.length, (i) => p[i]?.expected);
  const problems = {
    kinds: joined(p.length, (i) => p[i]?.kind ?? ''),
    severities: joined(p.length, (i) => p[i]?.severity ?? ''),
    lines: column(new Uint32Array(p.length), p, (q) => q.line),
    raws: joined(p.length, (i) => p[i]?.raw ?? ''),
    values: joined(p.length, (i) => p[i]?.value ?? ''),
    hasValue: column(new Uint8Array(p.length), p, (q) => (q.value === undefined ? 0 : 1)),
    expected,
    fromParse: column(new Uint8Array(p.length), p, (q) => (ofParse.has(q) ? 1 : 0)),
  };
  const counts = distribution === null ? null : new Float64Array(distribution.counts.length * 2);
  distribution?.counts.forEach((c, i) => counts?.set([c.months, c.count], i * 2));
  const packed: PackedResult = {
    rest,
    meta: parsed.meta,
    schools,
    ranked,
    groups,
    problems,
    distribution: distribution === null || counts === null ? null : { ...distribution, counts },
  };
  const transfer = buffersOf(
    schools.ids.ends,
    schools.names.ends,
    schools.keys.ends,
    schools.months,
    printed.values,
    printed.has,
    schools.lines,
    ...Object.values(ranked),
    groups,
    problems.kinds.ends,
    problems.severities.ends,
    problems.lines,
    problems.raws.ends,
    problems.values.ends,
    problems.hasValue,
    expected.values,
    expected.has,
    problems.fromParse,
  );
  if (counts !== null) transfer.push(counts.buffer);
  return { packed, transfer };
}

/** Steps of rebuilding: the caller may pause at each `yield` (see `unpackResult`). */
export function* rebuild(packed: PackedResult): Generator<void, LoadResult> {
  const s = packed.schools;
  const n = s.months.length;
  const g = packed.groups;
  const groups = Array.from({ length: g.length / GROUP }, (_, i): TieGroup => ({
    months: g[i * GROUP] as number,
    size: g[i * GROUP + 1] as number,
    first: g[i * GROUP + 2] as number,
    last: g[i * GROUP + 3] as number,
    dense: g[i * GROUP + 4] as number,
    fractional: g[i * GROUP + 5] as number,
    percentile: g[i * GROUP + 6] as number,
  }));
  const r = packed.ranked;
  // One object a school, in the parsed list and in the ranking both, as the worker has them (the
  // first ranking fills the parser's schools in place: see ParsedSchool): half the objects.
  const schools = new Array<School>(n);
  const ranked = new Array<RankedSchool>(r.school.length);
  yield* each(ranked.length, (i) => {
    const source = r.school[i] as number;
    const school: RankedSchool = {
      id: stringAt(s.ids, source),
      name: stringAt(s.names, source),
      months: s.months[source] as number,
      printedRank: s.printed.has[source] === 1 ? (s.printed.values[source] as number) : null,
      line: s.lines[source] as number,
      key: stringAt(s.keys, source),
      position: r.positions[i] as number,
      rank: r.ranks[i] as number,
      tie: groups[r.tie[i] as number] as TieGroup,
    };
    schools[source] = school;
    ranked[i] = school;
  });
  const q = packed.problems;
  const problems = new Array<Problem>(q.lines.length);
  yield* each(problems.length, (i) => {
    const problem: Problem = {
      kind: stringAt(q.kinds, i) as ProblemKind,
      severity: stringAt(q.severities, i) as Severity,
      line: q.lines[i] as number,
      raw: stringAt(q.raws, i),
    };
    if (q.hasValue[i] === 1) problem.value = stringAt(q.values, i);
    if (q.expected.has[i] === 1) problem.expected = q.expected.values[i] as number;
    problems[i] = problem;
  });
  const parseProblems = problems.filter((_, i) => q.fromParse[i] === 1);
  const rankProblems = problems.filter((_, i) => q.fromParse[i] !== 1);
  const d = packed.distribution;
  let distribution: Distribution | null = null;
  if (d !== null) {
    const c = d.counts;
    const counts = Array.from({ length: c.length / 2 }, (_, i) => ({
      months: c[2 * i] as number,
      count: c[2 * i + 1] as number,
    }));
    distribution = { ...d, counts };
  }
  const meta = packed.meta;
  return {
    ...packed.rest,
    parsed: { schools, problems: parseProblems, meta },
    dataset: {
      ranking: { schools: ranked, groups, problems: rankProblems },
      distribution,
      problems,
      meta,
    },
  };
}

/** Resolves after the page has had a turn (input, a frame): a task, not a 4 ms-clamped timer. */
const aTurn = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** The page's side: the result rebuilt, giving the page a turn whenever a slice passes `budget` ms;
 *  null when `signal` aborts meanwhile (the person cancelled: the rest is not rebuilt). */
export async function unpackResult(
  packed: PackedResult,
  { budget = 30, turn = aTurn, signal }: UnpackOptions = {},
): Promise<LoadResult | null> {
  const steps = rebuild(packed);
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (performance.now() - since > budget) {
      await turn();
      if (signal?.aborted) return null;
      since = performance.now();
    }
  }
}

export interface UnpackOptions {
  /** The longest slice, in ms (default 30). */
  budget?: number;
  /** How the page is given a turn (default: a task through a MessageChannel). */
  turn?: () => Promise<void>;
  signal?: AbortSignal;
}
