// The French catalogue: its features' words put together, with French typography set. The
// methodology page's words are apart (method.ts), loaded with that page (registry.ts).
import type { Messages } from '../messages';
import { frenchSpaces, typeset } from '../typography';
import { page } from './page';
import { filters } from './filters';
import { charts } from './charts';
import { table } from './table';
import { compare } from './compare';
import { insights } from './insights';
import { share } from './share';
import { rules } from './rules';
import { profile } from './profile';
import { problemWords } from './problems';

/** The words as written, with plain spaces: `fr` below sets the French spaces. */
const text: Messages = {
  ...page,
  ...filters,
  ...charts,
  ...table,
  ...compare,
  ...insights,
  ...share,
  ...rules,
  ...profile,
  ...problemWords,
};

/**
 * The catalogue the page uses: the space before : ; ! ? » and after « of every string and every
 * function's result made unbreakable (names and numbers put into a sentence too, as part of it).
 * The column headers and file words of the downloads are kept as written: a CSV header is matched
 * by people who type it (a script's `row["Rang"]`), where a no-break space would not match.
 */
export const fr: Messages = typeset(
  text,
  frenchSpaces,
  new Set<object>([text.download.columns, text.download.files]),
);
