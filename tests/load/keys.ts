// A LoadResult as the page gets it from the worker (src/lib/load/transfer.ts).
import type { RankedSchool } from '../../src/lib/analysis/types';
import type { School } from '../../src/lib/data/types';
import type { LoadResult } from '../../src/lib/load/types';

/** The result as the page gets it: each ranked school with its name folded, which for these
 *  plain names is the name in lower case; the parsed list holds the same objects as the ranking,
 *  as in the worker (the first ranking fills the parser's schools in place). */
export const withKeys = (result: LoadResult): LoadResult => {
  const keyed = new Map<School, RankedSchool>(
    result.dataset.ranking.schools.map((s) => [s, { ...s, key: s.name.toLowerCase() }]),
  );
  const of = <T extends School>(s: T): T | RankedSchool => keyed.get(s) ?? s;
  return {
    ...result,
    parsed: { ...result.parsed, schools: result.parsed.schools.map(of) },
    dataset: {
      ...result.dataset,
      ranking: { ...result.dataset.ranking, schools: result.dataset.ranking.schools.map(of) },
    },
  };
};
