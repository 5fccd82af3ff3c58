// The shape of a message catalogue, feature by feature: every language's catalogue implements
// `Messages` (src/lib/i18n/<code>/) in two parts, the first screen's words (`FirstMessages`) and the
// rest (`LaterMessages`), so a missing or misshapen key is a type error there. Longer than most
// files: it is only declarations, one interface per feature, read side by side.
// No fact about one table is written in a catalogue: counts, names and figures come in as arguments.
import type { Problem, ProblemKind } from '../data/types';
import type { AtLeast, End, LargestTie, Shared, SpanEnds } from '../analysis/insights';
import type { RankedSchool } from '../analysis/types';
import type { Renaming } from '../data/names';
import type { Format } from './format';
import type { BibtexWords, CiteFacts } from '../export/cite';
import type { LoadMessages } from './load-messages';
import type { OwnMessages } from './own';
import type { SentenceMessages } from './sentence-messages';
import type { TiesMessages } from './ties-messages';
import type { CountsMessages } from './counts-messages';
import type { ReferenceMessages } from './reference-messages';
import type { Direction, Unit } from '../load/types';
import type { TableWords } from './measured';
import type { DataFileMessages } from './data-messages';

/** A language's words for numbers, from which its `Format` is built (see format.ts). */
export interface NumberWords {
  /** A number already formatted, and its value (for the plural) → "8,5 mois", "1 month". */
  months: (number: string, value: number) => string;
  /** The same for weeks → "3 semaines", "1 week". */
  weeks: (number: string, value: number) => string;
  /** A number already formatted, in percent → "45 %" (fr), "45%" (en). */
  percent: (number: string) => string;
  /** 1 → "1er", 34 → "34e" (fr); 1 → "1st", 34 → "34th" (en). */
  ordinal: (rank: number) => string;
  /** An ordinal and whether other schools share it → "34e ex æquo", "tied 34th". */
  rank: (ordinal: string, tied: boolean) => string;
}

/** The page's frame: its title, the number words, the language switch, the methodology link. */
export interface PageMessages {
  /** This catalogue's language code, as registered (registry.ts). */
  lang: string;
  title: string;
  /** Under the title: what is measured, and how many schools the table ranks. */
  subtitle: (schools: number, f: Format) => string;
  source: string;
  loading: string;
  numbers: NumberWords;
  language: {
    /** The group of buttons, one per language, when there are more than two. */
    choose: string;
    /** Another language's catalogue could not be loaded (offline): the page stays in this one. */
    failed: (name: string) => string;
  };
  /** The link to the methodology page, and what the page needs before its own words load. */
  method: {
    link: string;
    /** The tab's title on the methodology page. */
    docTitle: (title: string) => string;
    /** Its words could not be loaded (offline). */
    failed: string;
  };
  /** The share fold's summary, on the first screen (the panel's own words: `ShareMessages`). */
  share: {
    heading: string;
  };
}

/** The summary figures. */
export interface SummaryMessages {
  summary: {
    heading: string;
    schools: string;
    median: string;
    mean: string;
    range: string;
    rangeValue: (min: string, max: string) => string;
  };
}

/** The search box, the months range, the families and the tie filter, and the results under them. */
export interface FilterMessages {
  filters: {
    /** The folded panel of the range, families and tie: how many of them are set. */
    panel: (set: number) => string;
    heading: string;
    search: string;
    searchHint: string;
    range: string;
    from: string;
    to: string;
    families: string;
    tiedWith: (name: string) => string;
    clearTie: string;
    reset: string;
    /** "3 sur 144 écoles", "1 sur 1 école". */
    count: (shown: number, total: number, f: Format) => string;
  };
  /** The short list of schools under the search box. */
  results: {
    /** Its heading with nothing filtered: the first schools of the ranking. */
    top: string;
    /** Its heading when a filter is set. */
    matches: string;
    /** How many of how many the list shows (not live: the filters' count is). */
    first: (shown: string, of: string) => string;
    /** The link to the ranking chart and table. */
    all: string;
    /** Nothing matches: the search typed (may be empty), and whether other filters are set. */
    none: (query: string, narrowed: boolean) => string;
  };
}

