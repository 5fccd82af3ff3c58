// What a person chose (the table's sort, for now) → shared, reactive view state, one per app instance.
import { createContext } from 'svelte';
import { nextSort, type Sort, type SortKey } from '../analysis/sort';

/** View state of one explorer. Handed down by context so that two embeds never share it. */
export class ViewState {
  #sort = $state<Sort>({ key: 'rank', dir: 'asc' });

  constructor(initial?: Partial<{ sort: Sort }>) {
    if (initial?.sort) this.#sort = initial.sort;
  }

  get sort(): Sort {
    return this.#sort;
  }

  /** A click on a column header: same column flips direction, another starts at its default. */
  sortBy(key: SortKey): void {
    this.#sort = nextSort(this.#sort, key);
  }
}

export const [getView, setView] = createContext<ViewState>();
