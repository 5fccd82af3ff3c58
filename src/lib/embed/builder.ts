// What an author chose in the embed builder (the view, its schools, theme, filter, whether readers
// may change the schools) + the page's view → the embed's view parameters, and whether the code is
// complete enough to copy (pure).
import {
  defaultParams,
  MAX_PICKS,
  type EmbedKind,
  type Theme,
  type ViewParams,
} from '../state/schema';

/** The author's choices in the builder. */
export interface BuilderChoice {
  kind: EmbedKind;
  /** The builder's own schools, in the order picked (the page's until the author changes them). */
  picks: readonly string[];
  theme: Theme;
  /** Whether the page's filter (search, months range, families, regions, tie) comes along. */
  withFilter: boolean;
  /** Whether the embed's reader may change its schools (`edit=1`). */
  editable: boolean;
}

/** The kinds that show chosen schools, and how many each shows: the card shows one. */
const PICKS_SHOWN: Partial<Record<EmbedKind, number>> = { school: 1, compare: MAX_PICKS };

/** How many schools a kind shows (0: it shows no picked school, the picks do not matter). */
export const picksShown = (kind: EmbedKind): number => PICKS_SHOWN[kind] ?? 0;

/** Why the code cannot be copied yet: `school` when the kind needs a school and none is chosen;
 *  null when the code is complete. */
export function missing(c: Pick<BuilderChoice, 'kind' | 'picks'>): 'school' | null {
  return picksShown(c.kind) > 0 && c.picks.length === 0 ? 'school' : null;
}

/**
 * The embed's view: the page's (its language, sort, CTI lines, table…) with the builder's schools
 * (as many as the kind shows; the page's pick colours follow the order) and theme, the filter only
 * when it comes along, readers' edits for a comparison only, and nothing of the page around a view (the methodology page, an open
 * profile) that an embed never shows.
 */
export function builderParams(page: ViewParams, c: BuilderChoice): ViewParams {
  const shown = picksShown(c.kind);
  const filter = c.withFilter
    ? {}
    : {
        query: defaultParams.query,
        range: defaultParams.range,
        families: defaultParams.families,
        regions: defaultParams.regions,
        tiedWith: defaultParams.tiedWith,
      };
  return {
    ...page,
    ...filter,
    // A view without picked schools keeps the page's: the ranking and the table colour them.
    picks: shown === 0 ? page.picks : c.picks.slice(0, shown),
    theme: c.theme,
    // Only the comparison has controls that change its schools (its × and its search).
    edit: c.editable && c.kind === 'compare',
    page: defaultParams.page,
    school: defaultParams.school,
    embed: c.kind,
  };
}