/** Under the search box when it finds nothing: the names that come close, and the schools the
 *  other filters hide. Later words: the close names show only once the typo-tolerant matching has
 *  loaded, which waits for them (model/explorer); the button waits for them (Results.svelte). */
export interface NotFoundMessages {
  notFound: {
    /** The button that keeps the search and clears the other filters: how many schools it finds. */
    widen: (count: number, shown: string) => string;
    /** The corrected query. */
    didYouMean: (query: string) => string;
    /** The label of the list of close names under it. */
    heading: string;
    /** That list's label when its names come close to some of the words typed only. */
    partial: string;
  };
}

/** The ranking chart, the histogram and the dot plot. */
export interface ChartMessages {
  ranking: {
    heading: string;
    axis: string;
    tieLabel: (rank: number, size: string, months: string) => string;
    tieShort: (size: string) => string;
    keys: string;
    rowLabel: (name: string, months: string, rank: string) => string;
    tipSpan: (size: number, first: number, last: number) => string;
    /** How to pick (or drop) the row under the pointer, the finger or the keys. */
    tipPick: (how: 'mouse' | 'touch' | 'keys', picked: boolean) => string;
    alt: (n: number, top: string, bottom: string) => string;
  };
  histogram: {
    heading: string;
    axisX: string;
    axisY: string;
    binRule: string;
    brush: string;
    bar: (count: string, from: string, to: string) => string;
  };
  strip: {
    heading: string;
    alt: (n: number, median: string, q1: string, q3: string, mean: string) => string;
    median: string;
    mean: string;
    box: string;
    brush: string;
    clear: string;
    keys: string;
    picked: string;
  };
}

/** A column's two orders, as the phone's sort list names them. */
export interface Orders {
  asc: string;
  desc: string;
}

/** The sortable table. */
export interface TableMessages {
  table: {
    heading: string;
    caption: string;
    rank: string;
    school: string;
    months: string;
    family: string;
    percentile: string;
    compare: string;
    tie: string;
    sortBy: (column: string) => string;
    /** The phone's sort list, which stands for the headers of the columns a phone hides. */
    sort: string;
    /** One choice of that list: a column and an order, "Centile, décroissant". */
    sortChoice: (column: string, order: string) => string;
    /** Each column's two orders, as the list names them. */
    orders: { rank: Orders; name: Orders; months: Orders; family: Orders; percentile: Orders };
    /** Under a school's name on a phone, where the family and percentile columns are hidden:
     *  "Centrale, centile 95" (no family: "centile 95"), the number kept with its word. */
    details: (family: string, percentile: string) => string;
  };
}

/** The comparison panel and its pick list. */
export interface CompareMessages {
  compare: {
    heading: string;
    /** Nothing picked yet: how to pick (up to MAX_PICKS schools, state/url.ts). */
    empty: string;
    /** The panel with nothing picked and nowhere to pick from (an embedded comparison). */
    none: string;
    add: string;
    addHint: string;
    noMatch: string;
    /** A school of the pick list known today by another name. */
    nowCalled: (name: string) => string;
    added: (name: string, n: number, max: number) => string;
    /** The list is full (MAX_PICKS schools). */
    full: string;
    pick: (name: string) => string;
    remove: (name: string) => string;
    removeColumn: string;
    rank: string;
    tie: string;
    tieSpan: (size: number, first: number, last: number) => string;
    /** A value's label on a phone's comparison card. */
    cardLabel: (label: string) => string;
    more: (
      higher: string,
      diff: string,
      lower: string,
      rankHigher: string,
      rankLower: string,
    ) => string;
    same: (a: string, b: string, months: string, rank: string) => string;
  };
}

/** "Key points": sentences written from the schools shown. */
export interface InsightMessages {
  insights: {
    heading: string;
    methodLink: string;
    one: (s: RankedSchool, rankingSize: number, f: Format) => string;
    atLeast: (a: AtLeast, f: Format) => string;
    largestTie: (t: LargestTie, f: Format) => string;
    noTie: (total: number, f: Format) => string;
    tieSpan: (t: LargestTie, f: Format) => string;
    top: (e: End, size: number, f: Format) => string;
    bottom: (e: End, size: number, f: Format) => string;
    span: (s: SpanEnds, f: Format) => string;
    shared: (s: Shared, f: Format) => string;
  };
}

