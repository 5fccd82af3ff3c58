// A LoadResult as the page gets it from the worker (src/lib/load/transfer.ts).
import type { LoadResult } from '../../src/lib/load/types';

/** The result as the page gets it: each ranked school with its name folded, which for these
 *  plain names is the name in lower case. */
export const withKeys = (result: LoadResult): LoadResult => ({
  ...result,
  dataset: {
    ...result.dataset,
    ranking: {
      ...result.dataset.ranking,
      schools: result.dataset.ranking.schools.map((s) => ({ ...s, key: s.name.toLowerCase() })),
    },
  },
});
