// The English words of the first screen (messages.ts `FirstMessages`): a chunk of their own, which
// the page preloads and loads before the app starts (registry.ts).
import type { FirstMessages } from '../messages';
import { page } from './page';
import { filters } from './filters';

export const first: FirstMessages = { ...page, ...filters };