/**
 * The methodology page's own words: not part of `Messages`, since the first screen never shows
 * them. Each language's are a module of their own (<code>/method.ts), loaded with the page
 * (registry.ts `method`); its link and the tab's title are `PageMessages.method`.
 */
export interface MethodMessages {
  heading: string;
  back: string;
  intro: string;
  /** The page over a table the reader brought: what was read and how, in place of the published
   *  ranking's source, measure and caveats. */
  own: {
    intro: string;
    reading: string;
    /** The field separator, named: "tabulation", "point-virgule (;)". */
    delimiter: (d: '\t' | ';' | ',') => string;
    /** The header's cells, or none. */
    header: (cells: readonly string[] | null) => string;
    /** A column, by its header cell (undefined for none) or its number from 1. */
    column: (header: string | undefined, index: number) => string;
    /** The columns used, each as `column` words it. */
    columns: (name: string, value: string, rank: string | null) => string;
    /** The value's unit and which end ranks first. */
    measure: (name: string, unit: Unit, direction: Direction) => string;
    ranks: string;
  };
  source: {
    heading: string;
    titleLabel: string;
    valueLabel: string;
    unknown: string;
    file: string;
    sha: string;
    shaNote: string;
    schools: string;
    checked: (problems: number, f: Format) => string;
  };
  measure: {
    heading: string;
    what: string;
    notIntro: string;
    spread: (months: number, f: Format) => string;
    share: string;
    activity: string;
    cost: string;
    unknowns: string;
    rulesHeading: string;
    rules: string;
    apprentices: (nine: string, twelve: string) => string;
    minimum: string;
    conversion: (perMonth: string) => string;
    cite: string;
  };
  ties: {
    heading: string;
    intro: string;
    head: (months: readonly number[], f: Format) => string;
    forHead: (values: readonly number[], f: Format) => string;
    competition: string;
    competitionDef: string;
    dense: string;
    denseDef: string;
    fractional: string;
    fractionalDef: string;
    percentile: string;
    percentileDef: (n: number, f: Format) => string;
    exampleHeading: (size: number, months: number, f: Format) => string;
    exampleIntro: (first: number, last: number) => string;
    exCompetition: (rank: number, f: Format) => string;
    exDense: (dense: number, f: Format) => string;
    exFractional: (rank: number, first: number, last: number, f: Format) => string;
    exPercentile: (percentile: number, n: number, fractional: number, f: Format) => string;
    noTie: string;
  };
  quantiles: {
    heading: string;
    method: string;
    example: (n: number, f: Format) => string;
    quantile: (p: number, position: number, value: number, f: Format) => string;
    bins: string;
    topBin: (max: number, from: number, to: number, count: number, f: Format) => string;
    fraction: (months: number, from: number, to: number, f: Format) => string;
  };
  caveats: {
    heading: string;
    tie: (rank: number, size: number, first: number, last: number, f: Format) => string;
    oneMonth: (months: number, rank: number, more: number, less: number, f: Format) => string;
    closest: (
      higher: RankedSchool,
      lower: RankedSchool,
      gap: number,
      days: number,
      f: Format,
    ) => string;
    year: string;
    /** The schools of the table renamed or merged since, by the name they go by today. */
    names: (renamed: readonly Renaming[], f: Format) => string;
  };
}

