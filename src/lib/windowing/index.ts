// Drawing only the rows of a long list near the viewport: for the ranking chart and the table.
export { KEEP_MOUNTED_MAX, rowWindow } from './rows';
export { onScrollFrame } from './scroll';
export { FIRST_WINDOW, ScrollWindow } from './scroll-window.svelte';
export { FIRST_ROWS, GrowingRows, ROWS_PER_TASK, setGrowing } from './growing.svelte';
