// A key pressed on the dot plot + where its keys stand → what to do (pure). Strip.svelte applies it:
// arrows move from dot to dot among the schools shown (left and right from stack to stack, up and
// down within one, see stepDot), Enter or Space picks, Escape lets go of the school, then of the range.
import { stepDot } from './dots';

export type StripKeyAction =
  /** Let go of the school the keys are on. */
  | { do: 'release' }
  /** Clear the months range. */
  | { do: 'clearRange' }
  /** Pick the school the keys are on, or drop it from the picks. */
  | { do: 'pick' }
  /** Put the keys on this dot (an index into the dots). */
  | { do: 'move'; to: number };

export interface StripKeys {
  /** Whether the keys are on a school. */
  keyed: boolean;
  /** Whether a months range is set. */
  range: boolean;
  /** The dot hovered in any view, where the arrows start from (null: none). */
  at: number | null;
  /** The dots, stacked (dotStacks). */
  dots: readonly { value: number; level: number }[];
  /** Whether the dot at an index is shown (inside the filter). */
  shown: (i: number) => boolean;
}

/** What `key` does on the dot plot; null for a key it leaves to the page. */
export function stripKey(key: string, keys: StripKeys): StripKeyAction | null {
  if (key === 'Escape') {
    if (keys.keyed) return { do: 'release' };
    return keys.range ? { do: 'clearRange' } : null;
  }
  if (key === 'Enter' || key === ' ') return keys.keyed ? { do: 'pick' } : null;
  const to = stepDot(key, keys.at, keys.dots, keys.shown);
  return to === undefined ? null : { do: 'move', to };
}
