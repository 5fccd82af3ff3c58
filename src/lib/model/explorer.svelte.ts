// One explorer: a ranking table and a view state → everything the views show, each a named stage
// computed once per change of its inputs ($derived), in order: the dataset, the search index and
// families, the schools the filter keeps and their distribution, the picks, the words drawn into
// downloads. App and Embed read it and lay out; nothing derives these again. `show` and `load`
// replace the table at run time and every view follows. Reads no window or document: it renders on
// a server. It takes a table already parsed and imports no parser: the bundled seed is parsed at
// build time, a person's file by `load` (the parser loaded then) or, later, in a worker.
import { createContext } from 'svelte';
import { emptyMeta } from '../data/meta';
import { datasetOf, type Dataset } from '../ranked';
import type { ParseResult } from '../data/types';
import { filterIndex, filterSchools, type FilterIndex } from '../analysis/filter';
import { describe, valuesOf } from '../analysis/distribution';
import type { CloseMatch } from '../analysis/fuzzy';
import { queryWords } from '../analysis/search';
import type { Distribution, RankedSchool } from '../analysis/types';
import type { FamilyId } from '../data/family-list';
import {
  familyCounts,
  familyLabels,
  familyOptions,
  foldOnce,
  idSet,
  schoolLookup,
  knownOf,
  renamingsOf,
  type FamilyOption,
} from './stages';
import type { CurrentName, NameNote } from '../data/current-names';
import type { ProfileData, SchoolFacts } from '../context/profiles';
import type { Place } from '../data/regions';
import type { MapOutline } from '../charts/map-layout';
import { lazy, type Lazy } from '../lazy';
import { belowThresholds } from '../context/rules';
import { ctiThresholds } from '../context/thresholds';
import { describeFilter, filterParts, type FilterNames } from '../export/filter-words';
import { chartLegend, pickedMarks } from '../export/legends';
import { i18nFor } from '../i18n/catalogues';
import type { I18n } from '../i18n/context';
import { loadLaterWords } from '../i18n/load';
import { ViewState } from '../state/view.svelte';
import { PUBLISHED_MEASURE, type Measure } from '../load/types';
import type { Membership } from '../state/schema';
import { fromSearch, linkTo, toSearch, withoutEmbed, type Known } from '../state/url';

/** A ranking table as an explorer takes it: already parsed, with its text and where it comes from. */
export interface TableInput {
  /** What parseTable reads in the text (for the bundled seed, at build time). */
  parsed: ParseResult;
  /** The text (the methodology page shows it, with its SHA-256), or a loader of it, run when
   *  first needed (`loadText`). */
  text: string | (() => Promise<string>);
  /** Where the text comes from (a file name), shown on the methodology page. */
  source: string;
  /** What the value measures; the published ranking's (months, more ranks first) by default. */
  measure?: Measure;
  /** A table the reader brought (a file, a paste, `?data=`): links and embeds say so. */
  own?: boolean;
  /** Its dataset, when ranked already (by the worker that read it); else ranked here. */
  dataset?: Dataset;
  /** The SHA-256 of its text, in hex, when known already (the bundled table's, from the build);
   *  else worked out from the text (embed/version.ts: links carry it). */
  sha256?: string;
}

/** What an explorer is made from: a parsed table, and the reference files that go with it. */
export interface ExplorerInput {
  /** The ranking table (the bundled seed, or a person's own file). */
  table: TableInput;
  /** Each school's family by folded name (parseFamilies of data/familles.csv); none by default. */
  families?: ReadonlyMap<string, FamilyId>;
  /** Today's name of each renamed school by folded name (parseCurrentNames of
   *  data/noms-actuels.csv); none by default. */
  names?: ReadonlyMap<string, CurrentName>;
  /** Loads the facts schools publish about themselves (data/profils.json, parsed), the first time
   *  a profile opens (`loadProfiles`); none by default. */
  profiles?: () => Promise<unknown>;
  /** Loads the notes on how each renamed school's name changed ([folded name, note] pairs), with
   *  the profiles (`loadProfiles`); where `names` carry their own notes, none is needed. */
  notes?: () => Promise<readonly (readonly [string, NameNote])[]>;
  /** Loads each school's place by id (data/lieux.csv, read at build time), the first time the map,
   *  the region filter or a profile needs it (`loadPlaces`); none by default, and none for a
   *  reader's own table, whose places are not known. */
  places?: () => Promise<readonly (readonly [string, Place])[]>;
  /** Loads the regions' outline the map draws (data/regions-metropole.json, projected at build
   *  time: map-outline.ts), with the map; none by default (the map then says it has no outline). */
  outline?: () => Promise<MapOutline>;
  /** The page's query string, restored into the view (`location.search`); '' on a server. */
  search?: string;
  /** The page's address, for links to a view (`location.href`); '' on a server. */
  href?: string;
}

