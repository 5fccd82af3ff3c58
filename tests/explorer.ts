// An explorer model made as the entry point makes it: from the bundled files (or a given table),
// restored from the page's current address when there is one (none on a server).
import { readFileSync } from 'node:fs';
import {
  createExplorer,
  type Explorer,
  type ExplorerInput,
} from '../src/lib/model/explorer.svelte';
import profiles from '../data/profils.json';
import { seedText } from './seed-text';

/** The bundled reference files, as main.ts passes them. */
export const bundled = {
  text: seedText,
  source: 'data/classement-ecoles-ingenieurs-international.txt',
  familiesCsv: readFileSync('data/familles.csv', 'utf8'),
  namesCsv: readFileSync('data/noms-actuels.csv', 'utf8'),
  profiles: profiles as unknown,
};

/** A model of `input` (the bundled files by default) at the page's current address. */
export function explorerAt(input: Partial<ExplorerInput> = {}): Explorer {
  const at = typeof location === 'undefined' ? { search: '', href: '' } : location;
  return createExplorer({ ...bundled, search: at.search, href: at.href, ...input });
}
