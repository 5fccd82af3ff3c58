// The bundled ranking and reference files, as an explorer's input: the only module that imports
// the data files (main.ts and prerender.ts, the two entry points, both read them from here).
// The table and the reference files come already read by the parser at build time
// (scripts/parsed.mjs), so the start bundle holds neither papaparse nor the parser; the seed's text
// (shown, with its SHA-256, on the methodology page) and the schools' own facts (the profile
// dialog) load when first needed.
// A build over another table (RANKING_TABLE, `npm run build:table`) reads that file through the
// same imports (scripts/parsed.mjs); `ranking` says which table it is.
import table from '../data/classement-ecoles-ingenieurs-international.txt?parsed=table';
import ranking from 'virtual:ranking-table';
import families from '../data/familles.csv?parsed=families';
import names from '../data/noms-actuels.csv?parsed=names';
import type { ExplorerInput } from './lib/model/explorer.svelte';
import type { Measure } from './lib/load/types';

/** The measure the parser read from the table's header, where it reads one (`meta.measure`). */
const headerMeasure = (meta: object): Measure | undefined =>
  'measure' in meta ? (meta.measure as Measure | undefined) : undefined;

/** The published table and the files that go with it: everything but the page's address. */
export const bundled = {
  table: {
    parsed: table,
    text: () =>
      import('../data/classement-ecoles-ingenieurs-international.txt?raw').then((m) => m.default),
    source: ranking.source,
    sha256: ranking.sha256,
    // The published ranking's measure is the catalogue's (months, more ranks first); another
    // table's is read from its header.
    measure: ranking.published ? undefined : headerMeasure(table.meta),
  },
  families: new Map(families),
  names: new Map(names),
  profiles: () => import('../data/profils.json').then((m) => m.default),
  notes: () => import('../data/noms-actuels.csv?parsed=notes').then((m) => m.default),
  places: () => import('../data/lieux.csv?parsed=places').then((m) => m.default),
  outline: () => import('../data/regions-metropole.json?parsed=outline').then((m) => m.default),
} satisfies ExplorerInput;
