// The rest of the French catalogue (messages.ts `LaterMessages`), with French typography set: a
// chunk of its own, loaded with the parts below the first screen, the profile and the embed, or
// before a switch to French (registry.ts, load.ts).
import type { LaterMessages } from '../messages';
import { frenchSpaces, typeset } from '../typography';
import { summary } from './summary';
import { charts } from './charts';
import { table } from './table';
import { compare } from './compare';
import { insights } from './insights';
import { share } from './share';
import { rules } from './rules';
import { profile } from './profile';
import { load } from './load';
import { own } from './own';
import { measure } from './measure';
import { scale } from './scale';
import { problemWords } from './problems';
import { social } from './social';
import { version } from './version';
import { cite } from './cite';
import { reference } from './reference';
import { places } from './places';
import { shortlist } from './shortlist';
import { stars } from './stars';
import { pinned } from './pinned';
import { dataFiles } from './data-files';
import { annotate } from './annotate';
import { builder } from './builder';
import { image } from './image';
import { sentence } from './sentence';
import { ties } from './ties';
import { counts } from './counts';
import { notFound } from './not-found';

/** The words as written, with plain spaces: `later` below sets the French spaces. */
const text: LaterMessages = {
  ...summary,
  ...charts,
  ...table,
  ...compare,
  ...insights,
  ...share,
  ...rules,
  ...profile,
  ...load,
  ...own,
  ...measure,
  ...scale,
  ...problemWords,
  ...social,
  ...version,
  ...cite,
  ...reference,
  ...places,
  ...shortlist,
  ...stars,
  ...pinned,
  ...dataFiles,
  ...annotate,
  ...builder,
  ...image,
  ...sentence,
  ...ties,
  ...counts,
  ...notFound,
};

/**
 * The space before : ; ! ? » and after « of every string and every function's result made
 * unbreakable (names and numbers put into a sentence too, as part of it). The column headers and
 * file words of the downloads are kept as written: a CSV header is matched by people who type it
 * (a script's `row["Rang"]`), where a no-break space would not match; and `measure.speak`, which
 * gives a whole catalogue already set.
 */
export const later: LaterMessages = typeset(
  text,
  frenchSpaces,
  new Set<unknown>([text.download.columns, text.download.files, text.measure.speak]),
);
