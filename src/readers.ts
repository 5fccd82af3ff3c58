// The readers the build runs over the bundled data files (scripts/parsed.mjs, for an import ending
// in `?parsed=<kind>`): each turns a file's text into what JSON carries exactly, so that the page
// gets the files already read and loads no parser at start, nor the map's projection. The same
// pure, synchronous parser as at run time: tests/build/parsed.test.ts compares what the build gives
// with a parse of the same files. Beside src/bundled.ts, not in the pure core (src/lib/data): the
// map's reader is a chart's (lib/charts/map-outline.ts).
import { parseTable } from './lib/data/parse';
import { parseFamilies, type FamilyId } from './lib/data/families';
import { parseCurrentNames, type CurrentName, type NameNote } from './lib/data/names';
import { parsePlaces, type Place } from './lib/data/places';
import { readOutline } from './lib/charts/map-outline';
import type { ParseResult, School } from './lib/data/types';

/** How the page gets a school's id back when the table's module leaves it out (scripts/parsed.mjs
 *  `tableModule`): the parser's own slug of its name. */
export { slugify } from './lib/data/normalize';

export const READERS = {
  /** The ranking's text → its schools and problems, as parseTable reads them, less the preview of
   *  its first rows (the check panel of a reader's own file shows it; the bundled table's would
   *  only weigh on the start bundle, its names written twice). */
  table: (text: string): ParseResult => {
    const parsed = parseTable(text);
    // Each school's fields alone: JSON would drop its room for ranks (undefined: see ParsedSchool).
    const schools = parsed.schools.map(({ id, name, months, printedRank, line }): School => ({
      id,
      name,
      months,
      printedRank,
      line,
    }));
    return { ...parsed, schools, meta: { ...parsed.meta, preview: [] } };
  },
  /** familles.csv → [folded name, family] pairs (a Map is not JSON). */
  families: (csv: string): [string, FamilyId][] => [...parseFamilies(csv).byName],
  /** noms-actuels.csv → [folded name, current name] pairs, without the notes on each change (the
   *  first screen searches today's names; only the profile shows a note). */
  names: (csv: string): [string, CurrentName][] =>
    [...parseCurrentNames(csv).byName].map(([name, { current }]) => [name, { current }]),
  /** noms-actuels.csv → [folded name, note on the change] pairs, loaded with the profiles. */
  notes: (csv: string): [string, NameNote][] =>
    [...parseCurrentNames(csv).byName].flatMap(([name, { note }]) =>
      note === undefined ? [] : [[name, note]],
    ),
  /** lieux.csv → [school id, place] pairs, loaded with the map or the region filter. */
  places: (csv: string): [string, Place][] => [...parsePlaces(csv).byId],
  /** regions-metropole.json (TopoJSON) → the regions projected at the map's widest, loaded with the
   *  map: the page scales their paths, and loads no projection. */
  outline: readOutline,
};

/** What the reader of one kind gives, as an import `…?parsed=<kind>` holds it. */
export type Parsed<K extends keyof typeof READERS> = ReturnType<(typeof READERS)[K]>;
