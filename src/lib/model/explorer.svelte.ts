// One explorer: a ranking table and a view state → everything the views show, each a named stage
// computed once per change of its inputs ($derived), in order: the dataset, the search index and
// families, the schools the filter keeps and their distribution, the picks, the words drawn into
// downloads. App and Embed read it and lay out; nothing derives these again. `load` replaces the
// table at run time and every view follows. Reads no window or document: it renders on a server.
import { createContext } from 'svelte';
import { buildDataset, type Dataset } from '../dataset';
import { filterIndex, filterSchools, type FilterIndex } from '../analysis/filter';
import { describe } from '../analysis/distribution';
import { closeMatches, fuzzyIndex, type CloseMatch, type FuzzyIndex } from '../analysis/fuzzy';
import { queryWords } from '../analysis/search';
import type { Distribution, RankedSchool } from '../analysis/types';
import { familyOf, parseFamilies } from '../data/families';
import {
  familyCounts,
  familyLabels,
  familyOptions,
  idSet,
  indexById,
  knownOf,
  type FamilyOption,
} from './stages';
import { currentNameOf, parseCurrentNames, renamings, type CurrentName } from '../data/names';
import { factsOf, readProfiles, type SchoolFacts } from '../context/profiles';
import { belowThresholds } from '../context/rules';
import { describeFilter } from '../export/filter-words';
import { chartLegend, pickedMarks } from '../export/legends';
import { i18nFor } from '../i18n/catalogues';
import type { I18n } from '../i18n/context';
import { ViewState } from '../state/view.svelte';
import { fromSearch, linkTo, toSearch, withoutEmbed, type Known } from '../state/url';

/** What an explorer is made from: a table's text, and the reference files that go with it. */
export interface ExplorerInput {
  /** Text of the ranking table (the bundled seed, or a person's own file). */
  text: string;
  /** Where the text comes from (a file name), shown on the methodology page. */
  source?: string;
  /** CSV mapping school names to families (data/familles.csv); empty for none. */
  familiesCsv?: string;
  /** CSV of the schools renamed since the ranking (data/noms-actuels.csv); empty for none. */
  namesCsv?: string;
  /** Facts schools publish about themselves, with sources (data/profils.json, parsed). */
  profiles?: unknown;
  /** The page's query string, restored into the view (`location.search`); '' on a server. */
  search?: string;
  /** The page's address, for links to a view (`location.href`); '' on a server. */
  href?: string;
}

/** How many close names « did you mean » lists at most. */
export const CLOSE_MAX = 5;

export class Explorer {
  /** What the person chose; a link restores it (set from the page's query string below). */
  readonly view = new ViewState();
  /** Messages and formats of the view's language. */
  readonly i18n: I18n = i18nFor(() => this.view.lang);
  /** The page's address without its query (links to a view are made from it). */
  readonly base: string;

  // The table shown: replaced whole by `load`.
  #table = $state.raw<{ text: string; source: string }>({ text: '', source: '' });
  // Reference files: they map school names, so they apply to any table.
  readonly #families;
  readonly #names;
  readonly #profiles;

