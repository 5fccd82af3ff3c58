// The French words of the first screen (messages.ts `FirstMessages`), with French typography set:
// a chunk of their own, which the page preloads and loads before the app starts (registry.ts).
import type { FirstMessages } from '../messages';
import { frenchSpaces, typeset } from '../typography';
import { page } from './page';
import { filters } from './filters';

/** The space before : ; ! ? » and after « made unbreakable, as in `later` (later.ts). */
export const first: FirstMessages = typeset({ ...page, ...filters }, frenchSpaces, new Set());
