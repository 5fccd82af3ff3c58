// Bench-only entry: the app mounted on a generated table of `?n=` schools (default 10,000), for
// `BENCH_N=… npm run bench:browser` and `BENCH_N=… npm run bench:longtasks`. Built by
// bench/browser/vite.config.ts into dist-bench/; the production build (index.html → src/main.ts)
// never includes it.
//
// The table is generated, parsed and ranked first (what the worker does off the main thread when a
// person loads a file), then, in a later task after the performance mark `bench:show`, shown: the
// explorer made and the app mounted. Long tasks after that mark are the cost of showing the table.
import { mount } from 'svelte';
import App from '../../src/App.svelte';
import { createExplorer } from '../../src/lib/model/explorer.svelte';
import { readInput } from '../../src/lib/model/read';
import { datasetOf } from '../../src/lib/ranked';
import { islands } from '../../src/lib/island/islands';
import { loadLanguage } from '../../src/lib/i18n/load';
import { fromSearch } from '../../src/lib/state/url';
import familiesCsv from '../../data/familles.csv?raw';
import { generateTable } from '../generate';
import '../../src/app.css';

const n = Number(new URLSearchParams(location.search).get('n') ?? 10_000);
const target = document.getElementById('app');
if (target) {
  // Every word of the page's language, as an embed loads them (main.ts).
  await loadLanguage(fromSearch(location.search).lang);
  const input = readInput({
    text: generateTable(n),
    familiesCsv,
    search: location.search,
    href: location.href,
  });
  // Ranked here, as the worker ranks a loaded table before the page shows it.
  input.table.dataset = datasetOf(input.table.parsed);
  await new Promise((resolve) => setTimeout(resolve, 50));
  performance.mark('bench:show');
  const model = createExplorer(input);
  mount(App, { target, props: { model, growing: true } });
  // The parts below the first screen (src/lib/island), built as on the page.
  islands.start(() => false);
}
