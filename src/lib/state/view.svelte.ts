// What a person chose (search, range, families, tie, picks, sort) → shared, reactive view state,
// one per app instance, readable and writable as URL parameters.
import { createContext } from 'svelte';
import { nextSort, type Sort, type SortKey } from '../analysis/sort';
import type { Filter } from '../analysis/filter';
import {
  defaultParams,
  linkTo,
  MAX_PICKS,
  type EmbedKind,
  type Lang,
  type Page,
  type Theme,
  type ViewParams,
} from './url';

/** View state of one explorer. Handed down by context so that two embeds never share it. */
export class ViewState {
  query = $state('');
  range = $state<readonly [number, number] | null>(null);
  families = $state<readonly string[]>([]);
  tiedWith = $state<string | null>(null);
  picks = $state<readonly string[]>([]);
  sort = $state<Sort>(defaultParams.sort);
  lang = $state<Lang>('fr');
  page = $state<Page>('explorer');
  /** Id of the link that opened the methodology, where focus returns (not in the URL). */
  opener: string | null = null;
  /** The one view an embed shows (null: the whole app), its id on the host page, the theme. */
  embed = $state<EmbedKind | null>(null);
  embedId = $state<string | null>(null);
  theme = $state<Theme>('auto');
  /** CTI reference lines on the charts. */
  cti = $state(true);
  /** The school whose profile is open. */
  school = $state<string | null>(null);
  /** The school under the pointer or focus, anywhere (not in the URL). */
  hovered = $state<string | null>(null);

  constructor(initial: Partial<ViewParams> = {}) {
    this.apply({ ...defaultParams, ...initial });
  }

  /** The filter every view applies. */
  get filter(): Filter {
    return {
      query: this.query,
      range: this.range,
      families: this.families,
      tiedWith: this.tiedWith,
    };
  }

  /** Everything a link restores. */
  get params(): ViewParams {
    return {
      ...this.filter,
      picks: this.picks,
      sort: this.sort,
      lang: this.lang,
      page: this.page,
      embed: this.embed,
      embedId: this.embedId,
      theme: this.theme,
      cti: this.cti,
      school: this.school,
    };
  }

  /** The address of this view on the page at `href`: the one the URL shows once it is written (the
   *  write waits a moment, see sync.svelte.ts), so a link copied at once is already this view's. */
  link(href: string): string {
    return linkTo(href, this.params);
  }

  /** Restores a view from parameters (a link, or back/forward). */
  apply(p: ViewParams): void {
    this.query = p.query;
    this.range = p.range;
    this.families = p.families;
    this.tiedWith = p.tiedWith;
    this.picks = p.picks.slice(0, MAX_PICKS);
    this.sort = p.sort;
    this.lang = p.lang;
    this.page = p.page;
    this.embed = p.embed;
    this.embedId = p.embedId;
    this.theme = p.theme;
    this.cti = p.cti;
    this.school = p.school;
  }

  /** The school under the pointer or the focus in any view (transient: never in the URL). */
  hover(id: string | null): void {
    this.hovered = id;
  }

  /** The search text typed. */
  search(query: string): void {
    this.query = query;
  }

  /** The months range, both ends included (an open end is ±Infinity); null or (−∞, ∞) for none. */
  setRange(range: readonly [number, number] | null): void {
    this.range = range && (range[0] > -Infinity || range[1] < Infinity) ? range : null;
  }

  /** Shows only the schools tied with this one; null shows them all again. */
  showTie(id: string | null): void {
    this.tiedWith = id;
  }

  /** The table's order, chosen from a list. */
  setSort(sort: Sort): void {
    this.sort = sort;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
  }

  /** Opens a page; `opener` is the id of the link that did, where focus returns (not in the URL). */
  openPage(page: Page, opener: string | null = null): void {
    if (page === 'method' && opener !== null) this.opener = opener;
    this.page = page;
  }

  /** Opens a school's profile; null closes it. */
  openSchool(id: string | null): void {
    this.school = id;
  }

  /** Shows or hides the CTI reference lines. */
  showCti(on: boolean): void {
    this.cti = on;
  }

  /** A click on a column header: same column flips direction, another starts at its default. */
  sortBy(key: SortKey): void {
    this.sort = nextSort(this.sort, key);
  }

  toggleFamily(id: string): void {
    this.families = this.families.includes(id)
      ? this.families.filter((f) => f !== id)
      : [...this.families, id];
  }

  /** Picks a school for comparison, or drops it; true when it is picked afterwards. */
  togglePick(id: string): boolean {
    if (this.picks.includes(id)) {
      this.picks = this.picks.filter((p) => p !== id);
      return false;
    }
    if (this.picks.length >= MAX_PICKS) return false;
    this.picks = [...this.picks, id];
    return true;
  }

  /** Clears search, range, families and tie (picks and sort stay). */
  clearFilter(): void {
    this.query = '';
    this.range = null;
    this.families = [];
    this.tiedWith = null;
  }
}

export const [getView, setView] = createContext<ViewState>();
