// Sets the contexts a component expects (French messages and formats, a fresh view state) for harnesses.
import { fr } from '../../src/lib/i18n/fr';
import { createFormat } from '../../src/lib/i18n/format';
import { setI18n } from '../../src/lib/i18n/context';
import { setView, ViewState } from '../../src/lib/state/view.svelte';

export function provideContexts(view = new ViewState()): ViewState {
  setI18n({ t: fr, f: createFormat('fr') });
  return setView(view);
}
