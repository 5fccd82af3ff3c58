// A LoadResult as the page gets it from the worker (src/lib/load/transfer.ts).
import type { LoadResult } from '../../src/lib/load/types';

/** The result as the page gets it: each ranked school with its name folded, which for these
 *  plain names is the name in lower case; and the parsed schools, in their source order, are the
 *  ranked ones (one object a school on the page). */
export const withKeys = (result: LoadResult): LoadResult => {
  const ranked = result.dataset.ranking.schools.map((s) => ({ ...s, key: s.name.toLowerCase() }));
  const byId = new Map(ranked.map((s) => [s.id, s]));
  return {
    ...result,
    parsed: { ...result.parsed, schools: result.parsed.schools.map((s) => byId.get(s.id) ?? s) },
    dataset: {
      ...result.dataset,
      ranking: { ...result.dataset.ranking, schools: ranked },
    },
  };
};
