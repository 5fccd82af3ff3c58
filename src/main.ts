// Entry point: the bundled ranking text → the mounted app.
import { mount } from 'svelte';
import App from './App.svelte';
import seed from '../data/classement-ecoles-ingenieurs-international.txt?raw';
import familiesCsv from '../data/familles.csv?raw';
import namesCsv from '../data/noms-actuels.csv?raw';
import profiles from '../data/profils.json';
import './app.css';

const target = document.getElementById('app');
if (target) {
  const sourceName = 'data/classement-ecoles-ingenieurs-international.txt';
  mount(App, { target, props: { text: seed, familiesCsv, namesCsv, profiles, sourceName } });
}
