// Bench-only entry: the app mounted on a generated table of `?n=` schools (default 10,000), for
// `BENCH_N=… npm run bench:browser`. Built by bench/browser/vite.config.ts into dist-bench/; the
// production build (index.html → src/main.ts) never includes it.
import { mount } from 'svelte';
import App from '../../src/App.svelte';
import { createExplorer } from '../../src/lib/model/explorer.svelte';
import { readInput } from '../../src/lib/model/read';
import familiesCsv from '../../data/familles.csv?raw';
import { generateTable } from '../generate';
import '../../src/app.css';

const n = Number(new URLSearchParams(location.search).get('n') ?? 10_000);
const target = document.getElementById('app');
if (target) {
  const model = createExplorer(
    readInput({
      text: generateTable(n),
      familiesCsv,
      search: location.search,
      href: location.href,
    }),
  );
  mount(App, { target, props: { model } });
}
