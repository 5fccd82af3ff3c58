// Bench-only entry: the app mounted on a generated table of `?n=` schools (default 10,000), for
// `BENCH_N=… npm run bench:browser`. Built by bench/browser/vite.config.ts into dist-bench/; the
// production build (index.html → src/main.ts) never includes it.
import { mount } from 'svelte';
import App from '../../src/App.svelte';
import { createExplorer } from '../../src/lib/model/explorer.svelte';
import { readInput } from '../../src/lib/model/read';
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
  const model = createExplorer(
    readInput({
      text: generateTable(n),
      familiesCsv,
      search: location.search,
      href: location.href,
    }),
  );
  mount(App, { target, props: { model, growing: true } });
  // The parts below the first screen (src/lib/island), built as on the page.
  islands.start(() => false);
}