/** The table shown: the input's, less its text (which may load later). */
type Shown = Omit<TableInput, 'text'>;

/** The table until the constructor sets it (the stages, being lazy, never see it). */
const NO_TABLE: Shown = {
  parsed: {
    schools: [],
    problems: [],
    meta: { ...emptyMeta(), delimiter: ',' },
  } satisfies ParseResult,
  source: '',
};

/** The part of a table input the explorer holds as shown (its text apart). */
const shown = ({ parsed, source, measure, own, dataset }: TableInput): Shown => ({
  parsed,
  source,
  measure,
  own,
  dataset,
});

/** No reference file: no school has a family (all `autre`) or a new name. */
const NONE: ReadonlyMap<string, never> = new Map<string, never>();

/** The schools' own facts once read: the sources' titles, and a school's facts by its name. */
interface Profiles {
  sources: ProfileData['sources'];
  of: (name: string) => SchoolFacts | undefined;
  /** The notes on renamed schools' names, by folded name. */
  notes: ReadonlyMap<string, NameNote>;
}

/** Every school of the table passes (asked of the table's schools only). */
const EVERY_SCHOOL: Membership = { has: () => true };

/** How many close names « did you mean » lists at most. */
export const CLOSE_MAX = 5;

export class Explorer {
  /** What the person chose; a link restores it (set from the page's query string below). */
  readonly view = new ViewState();
  /** Messages and formats of the view's language. */
  readonly i18n: I18n = i18nFor(
    () => this.view.lang,
    () => ({ measure: this.measure, own: this.own, name: this.source }),
  );
  /** The page's address without its query (links to a view are made from it). */
  readonly base: string;

  // The table shown, replaced whole by `show`; its text apart, as it may load later.
  #table = $state.raw<Shown>(NO_TABLE);
  #text = $state.raw<TableInput['text']>('');
  // Reference files: they map school names, so they apply to any table.
  readonly #families: ReadonlyMap<string, FamilyId>;
  readonly #names: ReadonlyMap<string, CurrentName>;
  /** Length and end letters of each folded name in #names (see `sketch`): only a name that shares
   *  them is looked up, where hashing each of a reader's 100,000 names took a task of 50 ms. */
  readonly #sketches: ReadonlySet<number>;
  // The schools' own facts: the file and its reader (context/profiles.ts) loaded on the first
  // `loadProfiles`, neither at start (a failed load is tried again).
  readonly #readProfiles;
  #profiles = $state.raw<Profiles | null>(null);
  // Each school's place by id: loaded on the first `loadPlaces` (never at start).
  #places = $state.raw<ReadonlyMap<string, Place>>(NONE);
  /** Loads the places (the map, the region filter, a profile, or a link with a region, call it). */
  readonly loadPlaces;

  /** The SHA-256 of the table's text, in hex: null until known (`#fingerprint`). */
  #sha256 = $state<string | null>(null);
  get sha256(): string | null {
    return this.#sha256;
  }
  /** The page's query string as it was opened (`v=`, the data's version a link was made over, is
   *  read from it where the page says so: embed/version.ts). */
  readonly search: string;

  /** Takes the table's SHA-256 from its input (the build's for the bundled table, the loading
   *  worker's for a reader's), or works it out from its text, a moment later. */
  #fingerprint(table: TableInput): void {
    this.#sha256 = table.sha256 ?? null;
    const text = table.text;
    if (table.sha256 !== undefined || typeof text !== 'string') return;
    void import('../data/digest').then(async ({ digestHex }) => {
      const sha = await digestHex(text);
      // Unless another table came meanwhile.
      if (this.#text === text) this.#sha256 = sha;
    });
  }

