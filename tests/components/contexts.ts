// Sets the contexts a component expects (messages and formats of the view's language, French by
// default, of the published table unless told; a fresh view state) for harnesses.
import { i18nFor } from '../../src/lib/i18n/catalogues';
import { setI18n } from '../../src/lib/i18n/context';
import type { TableWords } from '../../src/lib/i18n/measured';
import { setView, ViewState } from '../../src/lib/state/view.svelte';

/** With `table`, the words and formats of that table (its measure, whether it is the reader's). */
export function provideContexts(view = new ViewState(), table?: TableWords): ViewState {
  setI18n(
    table
      ? i18nFor(
          () => view.lang,
          () => table,
        )
      : i18nFor(() => view.lang),
  );
  return setView(view);
}
