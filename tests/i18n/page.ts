// The whole page rendered in jsdom at an address (`?lang=xx`), with the props main.ts mounts App
// with: the one place a test sets the page up (when App moves onto an explorer model, only this
// changes).
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/svelte';
import App from '../../src/App.svelte';
import profiles from '../../data/profils.json';
import { seedText } from '../seed-text';

const familiesCsv = readFileSync('data/familles.csv', 'utf8');
const namesCsv = readFileSync('data/noms-actuels.csv', 'utf8');
const sourceName = 'data/classement-ecoles-ingenieurs-international.txt';

/** Renders the page at `/` + `search`; put the address back with `resetAddress` after the test. */
export function renderPage(search = ''): ReturnType<typeof render> {
  window.history.replaceState(null, '', `/${search}`);
  return render(App, { text: seedText, familiesCsv, namesCsv, profiles, sourceName });
}

export function resetAddress(): void {
  window.history.replaceState(null, '', '/');
}