  constructor(input: ExplorerInput) {
    this.#table = { text: input.text, source: input.source ?? '' };
    this.#families = parseFamilies(input.familiesCsv ?? '');
    this.#names = parseCurrentNames(input.namesCsv ?? '');
    this.#profiles = readProfiles(input.profiles ?? null);
    this.base = (input.href ?? '').split(/[?#]/)[0] ?? '';
    this.view.apply(fromSearch(input.search ?? '', this.known));
  }

  /** Replaces the table; the view keeps what still applies (picks of schools the new table lacks
   *  are dropped). Returns the new dataset. */
  load(text: string, source: string): Dataset {
    this.#table = { text, source };
    this.view.apply(fromSearch(toSearch(this.view.params), this.known));
    return this.dataset;
  }

  /** The table's text and where it comes from. */
  get text(): string {
    return this.#table.text;
  }
  get source(): string {
    return this.#table.source;
  }

  // 1. text → ranked dataset (schools, ties, distribution, problems), once per table.
  readonly dataset: Dataset = $derived(buildDataset(this.#table.text));
  readonly all: readonly RankedSchool[] = $derived(this.dataset.ranking.schools);
  readonly #byId = $derived(indexById(this.all));
  /** The whole ranking's distribution; null when no school could be read. */
  readonly whole: Distribution | null = $derived(this.dataset.distribution);
  /** Top of every months axis: the whole table's maximum, so scales hold still under a filter. */
  readonly maxMonths: number = $derived(this.whole?.max ?? 12);
  /** What a link may name: the table's school ids and the known families. */
  get known(): Known {
    return knownOf(this.#byId.keys());
  }

  /** A school of the table by its id. */
  school(id: string | null): RankedSchool | undefined {
    return id === null ? undefined : this.#byId.get(id);
  }

  // 2. schools + reference files → search keys (printed and current names) and families.
  readonly index: FilterIndex = $derived(
    filterIndex(
      this.all,
      (s) => familyOf(this.#families.byName, s.name),
      (s) => {
        const renamed = this.currentName(s);
        return renamed ? [renamed.current] : [];
      },
    ),
  );
  /** The name a school has today, when it changed since the ranking. */
  currentName(s: RankedSchool): CurrentName | undefined {
    return currentNameOf(this.#names.byName, s.name);
  }
  /** The ranking's schools renamed since, by today's name: facts the method page and rules word. */
  readonly renamed = $derived.by(() =>
    renamings(
      this.all.map((s) => s.name),
      this.#names.byName,
    ),
  );
  /** Two former names, as examples of names that changed (the rules panel). */
  readonly formerNames: string[] = $derived(this.renamed.flatMap((r) => r.former).slice(0, 2));
  /** The facts a school publishes about itself, with their sources. */
  facts(s: RankedSchool): SchoolFacts | undefined {
    return factsOf(this.#profiles, s.name);
  }
  get profileSources() {
    return this.#profiles.sources;
  }
  readonly #familyCounts = $derived(familyCounts(this.all, (s) => this.index.family(s)));
  readonly #familyLabels = $derived(familyLabels(this.view.lang));
  /** The families the filter offers (none when fewer than two have schools). */
  readonly familyOptions: FamilyOption[] = $derived(
    familyOptions(this.#familyCounts, this.view.lang),
  );
  /** A school's family, in the page's language ('' for none). */
  familyLabel = (s: RankedSchool): string => this.#familyLabels.get(this.index.family(s)) ?? '';

  // 3. view state → the schools every view shows, in ranked order, and their distribution.
  readonly schools: readonly RankedSchool[] = $derived(
    filterSchools(this.all, this.view.filter, this.index),
  );
  /** Null when the filter keeps no school. */
  readonly distribution: Distribution | null = $derived(
    describe(this.schools.map((s) => s.months)),
  );
  readonly visibleIds: ReadonlySet<string> = $derived(idSet(this.schools));
  /** The picked schools, in the order picked. */
  readonly picked: readonly RankedSchool[] = $derived(
    this.view.picks.flatMap((id) => this.#byId.get(id) ?? []),
  );
  readonly tiedName: string | null = $derived(this.school(this.view.tiedWith)?.name ?? null);
  /** The school whose profile is open. */
  readonly profileSchool: RankedSchool | undefined = $derived(this.school(this.view.school));
  /** The months of the school hovered in any view, when the filter shows it (the lit bar). */
  readonly hoveredMonths: number | null = $derived.by(() => {
    const id = this.view.hovered;
    return id !== null && this.visibleIds.has(id) ? (this.school(id)?.months ?? null) : null;
  });
  // 3b. a search that finds nothing → the schools whose names come close (typos forgiven), best
  // first, among those the rest of the filter keeps; the words of the dataset listed once, on the
  // first search that finds nothing (a $derived is lazy), not per keystroke.
  readonly #fuzzy: FuzzyIndex = $derived(fuzzyIndex(this.index.keys));
  /** Empty unless a search is typed and no school matches it exactly. */
  readonly closeMatches: readonly CloseMatch<RankedSchool>[] = $derived.by(() => {
    const filter = this.view.filter;
    if (this.schools.length > 0 || queryWords(filter.query).length === 0) return [];
    const rest = filterSchools(this.all, { ...filter, query: '' }, this.index);
    return closeMatches(rest, this.#fuzzy, filter.query, CLOSE_MAX);
  });
  /** The search corrected after the best close name ("Did you mean …?"); null for none. */
  readonly meant: string | null = $derived(this.closeMatches[0]?.meant ?? null);
  /** CTI thresholds → how many of the schools shown fall below each. */
  readonly below = $derived(belowThresholds(this.schools));

  // 4. view state → the filter in words, the subtitle and legends drawn into downloaded images.
  readonly filterWords: string = $derived(
    describeFilter(this.view.filter, this.i18n.t, this.i18n.f, {
      family: (id) => this.#familyLabels.get(id) ?? id,
      school: (id) => this.school(id)?.name,
    }),
  );
  readonly subtitle: string = $derived.by(() => {
    const { t, f } = this.i18n;
    return t.download.subtitle(
      this.filterWords,
      t.filters.count(f.count(this.schools.length), f.count(this.all.length)),
    );
  });
  readonly legends = $derived.by(() => {
    const t = this.i18n.t;
    const picks = this.view.picks;
    return {
      ranking: chartLegend('ranking', t, pickedMarks(picks, this.schools), false),
      histogram: chartLegend('histogram', t, [], false),
      strip: chartLegend(
        'strip',
        t,
        pickedMarks(picks, this.all),
        this.schools.length < this.all.length,
      ),
    };
  });

  /** The address of the current view in the whole app (no embed parameters). */
  get fullLink(): string {
    return linkTo(this.base, withoutEmbed(this.view.params));
  }
}

/** Builds an explorer from its inputs (the entry point, tests and benches call this). */
export const createExplorer = (input: ExplorerInput): Explorer => new Explorer(input);

export const [getExplorer, setExplorer] = createContext<Explorer>();
