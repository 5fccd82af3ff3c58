// A key pressed on the map + where its keys stand → what to do (pure). SchoolMap.svelte applies it:
// the arrows move from school to school in the order the schools are shown (the ranking's), Home
// and End to the first and last, Enter or Space picks, Escape lets go.

export type MapKeyAction = { do: 'release' } | { do: 'pick' } | { do: 'move'; to: number };

/** What `key` does with `count` schools on the map, the keys on school `at` (null: none). */
export function mapKey(key: string, at: number | null, count: number): MapKeyAction | null {
  if (key === 'Escape') return at === null ? null : { do: 'release' };
  if (key === 'Enter' || key === ' ') return at === null ? null : { do: 'pick' };
  if (count === 0) return null;
  const last = count - 1;
  const next: Record<string, number> = {
    ArrowRight: at === null ? 0 : Math.min(at + 1, last),
    ArrowDown: at === null ? 0 : Math.min(at + 1, last),
    ArrowLeft: at === null ? 0 : Math.max(at - 1, 0),
    ArrowUp: at === null ? 0 : Math.max(at - 1, 0),
    Home: 0,
    End: last,
  };
  const to = next[key];
  return to === undefined ? null : { do: 'move', to };
}
