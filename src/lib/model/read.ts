// Texts of a table and of its reference files → an explorer's input, read now by the parser, as
// the build reads the bundled files (scripts/parsed.mjs). For tests, benches and pages that bring
// their own table: it imports the parser, so the app's start path (main.ts) never imports it.
import { parseTable } from '../data/parse';
import { parseFamilies } from '../data/families';
import { parseCurrentNames } from '../data/names';
import { parsePlaces } from '../data/places';
import type { ExplorerInput } from './explorer.svelte';

/** An explorer's input as texts: the table's, the reference files' and the profiles' JSON. */
export interface TextInput {
  /** Text of the ranking table. */
  text: string;
  /** Where the text comes from (a file name); '' by default. */
  source?: string;
  /** familles.csv's text; none by default. */
  familiesCsv?: string;
  /** noms-actuels.csv's text; none by default. */
  namesCsv?: string;
  /** lieux.csv's text; none by default. */
  placesCsv?: string;
  /** profils.json, parsed; none by default. */
  profiles?: unknown;
  /** The page's query string and address, as ExplorerInput takes them. */
  search?: string;
  href?: string;
}

/** The explorer's input for `input`'s texts, each read by its parser. */
export function readInput(input: TextInput): ExplorerInput {
  const { text, source = '', familiesCsv = '', namesCsv = '', placesCsv = '' } = input;
  const { profiles = null } = input;
  return {
    table: { parsed: parseTable(text), text, source },
    families: parseFamilies(familiesCsv).byName,
    names: parseCurrentNames(namesCsv).byName,
    profiles: () => Promise.resolve(profiles),
    places: () => Promise.resolve([...parsePlaces(placesCsv).byId]),
    search: input.search,
    href: input.href,
  };
}
