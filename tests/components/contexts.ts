// Sets the contexts a component expects (messages and formats of the view's language, French by
// default; a fresh view state) for harnesses.
import { i18nFor } from '../../src/lib/i18n/catalogues';
import { setI18n } from '../../src/lib/i18n/context';
import { setView, ViewState } from '../../src/lib/state/view.svelte';

export function provideContexts(view = new ViewState()): ViewState {
  setI18n(i18nFor(() => view.lang));
  return setView(view);
}
