// Drawing only the rows of a long list near the viewport: for the ranking chart and the table.
export { FIRST_ROWS, KEEP_MOUNTED_MAX, ROWS_PER_TASK, rowWindow } from './rows';
export { onScrollFrame } from './scroll';
export { FIRST_WINDOW, ScrollWindow } from './scroll-window.svelte';
export { GrowingRows, grown, setGrowing } from './growing.svelte';
