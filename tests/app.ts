// The whole page for tests: an explorer model made as the entry point makes it (from the bundled
// files, or from a given table), restored from the page's current address, and the App on it.
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/svelte';
import App from '../src/App.svelte';
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

/** Renders the whole page on a model (jsdom); returns the model too. */
export function renderApp(input: Partial<ExplorerInput> = {}): {
  model: Explorer;
  result: ReturnType<typeof render<typeof App>>;
} {
  const model = explorerAt(input);
  return { model, result: render(App, { model }) };
}