  /** Loads the regions' outline (null for none). */
  readonly loadOutline: Lazy<MapOutline | null>;

  constructor(input: ExplorerInput) {
    const { places, outline } = input;
    this.loadOutline = lazy(async () => (outline ? outline() : null));
    this.loadPlaces = lazy(async () => {
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read-only, replaced whole
      this.#places = new Map(await places?.());
    });
    this.#table = shown(input.table);
    this.#text = input.table.text;
    this.#fingerprint(input.table);
    this.search = input.search ?? '';
    this.#families = input.families ?? NONE;
    this.#names = input.names ?? NONE;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read-only, made once
    this.#sketches = new Set(Array.from(this.#names.keys(), sketch));
    const { profiles, notes } = input;
    this.#readProfiles = lazy(async (): Promise<Profiles> => {
      const [{ factsOf, readProfiles }, json, pairs] = await Promise.all([
        import('../context/profiles'),
        profiles ? profiles() : null,
        notes ? notes() : [],
      ]);
      const data = readProfiles(json);
      // A lookup read once loaded, never changed: nothing for Svelte to track.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read-only, replaced whole
      const byName: ReadonlyMap<string, NameNote> = new Map(pairs);
      return { sources: data.sources, of: (name) => factsOf(data, name), notes: byName };
    });
    this.base = (input.href ?? '').split(/[?#]/)[0] ?? '';
    this.view.apply(fromSearch(input.search ?? '', this.known));
  }

  /** Replaces the table with one already parsed (as a worker would give it); the view keeps what
   *  still applies (picks of schools the new table lacks are dropped). Returns the new dataset. */
  show(table: TableInput): Dataset {
    this.#table = shown(table);
    this.#text = table.text;
    this.#fingerprint(table);
    this.view.apply(fromSearch(toSearch(this.view.params), this.known));
    return this.dataset;
  }

  /** Reads `text` with the parser, loaded on first use (the start bundle holds none), then shows
   *  it (`show`). */
  async load(text: string, source: string): Promise<Dataset> {
    const { parseTable } = await import('../data/parse');
    return this.show({ parsed: parseTable(text), text, source });
  }

  /** The table's text: '' until `loadText` has settled when it was given as a loader. */
  get text(): string {
    return typeof this.#text === 'string' ? this.#text : '';
  }
  /** Loads the table's text when it was given as a loader (the bundled seed's: only the
   *  methodology page shows it), then gives it; `text` holds it from then on. */
  async loadText(): Promise<string> {
    const text = this.#text;
    if (typeof text === 'string') return text;
    const loaded = await text();
    // Unless another table came meanwhile.
    if (this.#text === text) this.#text = loaded;
    return loaded;
  }
  /** Where the text comes from. */
  get source(): string {
    return this.#table.source;
  }

  /** What the value measures (label, unit, which end ranks first). */
  readonly measure: Measure = $derived(this.#table.measure ?? PUBLISHED_MEASURE);
  /** Whether the table is the reader's own (a file, a paste, `?data=`), not the published one. */
  readonly own: boolean = $derived(this.#table.own ?? false);

  // 1. parsed table → ranked dataset (schools, ties, distribution, problems), once per table
  // (ranked already when a worker read it).
  readonly dataset: Dataset = $derived(
    this.#table.dataset ?? datasetOf(this.#table.parsed, this.measure.direction),
  );
  readonly all: readonly RankedSchool[] = $derived(this.dataset.ranking.schools);
  readonly #byId = $derived(schoolLookup(this.all));
  /** The whole ranking's distribution; null when no school could be read. */
  readonly whole: Distribution | null = $derived(this.dataset.distribution);
  /** Top of every months axis: the whole table's maximum, so scales hold still under a filter. */
  readonly maxMonths: number = $derived(this.whole?.max ?? 12);
  /** What a link may name: the table's school ids and the known families. */
  get known(): Known {
    return knownOf({ has: (id) => this.school(id) !== undefined });
  }

  /** A school of the table by its id. */
  school(id: string | null): RankedSchool | undefined {
    return id === null ? undefined : this.#byId(id);
  }

  // 2. schools + reference files → search keys (printed and current names) and families, each
  // part built on first use (filterIndex), every name folded once (a school's folded name kept).
  readonly #fold = $derived(foldOnce(this.all));
  readonly index: FilterIndex = $derived({
    ...filterIndex(
      this.all,
      (s) => this.#families.get(this.#fold(s)) ?? 'autre',
      (s) => {
        const renamed = this.currentName(s);
        return renamed ? [renamed.current] : [];
      },
      this.#fold,
    ),
    region: (s) => this.place(s)?.region ?? '',
  });
  /** A school's place: undefined until `loadPlaces` has settled, and for a reader's own table
   *  (whose places are not known: no school of it passes a region). */
  place(s: RankedSchool): Place | undefined {
    return this.own ? undefined : this.#places.get(s.id);
  }
  /** The name a school has today, when it changed since the ranking. */
  currentName(s: RankedSchool): CurrentName | undefined {
    if (this.#names.size === 0) return undefined;
    const key = this.#fold(s);
    return this.#sketches.has(sketch(key)) ? this.#names.get(key) : undefined;
  }
  /** Today's name of a renamed school with the note on how it changed (the notes come with the
   *  profiles: `loadProfiles`). */
  renaming(s: RankedSchool): CurrentName | undefined {
    const renamed = this.currentName(s);
    const note = renamed && this.#profiles?.notes.get(this.#fold(s));
    return renamed && note ? { ...renamed, note } : renamed;
  }
  /** The ranking's schools renamed since, by today's name: facts the method page and rules word. */
  readonly renamed = $derived.by(() => renamingsOf(this.all, (s) => this.currentName(s)));
  /** Two former names, as examples of names that changed (the rules panel). */
  readonly formerNames: string[] = $derived(this.renamed.flatMap((r) => r.former).slice(0, 2));
  /** Reads the schools' own facts, loading them the first time (App awaits this before it shows a
   *  profile); `facts` and `profileSources` answer from then on. */
  async loadProfiles(): Promise<void> {
    const [profiles] = await Promise.all([this.#readProfiles(), this.loadPlaces()]);
    this.#profiles = profiles;
  }
  /** The facts a school publishes about itself, with their sources (none before `loadProfiles`). */
  facts(s: RankedSchool): SchoolFacts | undefined {
    return this.#profiles?.of(s.name);
  }
  /** The title of each source of the facts, by file name. */
  get profileSources(): ProfileData['sources'] {
    return this.#profiles?.sources ?? {};
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
  // A link that names a region loads the places (until then, no school has one).
  readonly schools: readonly RankedSchool[] = $derived.by(() => {
    if (this.view.regions.length > 0) void this.loadPlaces();
    return filterSchools(this.all, this.view.filter, this.index);
  });
  /** Null when the filter keeps no school; the whole table's when it keeps every one (described
   *  once: 30 ms again at 100,000 schools, in the task that shows a dropped table). */
  readonly distribution: Distribution | null = $derived(
    this.schools.length === this.all.length ? this.whole : describe(valuesOf(this.schools)),
  );
  /** Whether a school of the table passes the filter. When the filter keeps every school, all of
   *  them do: no set of (up to 100,000) ids is made for it. */
  readonly visibleIds: Membership = $derived(
    this.schools.length === this.all.length ? EVERY_SCHOOL : idSet(this.schools),
  );
  /** The picked schools, in the order picked. */
  readonly picked: readonly RankedSchool[] = $derived(
    this.view.picks.flatMap((id) => this.#byId(id) ?? []),
  );
  readonly tiedName: string | null = $derived(this.school(this.view.tiedWith)?.name ?? null);
  /** The school whose profile is open. */
  readonly profileSchool: RankedSchool | undefined = $derived(this.school(this.view.school));
  /** The months of the school hovered in any view, when the filter shows it (the lit bar). */
  readonly hoveredMonths: number | null = $derived.by(() => {
    const id = this.view.hovered;
    return id !== null && this.visibleIds.has(id) ? (this.school(id)?.months ?? null) : null;
  });
  // (3a. + picks + the reader's shortlist → the schools the views draw, the filtered ones and the
  // picked and shortlisted ones the filter leaves out, marked: later/pinned.svelte.ts, loaded with
  // the parts that draw them, not at start.)
  // 3b. a search that finds nothing → the schools whose names come close (typos forgiven), best
  // first, among those the rest of the filter keeps; the words of the dataset listed once, on the
  // first search that finds nothing (a $derived is lazy), not per keystroke, in slices (a table
  // of 100,000: null until built, later/fuzzy.svelte.ts). The matching itself (analysis/fuzzy.ts)
  // loads then too, with the later words that name what it finds (i18n `notFound`): the first
  // screen's script and words do without them.
  #fuzzy = $state.raw<typeof import('../later/fuzzy.svelte') | null>(null);
  readonly #loadFuzzy = lazy(() =>
    Promise.all([import('../later/fuzzy.svelte'), loadLaterWords()]).then(([module]) => {
      this.#fuzzy = module;
    }),
  );
  /** Loads the typo-tolerant matching now; the first search that finds nothing loads it too, and
   *  `closeMatches` is empty until it has. */
  async loadFuzzy(): Promise<void> {
    await this.#loadFuzzy();
  }
  readonly #fuzzyIndex = $derived(this.#fuzzy?.fuzzyIndex(this.index.keys) ?? null);
  /** Empty unless a search is typed and no school matches it exactly (and until the matching has
   *  loaded: `loadFuzzy`): the names that come close to every word typed, or else to some of them
   *  (`partial`: « chimie paris »). */
  readonly closeMatches: readonly CloseMatch<RankedSchool>[] = $derived.by(() => {
    const filter = this.view.filter;
    if (this.schools.length > 0 || queryWords(filter.query).length === 0) return [];
    const fuzzy = this.#fuzzy;
    const index = this.#fuzzyIndex;
    if (fuzzy === null || index === null) {
      // Its state is set when the module has loaded (or the index built), after this: the
      // derived runs again then.
      void this.#loadFuzzy();
      return [];
    }
    const rest = filterSchools(this.all, { ...filter, query: '' }, this.index);
    const close = fuzzy.closeMatches(rest, index, filter.query, CLOSE_MAX);
    return close.length > 0 ? close : fuzzy.partialMatches(rest, index, filter.query, CLOSE_MAX);
  });
  /** The search corrected after the best close name ("Did you mean …?"); null for none. */
  readonly meant: string | null = $derived(this.closeMatches[0]?.meant ?? null);
  /** CTI thresholds → how many of the schools shown fall below each (none unless the value is a
   *  duration). */
  readonly below = $derived(belowThresholds(this.schools, ctiThresholds(this.measure)));

  // 4. view state → the filter in words, the subtitle and legends drawn into downloaded images.
  readonly #filterNames: FilterNames = {
    family: (id) => this.#familyLabels.get(id) ?? id,
    school: (id) => this.school(id)?.name,
    region: (code) => [...this.#places.values()].find((p) => p.region === code)?.regionName ?? code,
  };
  readonly filterWords: string = $derived(
    describeFilter(this.view.filter, this.i18n.t, this.i18n.f, this.#filterNames),
  );
  /** What the filters' folded panel holds, in words ("au moins 11 mois ; famille Mines"): the
   *  range, families and regions, not the search (in its box) nor the tie (said beside); '' for
   *  none. Later words: read once they are in. */
  readonly panelWords: string = $derived(
    this.i18n.t.download.filter.list(
      filterParts(
        { ...this.view.filter, query: '', tiedWith: null },
        this.i18n.t,
        this.i18n.f,
        this.#filterNames,
      ),
    ),
  );
  readonly subtitle: string = $derived.by(() => {
    const { t, f } = this.i18n;
    return t.download.subtitle(
      this.filterWords,
      t.filters.count(this.schools.length, this.all.length, f),
    );
  });
  readonly legends = $derived.by(() => {
    const t = this.i18n.t;
    const picks = this.view.picks;
    return {
      // Picks stay drawn whatever the filter (later/pinned.svelte.ts): each has its line.
      ranking: chartLegend('ranking', t, pickedMarks(picks, this.all), false),
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

/** A folded name's length and first and last codes, as one small number (no hashing of the text). */
const sketch = (key: string): number =>
  key.length * 0x10000 + ((key.charCodeAt(0) * 31 + key.charCodeAt(key.length - 1)) & 0xffff);

export const [getExplorer, setExplorer] = createContext<Explorer>();