/** Downloads, the share panel and the embeds. */
export interface ShareMessages {
  download: {
    chart: (title: string) => string;
    label: string;
    svg: string;
    png: string;
    table: string;
    csv: string;
    csvExcel: string;
    json: string;
    working: (file: string) => string;
    saved: (file: string) => string;
    failed: (file: string) => string;
    subtitle: (filter: string, count: string) => string;
    link: (url: string) => string;
    filter: {
      all: string;
      some: (parts: string[]) => string;
      /** The same parts, without the word « Filtre » (the filters' folded panel). */
      list: (parts: string[]) => string;
      query: (q: string) => string;
      between: (from: string, to: string) => string;
      atLeast: (months: string) => string;
      atMost: (months: string) => string;
      families: (labels: string[]) => string;
      tiedWith: (name: string) => string;
    };
    legend: {
      dot: string;
      band: string;
      bar: string;
      stripDot: string;
      stripOut: string;
      picked: (name: string) => string;
    };
    /** Words of the downloaded files' names (no spaces, no accents). */
    files: {
      base: string;
      ranking: string;
      histogram: string;
      strip: string;
      map: string;
      table: string;
      semicolon: string;
    };
    /** Column headers of the downloaded table, kept as written (scripts match them). */
    columns: {
      rank: string;
      name: string;
      months: string;
      tieSize: string;
      tieFirst: string;
      tieLast: string;
      denseRank: string;
      fractionalRank: string;
      percentile: string;
      family: string;
      position: string;
      id: string;
      /** Today's name of a school renamed since the ranking. */
      current: string;
    };
  };
  /** The panel (its heading is the first screen's: `PageMessages`). */
  share: {
    copyLink: string;
    linkCopied: string;
    linkField: string;
    manual: string;
    embedHeading: string;
    embedKind: string;
    kinds: {
      ranking: string;
      distribution: string;
      table: string;
      school: string;
      compare: string;
    };
    copyEmbed: string;
    embedCopied: string;
    embedField: string;
    embedHint: string;
    needsPick: string;
  };
  embed: {
    titles: {
      ranking: string;
      distribution: string;
      table: string;
      school: string;
      compare: string;
    };
    frameTitle: (title: string) => string;
    fullApp: string;
    newTab: string;
    noSchool: string;
    card: {
      months: string;
      rank: string;
      tie: string;
    };
  };
}

/** What the CTI rules say, and the thresholds drawn on the charts. */
export interface RulesMessages {
  rules: {
    heading: string;
    intro: string;
    compulsory: string;
    immersion: string;
    apprentices: (minimum: number, recommended: number) => string;
    recognition: string;
    gapYear: string;
    doubleDegree: string;
    soft: string;
    ask: string;
    average: string;
    /** When the rules date from, against the ranking's names of another time (a few examples). */
    dates: (former: readonly string[]) => string;
    source: (file: string) => string;
    more: string;
    toggle: string;
    conversion: (perMonth: string, a: string, am: string, b: string, bm: string) => string;
    below: (weeks: number, months: string, n: string, total: string) => string;
    line: (weeks: number, months: string) => string;
    alt: (a: string, b: string) => string;
  };
}

/** A school's profile. */
export interface ProfileMessages {
  /** A school known today by another name. */
  names: {
    now: (name: string) => string;
  };
  profile: {
    open: (name: string) => string;
    dialog: (name: string) => string;
    close: string;
    months: string;
    rank: string;
    family: string;
    above: string;
    below: string;
    more: (months: string, gap: string) => string;
    fewer: (months: string, gap: string) => string;
    tied: (others: number) => string;
    top: string;
    bottom: string;
    ctiHeading: string;
    belowMinimum: (months: string, weeks: number, approx: string) => string;
    belowRecommended: (months: string, weeks: number, approx: string) => string;
    meetsRecommended: (months: string, weeks: number, approx: string) => string;
    perStudent: string;
    sourcedHeading: string;
    gapAverage: (own: string, ranking: string, gap: string) => string;
    sameAverage: (own: string) => string;
    gapMinimum: (
      weeks: number,
      own: string,
      ranking: string,
      gap: string,
      above: boolean,
    ) => string;
    conversion: string;
    quote: string;
    source: (title: string, file: string) => string;
    dates: string;
  };
}

/** The problems found in the table: the panel, and the words for each kind. */
export interface ProblemMessages {
  problemsPanel: {
    /** The count as written in the language (« 2 500 »), and as a number for the plural. */
    heading: (count: string, n: number) => string;
    line: (line: number) => string;
    /** Between a problem's line and its words. */
    separator: string;
    /** The fold of the problems listed after the first ones: how many it holds. */
    next: (count: string, n: number) => string;
    more: (count: string, n: number) => string;
    none: string;
  };
  problems: Record<ProblemKind, (p: Problem) => string>;
}

