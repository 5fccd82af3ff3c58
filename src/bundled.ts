// The bundled ranking text and reference files, as an explorer's input: the only module that imports
// the data files (main.ts and prerender.ts, the two entry points, both read them from here).
import seed from '../data/classement-ecoles-ingenieurs-international.txt?raw';
import familiesCsv from '../data/familles.csv?raw';
import namesCsv from '../data/noms-actuels.csv?raw';
import profiles from '../data/profils.json';
import type { ExplorerInput } from './lib/model/explorer.svelte';

/** The published table and the files that go with it: everything but the page's address. */
export const bundled = {
  text: seed,
  source: 'data/classement-ecoles-ingenieurs-international.txt',
  familiesCsv,
  namesCsv,
  profiles,
} satisfies ExplorerInput;
