// The active language's messages and number formats, handed down by context.
import { createContext } from 'svelte';
import type { Messages } from './messages';
import type { Format } from './format';
import type { Measure } from '../load/types';

export interface I18n {
  /** Message catalogue of the active language. */
  readonly t: Messages;
  /** Number formatters of the active language (`f.value` writes the table's value in its unit). */
  readonly f: Format;
  /** What the table's value measures (the published ranking's: months, more ranks first). */
  readonly measure: Measure;
  /** Whether the table is the reader's own (a file, a paste, `?data=`). */
  readonly own: boolean;
}

/** Read `t` and `f` where they are used (`i18n.t`), not destructured once: they change with the language. */
export const [getI18n, setI18n] = createContext<I18n>();