/** A table's value as the words that name it are written for (i18n/measured.ts). */
export interface ValueWords {
  /** The value's name: the measure's label, else the unit's name (`MeasureMessages`). */
  name: string;
  unit: Unit;
  direction: Direction;
}

/** The catalogue's words that name or describe the value, rewritten for a table whose value is not
 *  the published ranking's months abroad (`measured` puts them over the catalogue's). */
export interface MeasuredWords {
  subtitle: PageMessages['subtitle'];
  filters: Pick<FilterMessages['filters'], 'range'>;
  ranking: Pick<ChartMessages['ranking'], 'axis'>;
  histogram: Pick<ChartMessages['histogram'], 'heading' | 'axisX' | 'binRule' | 'brush'>;
  strip: Pick<ChartMessages['strip'], 'brush' | 'keys'>;
  table: Pick<TableMessages['table'], 'months'> & {
    orders: Pick<TableMessages['table']['orders'], 'months'>;
  };
  compare: Pick<CompareMessages['compare'], 'more'>;
  insights: Pick<InsightMessages['insights'], 'one' | 'noTie'>;
  profile: Pick<ProfileMessages['profile'], 'months'>;
  download: {
    legend: Pick<ShareMessages['download']['legend'], 'dot' | 'band' | 'bar' | 'stripDot'>;
    columns: Pick<ShareMessages['download']['columns'], 'months'>;
  };
  embed: {
    titles: Pick<ShareMessages['embed']['titles'], 'ranking' | 'distribution'>;
    card: Pick<ShareMessages['embed']['card'], 'months'>;
  };
  counts: Pick<CountsMessages['counts'], 'of'>;
}

/** The words of a table the reader brought: the page's title, subtitle and source say so. */
export interface OwnWords {
  title: string;
  subtitle: PageMessages['subtitle'];
  source: string;
  download: { files: Pick<ShareMessages['download']['files'], 'base'> };
  embed: { frameTitle: ShareMessages['embed']['frameTitle'] };
  /** A copied sentence's source: the reader's table, never the published ranking. */
  sentence: Pick<SentenceMessages['sentence'], 'in' | 'source'>;
}

/** The value of a table other than the published ranking: its words (loaded with the later ones). */
export interface MeasureMessages {
  measure: {
    /** The value's name when the table's header gives none, by unit (months: the catalogue's
     *  "Mois à l’étranger", as the published table says). */
    names: Record<Unit, string>;
    /** The catalogue's words about the value, for a value that is not the published months. */
    value: (v: ValueWords) => MeasuredWords;
    /** The page's frame over a table the reader brought, read from the file `file`. */
    own: (file: string, v: ValueWords) => OwnWords;
    /** The catalogue `t` (this one) as it speaks of `table` (i18n/speak.ts): kept as written. */
    speak: (t: Messages, table: TableWords) => Messages;
  };
}

/** The views of a very long table (charts/, windowing/): what a download of one holds. */
export interface ScaleMessages {
  scale: {
    /** Over a long ranking: a download or a print holds its first rows ("100", "100 000"). */
    firstRows: (shown: string, total: string) => string;
  };
}

/** What a built page says of itself to link previews and search engines (export/social.ts). */
export interface SocialMessages {
  social: {
    /** Under the preview card's rows: the schools it leaves out ("134"), their count `n`. */
    more: (count: string, n: number) => string;
    /** The card image's alternative text, after the page's title. */
    imageAlt: (title: string) => string;
    /** Words a search engine may index the table under. */
    keywords: readonly string[];
  };
}

/** How to cite the data a page shows (export/cite.ts): the two citations and BibTeX's words. */
export interface CiteMessages {
  cite: {
    heading: string;
    /** What the version in a citation is. */
    intro: string;
    /** The citations, from the facts and the data's version (12 hex digits). */
    short: (facts: CiteFacts, version: string) => string;
    long: (facts: CiteFacts, version: string) => string;
    /** The BibTeX entry's note and language. */
    bibtex: (facts: CiteFacts, version: string) => BibtexWords;
    copyShort: string;
    copyLong: string;
    copyBibtex: string;
    /** Said once one is copied. */
    copied: string;
    /** Labels of each text's field. */
    shortLabel: string;
    longLabel: string;
    bibtexLabel: string;
  };
}

