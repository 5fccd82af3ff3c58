// The whole page for tests: an explorer model made as the entry point makes it, and the App on it.
import { render } from '@testing-library/svelte';
import App from '../src/App.svelte';
import type { Explorer } from '../src/lib/model/explorer.svelte';
import { explorerAt, type TextInput } from './explorer';

export { bundled, explorerAt, explorerOf } from './explorer';

/** Renders the whole page on a model (jsdom); returns the model too. */
export function renderApp(input: Partial<TextInput> = {}): {
  model: Explorer;
  result: ReturnType<typeof render<typeof App>>;
} {
  const model = explorerAt(input);
  return { model, result: render(App, { model }) };
}
