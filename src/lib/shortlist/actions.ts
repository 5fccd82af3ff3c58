// What a person does with the shortlist that changes the view (its URL-backed fields), named for
// it: here rather than on ViewState, whose code loads with the first screen; these load with the
// shortlist's parts.
import { MAX_PICKS } from '../state/schema';
import type { ViewState } from '../state/view.svelte';

/** « Comparer ma sélection »: these schools in place of the picks, the first MAX_PICKS of them. */
export function compareOnly(view: ViewState, ids: readonly string[]): void {
  view.apply({ ...view.params, picks: ids.slice(0, MAX_PICKS) });
}

/** The table keeps the shortlisted schools on top whatever its sort (`top=selection`), or not. */
export function keepListedOnTop(view: ViewState, on: boolean): void {
  view.apply({ ...view.params, top: on ? 'selection' : 'none' });
}
