// An explorer model made as the entry point makes it: from the bundled files (or a given table),
// restored from the page's current address when there is one (none on a server). The texts are read
// here by the parser (src/lib/model/read.ts), as the build reads the bundled files.
import { readFileSync } from 'node:fs';
import { createExplorer, type Explorer } from '../src/lib/model/explorer.svelte';
import { readInput, type TextInput } from '../src/lib/model/read';
import profiles from '../data/profils.json';
import { readOutline } from '../src/lib/charts/map-outline';
import { seedText } from './seed-text';

export type { TextInput };

/** The bundled files, as texts (and profils.json parsed). */
export const bundled = {
  text: seedText,
  source: 'data/classement-ecoles-ingenieurs-international.txt',
  familiesCsv: readFileSync('data/familles.csv', 'utf8'),
  namesCsv: readFileSync('data/noms-actuels.csv', 'utf8'),
  placesCsv: readFileSync('data/lieux.csv', 'utf8'),
  profiles: profiles as unknown,
} satisfies TextInput;

/** The regions' outline, projected as the build projects it (`?parsed=outline`). */
const outline = readOutline(readFileSync('data/regions-metropole.json', 'utf8'));

/** A model of `input`'s texts (the bundled files by default, each field replaced by `input`'s). */
export function explorerOf(input: Partial<TextInput> = {}): Explorer {
  return createExplorer({ ...readInput({ ...bundled, ...input }), outline: async () => outline });
}

/** A model of `input` (the bundled files by default) at the page's current address. */
export function explorerAt(input: Partial<TextInput> = {}): Explorer {
  const at = typeof location === 'undefined' ? { search: '', href: '' } : location;
  return explorerOf({ search: at.search, href: at.href, ...input });
}
