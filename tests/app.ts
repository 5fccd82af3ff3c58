// The whole page for tests: an explorer model made as the entry point makes it, and the App on it,
// with the parts below the first screen (src/lib/island) built, as the entry point has them built.
import { render } from '@testing-library/svelte';
import App from '../src/App.svelte';
import { islands } from '../src/lib/island/islands';
import type { Explorer } from '../src/lib/model/explorer.svelte';
import { explorerAt, type TextInput } from './explorer';

export { bundled, explorerAt, explorerOf } from './explorer';

/** Renders the whole page on a model (jsdom), every island built; returns the model too. */
export async function renderApp(input: Partial<TextInput> = {}): Promise<{
  model: Explorer;
  result: ReturnType<typeof render<typeof App>>;
}> {
  const model = explorerAt(input);
  const result = render(App, { model });
  // Nothing prerendered in jsdom: each island is mounted.
  islands.start(() => false);
  await islands.settled();
  return { model, result };
}
