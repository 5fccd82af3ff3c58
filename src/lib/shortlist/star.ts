// The star (components/Star.svelte) and the words it reads, loaded on first use: the results list
// under the search box is on the first screen, whose script does without the shortlist's code.
import { lazy } from '../lazy';
import { loadLaterWords } from '../i18n/load';

export const loadStar = lazy(() =>
  Promise.all([import('../components/Star.svelte'), loadLaterWords()]).then(([star]) => star),
);

/** The picked and shortlisted schools a search leaves out, under the results (with their words). */
export const loadAlso = lazy(() =>
  Promise.all([import('../components/AlsoListed.svelte'), loadLaterWords()]).then(([c]) => c),
);
