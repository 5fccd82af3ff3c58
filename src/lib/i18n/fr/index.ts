// The whole French catalogue, its two parts joined, for tests and tools that name it: the app loads
// each part as a chunk of its own (first.ts, later.ts; registry.ts) and the methodology page's
// words apart (method.ts).
import type { Messages } from '../messages';
import { joinWords } from '../join';
import { first } from './first';
import { later } from './later';

export const fr: Messages = joinWords(first, later);
