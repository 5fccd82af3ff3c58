// Drawing only the rows of a long list near the viewport: for the ranking chart and the table.
export {
  EXPORT_ROWS,
  FIRST_ROWS,
  GROW_SLICE_MS,
  KEEP_MOUNTED_MAX,
  ROWS_PER_TASK,
  rowWindow,
  windowRows,
} from './rows';
export { onScrollFrame } from './scroll';
export { FIRST_WINDOW, ScrollWindow } from './scroll-window.svelte';
export { GrowingRows, grown, setGrowing } from './growing.svelte';
export { REVEAL_PER_FRAME, revealOrder, stillHeld } from './reveal';
export { RevealRows } from './reveal.svelte';
