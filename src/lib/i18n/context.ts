// The active language's messages and number formats, handed down by context.
import { createContext } from 'svelte';
import type { Messages } from './messages';
import type { Format } from './format';

export interface I18n {
  /** Message catalogue of the active language. */
  readonly t: Messages;
  /** Number formatters of the active language. */
  readonly f: Format;
}

/** Read `t` and `f` where they are used (`i18n.t`), not destructured once: they change with the language. */
export const [getI18n, setI18n] = createContext<I18n>();
