// Every other component of src/lib renders on a server too (App and Embed are the lead's, and get
// their own whole-page test): none reads window or document during set-up or in a $derived.
import { describe, expect, it } from 'vitest';
import { createRawSnippet } from 'svelte';
import { JSDOM } from 'jsdom';
import ChartDownload from '../../src/lib/components/ChartDownload.svelte';
import Copy from '../../src/lib/components/Copy.svelte';
import Download from '../../src/lib/components/Download.svelte';
import Method from '../../src/lib/components/Method.svelte';
import MethodLink from '../../src/lib/components/MethodLink.svelte';
import PickSearch from '../../src/lib/components/PickSearch.svelte';
import Problems from '../../src/lib/components/Problems.svelte';
import Profile from '../../src/lib/components/Profile.svelte';
import ProfileDialog from '../../src/lib/components/ProfileDialog.svelte';
import Rules from '../../src/lib/components/Rules.svelte';
import SchoolCard from '../../src/lib/components/SchoolCard.svelte';
import Share from '../../src/lib/components/Share.svelte';
import TableDownload from '../../src/lib/components/TableDownload.svelte';
import { filterIndex } from '../../src/lib/analysis/filter';
import { belowThresholds } from '../../src/lib/context/rules';
import { factsOf, readProfiles } from '../../src/lib/context/profiles';
import { buildDataset } from '../../src/lib/dataset';
import profilesJson from '../../data/profils.json';
import { seedText } from '../seed-text';
import { renderOnServer } from './render';

const dataset = buildDataset(seedText);
const schools = dataset.ranking.schools;
const distribution = dataset.distribution ?? (null as never);
const profiles = readProfiles(profilesJson);
const mines = schools.find((s) => s.name === 'Mines Saint-Etienne') ?? (null as never);
const drawn = createRawSnippet(() => ({ render: () => '<p>the chart</p>' }));

/** An element's text with its spaces (no-break ones too) as single spaces. */
const text = (html: string): string =>
  (new JSDOM(html).window.document.body.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');

/** Each component, rendered on the server with props like the app's, and a text its HTML holds. */
const CASES: [name: string, render: () => string, holds: string][] = [
  ['Share', () => renderOnServer(Share, {}).body, 'Copier le lien'],
  [
    'Rules',
    () => renderOnServer(Rules, { below: belowThresholds(schools), shown: schools.length }).body,
    'CTI',
  ],
  [
    'Method',
    () =>
      renderOnServer(Method, {
        ranking: dataset.ranking,
        distribution,
        meta: dataset.meta,
        text: seedText,
      }).body,
    '144',
  ],
  ['MethodLink', () => renderOnServer(MethodLink, { label: 'La méthode' }).body, 'La méthode'],
  [
    'Problems',
    () =>
      renderOnServer(Problems, {
        problems: [
          { kind: 'not-a-number', severity: 'error', line: 7, raw: 'x\tn.c.', value: 'n.c.' },
        ],
      }).body,
    'n.c.',
  ],
  [
    'Profile',
    () =>
      renderOnServer(Profile, {
        school: mines,
        schools,
        facts: factsOf(profiles, mines.name),
        sources: profiles.sources,
      }).body,
    'Mines Saint-Etienne',
  ],
  [
    'ProfileDialog',
    () =>
      renderOnServer(ProfileDialog, {
        labelledby: 'h',
        key: mines.id,
        onclose: () => {},
        children: drawn,
      }).body,
    'the chart',
  ],
  [
    'PickSearch',
    () =>
      renderOnServer(PickSearch, {
        schools,
        keys: filterIndex(
          schools,
          () => '',
          () => [],
        ).keys,
      }).body,
    'Ajouter une école',
  ],
  ['SchoolCard', () => renderOnServer(SchoolCard, { school: mines, total: 144 }).body, mines.name],
  [
    'Copy',
    () =>
      renderOnServer(Copy, {
        label: 'Copier',
        text: () => 'abc',
        done: 'Copié',
        field: 'Le lien',
        always: true,
      }).body,
    'Copier',
  ],
  [
    'Download',
    () =>
      renderOnServer(Download, {
        name: 'table',
        label: 'Télécharger',
        items: [{ label: 'CSV', file: 'x.csv', make: () => new Blob(['']) }],
      }).body,
    'CSV',
  ],
  [
    'ChartDownload',
    () =>
      renderOnServer(ChartDownload, {
        kind: 'histogram',
        title: 'Titre',
        subtitle: 'Sous-titre',
        legend: [],
        children: drawn,
      }).body,
    'the chart',
  ],
  [
    'TableDownload',
    () =>
      renderOnServer(TableDownload, {
        schools,
        all: schools,
        family: () => '',
        filter: '',
        total: 144,
        about: () => Promise.reject(new Error('not on a server')),
      }).body,
    'CSV',
  ],
];

describe('every other component, rendered on a server', () => {
  it.each(CASES.map(([name, render, holds]) => [name, holds, render] as const))(
    '%s renders, and its HTML holds « %s »',
    (_name, holds, render) => {
      expect(text(render())).toContain(holds);
    },
  );
});