/** A link made over another version of the data than the one shown (embed/version.ts). */
export interface VersionMessages {
  version: {
    /** The note: the link's version and the page's, each the first digits of a SHA-256. */
    note: (asked: string, shown: string) => string;
  };
}

/** Where the schools are (data/lieux.csv): the map, its table, the region filter, the profile's
 *  place. Region names are proper nouns, written as INSEE does in every language. */
export interface PlacesMessages {
  places: {
    /** The map's section heading. */
    heading: string;
    /** Under the heading: what a dot is and where it stands (its region, not its city). */
    intro: string;
    /** The map's text alternative: schools on the map of those shown, in how many regions (`n`,
     *  written `regions`). */
    alt: (onMap: string, shown: string, n: number, regions: string) => string;
    /** The map's focusable layer: what the keys do. */
    keys: string;
    /** What a click does (on a dot, on a region). */
    howTo: string;
    /** Schools shown but not on the map: « lieu non vérifié » or in several regions. */
    offMap: (n: number, count: string) => string;
    /** The table of schools per region (the map's text alternative), and its columns. */
    table: string;
    region: string;
    schools: string;
    count: string;
    /** Its last row: the schools with no single region. */
    noRegion: string;
    /** The regions of the filter, in the words drawn into downloads (« régions Bretagne, Corse »). */
    inRegions: (names: string[]) => string;
    /** The region filter's legend, and what it leaves out. */
    filter: string;
    excluded: (count: string) => string;
    /** A reader's own table: its places are not known, so no map and no region filter. */
    ownTable: string;
    /** The profile's line: its label, a place nobody verified, and where a place comes from. */
    place: string;
    unverified: string;
    fromName: string;
    /** A page the place was read on, by its host name. */
    source: (host: string) => string;
    /** A picked school, read out on the map. */
    picked: string;
    /** The map's legend, drawn into downloads. */
    legendDot: string;
    legendRegion: string;
  };
}

/** The shortlist kept in this browser: its stars, its panel, the table's order (issue 14). */
export interface ShortlistMessages {
  shortlist: {
    heading: string;
    /** A star's name: add a school, or remove it. */
    add: (name: string) => string;
    remove: (name: string) => string;
    empty: string;
    /** How many schools, `shown` being `n` formatted. */
    count: (n: number, shown: string) => string;
    kept: string;
    notKept: string;
    /** Schools listed that the table shown lacks (one's own table). */
    elsewhere: (n: number) => string;
    clear: string;
    cleared: (n: number) => string;
    undo: string;
    compare: string;
    compared: (n: number) => string;
    /** More schools listed than the comparison takes. */
    firstOnly: (max: number, left: number) => string;
    download: string;
    print: string;
    /** The downloaded file's name, without extension. */
    file: string;
    onTop: string;
    /** A listed school, in the ranking's tooltip. */
    listed: string;
    /** The ranking's key for the shortlist. */
    key: (listed: boolean) => string;
  };
}

/** The bar of a school touched on the ranking chart or the map: its star and its profile (issue 14). */
export interface StarsMessages {
  stars: {
    /** The button that opens the school's profile (its name says which: profile.open). */
    profile: string;
  };
}

/** Picked and shortlisted schools the filter leaves out, kept in every view and marked (issue 14). */
export interface PinnedMessages {
  pinned: {
    /** The tag beside a kept school's name. */
    tag: string;
    /** What the dashed outline means (the charts' key). */
    key: string;
    /** A kept school, in a tooltip or read out. */
    tip: string;
    /** After a chart's text alternative: how many schools it draws outside the filter. */
    alt: (n: number, shown: string) => string;
    /** The results' group of chosen schools the search leaves out. */
    also: string;
  };
}

