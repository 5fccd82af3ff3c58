// Entry point: the bundled ranking text and reference files, and the page's address → an explorer
// model → the mounted app. The only module that imports the bundled data files.
import { mount } from 'svelte';
import App from './App.svelte';
import { createExplorer } from './lib/model/explorer.svelte';
import seed from '../data/classement-ecoles-ingenieurs-international.txt?raw';
import familiesCsv from '../data/familles.csv?raw';
import namesCsv from '../data/noms-actuels.csv?raw';
import profiles from '../data/profils.json';
import './app.css';

const target = document.getElementById('app');
if (target) {
  const model = createExplorer({
    text: seed,
    source: 'data/classement-ecoles-ingenieurs-international.txt',
    familiesCsv,
    namesCsv,
    profiles,
    search: location.search,
    href: location.href,
  });
  mount(App, { target, props: { model } });
}
