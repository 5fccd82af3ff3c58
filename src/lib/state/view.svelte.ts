// What a person chose (search, range, families, tie, picks, sort, language, page…) → shared,
// reactive view state, one per explorer, read through getters and changed through methods named for
// what the person did. The URL-backed fields come from the schema (schema.ts): one reactive cell
// each, so that a view reading the picks does not run again when the search changes. What is never
// in a link (the hovered school, the element focus returns to) lives apart, in `transient`.
import { createContext } from 'svelte';
import { nextSort, type Sort, type SortKey } from '../analysis/sort';
import type { Filter } from '../analysis/filter';
import { linkTo } from './url';
import {
  defaultParams,
  FIELD_KEYS,
  FILTER_KEYS,
  MAX_PICKS,
  MAX_QUERY,
  type FieldKey,
  type Lang,
  type Page,
  type ViewParams,
} from './schema';
import { Transient } from './transient.svelte';

/** One field's value, reactive; replaced whole, never mutated in place. */
class Cell<T> {
  value = $state.raw() as T;
  constructor(value: T) {
    this.value = value;
  }
}
type Cells = { [K in FieldKey]: Cell<ViewParams[K]> };

// Each field of the schema reads as a getter of the same name (view.query, view.picks…), defined
// once below from the schema rather than written out per field.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface ViewState extends Readonly<ViewParams> {}

/** View state of one explorer. Handed down by context so that two embeds never share it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ViewState {
  readonly #cells: Cells;
  /** The hovered school and the focus to give back: not in the URL. */
  readonly transient = new Transient();

  constructor(initial: Partial<ViewParams> = {}) {
    const start = { ...defaultParams, ...initial };
    this.#cells = Object.fromEntries(FIELD_KEYS.map((k) => [k, new Cell(start[k])])) as Cells;
    this.#set('picks', start.picks.slice(0, MAX_PICKS));
  }

  /** A field's value (what each getter reads). */
  get<K extends FieldKey>(key: K): ViewParams[K] {
    return this.#cells[key].value;
  }

  #set<K extends FieldKey>(key: K, value: ViewParams[K]): void {
    this.#cells[key].value = value;
  }

  /** The filter every view applies. */
  get filter(): Filter {
    return {
      query: this.query,
      range: this.range,
      families: this.families,
      tiedWith: this.tiedWith,
      regions: this.regions,
    };
  }

  /** Everything a link restores. */
  get params(): ViewParams {
    return Object.fromEntries(FIELD_KEYS.map((k) => [k, this.get(k)])) as ViewParams;
  }

  /** The school under the pointer or the focus in any view. */
  get hovered(): string | null {
    return this.transient.hovered;
  }

  /** The id of the link that opened the methodology, where focus returns; null for none. */
  get opener(): string | null {
    return this.transient.opener;
  }

  /** The address of this view on the page at `href`: the one the URL shows once it is written (the
   *  write waits a moment, see sync.svelte.ts), so a link copied at once is already this view's. */
  link(href: string): string {
    return linkTo(href, this.params);
  }

  /** Restores a view from parameters (a link, or back/forward). */
  apply(p: ViewParams): void {
    for (const k of FIELD_KEYS) this.#set(k, p[k]);
    this.#set('picks', p.picks.slice(0, MAX_PICKS));
  }

  /** The school under the pointer or the focus in any view (transient: never in the URL). */
  hover(id: string | null): void {
    this.transient.hovered = id;
  }

  /** The search text typed. */
  search(query: string): void {
    this.#set('query', query.slice(0, MAX_QUERY));
  }

  /**
   * The months range, both ends included (an open end is ±Infinity); null or (−∞, ∞) for none.
   * Its ends in order, as a link reads them (`min=11&max=3` is 3 to 11): a « de » typed past the
   * « à » gives the range between them, not an empty one that its own link would not restore.
   */
  setRange(range: readonly [number, number] | null): void {
    const ordered = range && ([Math.min(...range), Math.max(...range)] as const);
    this.#set(
      'range',
      ordered && (ordered[0] > -Infinity || ordered[1] < Infinity) ? ordered : null,
    );
  }

  toggleFamily(id: string): void {
    const families = this.families;
    this.#set(
      'families',
      families.includes(id) ? families.filter((f) => f !== id) : [...families, id],
    );
  }

  /** Shows only the schools tied with this one; null shows them all again. */
  showTie(id: string | null): void {
    this.#set('tiedWith', id);
  }

  /** Picks a school for comparison, or drops it; true when it is picked afterwards. */
  togglePick(id: string): boolean {
    const picks = this.picks;
    // An embed's schools are its author's, unless its link lets readers change them (edit=1).
    if (this.embed && !this.edit) return picks.includes(id);
    if (picks.includes(id)) {
      this.#set(
        'picks',
        picks.filter((p) => p !== id),
      );
      return false;
    }
    if (picks.length >= MAX_PICKS) return false;
    this.#set('picks', [...picks, id]);
    return true;
  }

  /** A click on a column header: same column flips direction, another starts at its default. */
  sortBy(key: SortKey): void {
    this.#set('sort', nextSort(this.sort, key));
  }

  /** The table's order, chosen from a list. */
  setSort(sort: Sort): void {
    this.#set('sort', sort);
  }

  setLang(lang: Lang): void {
    this.#set('lang', lang);
  }

  /** Opens a page; `opener` is the id of the link that did, where focus returns (not in the URL). */
  openPage(page: Page, opener: string | null = null): void {
    if (page === 'method' && opener !== null) this.transient.opener = opener;
    this.#set('page', page);
  }

  /** Opens a school's profile; null closes it. */
  openSchool(id: string | null): void {
    this.#set('school', id);
  }

  /** Shows or hides the CTI reference lines. */
  showCti(on: boolean): void {
    this.#set('cti', on);
  }

  /** Ticks or unticks a region (an INSEE code) of the region filter. */
  toggleRegion(code: string): void {
    const regions = this.regions;
    this.#set(
      'regions',
      regions.includes(code) ? regions.filter((r) => r !== code) : [...regions, code],
    );
  }

  /** The author's headline, note or schools put forward, as typed or chosen (the form holds them
   *  to what a link reads: cleanText, MAX_TITLE, MAX_NOTE, MAX_HIGHLIGHT in schema.ts). */
  annotate<K extends 'title' | 'note' | 'highlight'>(key: K, value: ViewParams[K]): void {
    this.#set(key, value);
  }

  /** Clears search, range, families, regions and tie (picks and sort stay). */
  clearFilter(): void {
    for (const k of FILTER_KEYS) this.#set(k, defaultParams[k]);
  }
}

for (const key of FIELD_KEYS) {
  Object.defineProperty(ViewState.prototype, key, {
    get(this: ViewState) {
      return this.get(key);
    },
  });
}

export const [getView, setView] = createContext<ViewState>();