/** An author's annotation, set in the share panel: headline, note, highlighted schools (issue 15). */
export interface AnnotateMessages {
  annotate: {
    heading: string;
    intro: string;
    title: string;
    /** The headline's limit, in characters, and what it does. */
    titleHint: (max: number) => string;
    note: string;
    noteHint: (max: number) => string;
    /** Characters typed of the most allowed. */
    count: (n: number, max: number) => string;
    highlight: string;
    /** The highlight's limit, in schools, and how they show. */
    highlightHint: (max: number) => string;
    /** The box that adds a school to the highlighted ones, and what it says. */
    add: string;
    added: (name: string, n: number, max: number) => string;
    full: (max: number) => string;
    remove: (name: string) => string;
    none: string;
    clear: string;
    preview: string;
    /** The legend of the mark, on the ranking and in its downloads. */
    legend: string;
  };
}

/** The embed builder of the share panel and the comparison embed's chart (issue 15, part 5). */
export interface BuilderMessages {
  builder: {
    /** The search's heading for the one school of a card, and for the compared schools. */
    school: string;
    schools: (max: number) => string;
    remove: (name: string) => string;
    /** Said once a school is added to the builder's. */
    added: (name: string) => string;
    theme: string;
    themes: Record<'auto' | 'light' | 'dark', string>;
    filter: string;
    editable: string;
    editableHint: string;
    preview: string;
    /** The preview's host widths: in pixels, or the panel's whole width. */
    width: string;
    px: (px: number) => string;
    full: string;
    /** Said when the page has an author's title or note: the embed carries them. */
    annotated: string;
    previewTitle: (title: string) => string;
  };
  compareChart: {
    /** The chart's text alternative: the axis, and each school's mark. */
    alt: (axis: string, marks: string[]) => string;
  };
}

/** The ranking's image maker (components/ImageMaker.svelte, export/image.ts): sizes and schools. */
export interface ImageMessages {
  image: {
    /** The fold's summary, beside the chart's downloads. */
    open: string;
    /** What the fold is for. */
    intro: string;
    size: string;
    /** Each size, with its pixels. */
    sizes: Record<'column' | 'social' | 'square', string>;
    schools: string;
    /** Each choice of schools: the top N, those the filter shows (`shown` of them, `n`), the picked. */
    top: string;
    shown: (n: number, shown: string) => string;
    picked: (n: number, shown: string) => string;
    /** The top N's field. */
    count: string;
    /** More schools asked for or shown than the size holds legibly (`max`). */
    capped: (max: string) => string;
    /** No school picked for the comparison. */
    nonePicked: string;
    /** The checkbox: the page's colours (dark when the page is) instead of light. */
    theme: string;
    /** The subtitle drawn in the image: the top `count` of `total`, the picked schools. */
    subtitleTop: (count: string, total: string) => string;
    subtitlePicked: (n: number, count: string, total: string) => string;
    /** The preview's text alternative, and the download group's name. */
    preview: (size: string) => string;
    download: string;
    /** Words of the files' names, by size (no spaces, no accents). */
    files: Record<'column' | 'social' | 'square', string>;
  };
}

/**
 * The words of the first screen (App.svelte's header, language switch, filters, results, problems,
 * the share fold's summary) and of the number formats: each language's `<code>/first.ts`, a chunk
 * the page preloads and loads before the app starts (i18n/load.ts).
 */
export interface FirstMessages extends PageMessages, FilterMessages {}

/**
 * Every other feature's words: each language's `<code>/later.ts`, a chunk loaded with the parts
 * below the first screen, the profile and the embed, or before a switch to that language.
 */
export interface LaterMessages
  extends
    SummaryMessages,
    ChartMessages,
    TableMessages,
    CompareMessages,
    InsightMessages,
    ShareMessages,
    RulesMessages,
    ProfileMessages,
    LoadMessages,
    OwnMessages,
    MeasureMessages,
    ScaleMessages,
    ProblemMessages,
    SocialMessages,
    VersionMessages,
    ReferenceMessages,
    CiteMessages,
    PlacesMessages,
    ShortlistMessages,
    StarsMessages,
    PinnedMessages,
    DataFileMessages,
    AnnotateMessages,
    BuilderMessages,
    ImageMessages,
    SentenceMessages,
    TiesMessages,
    CountsMessages,
    NotFoundMessages {}

/**
 * Every string of the interface but the methodology page's (`MethodMessages`), in one language:
 * the two parts as one catalogue (`share` holds words of both), what the views read as `t`.
 */
export type Messages = FirstMessages & LaterMessages;
