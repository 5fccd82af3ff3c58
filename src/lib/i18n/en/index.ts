// The English catalogue: its features' words put together (the `Messages` type makes a missing
// key an error). The methodology page's words are apart (method.ts), loaded with that page.
import type { Messages } from '../messages';
import { page } from './page';
import { filters } from './filters';
import { charts } from './charts';
import { table } from './table';
import { compare } from './compare';
import { insights } from './insights';
import { share } from './share';
import { rules } from './rules';
import { profile } from './profile';
import { problemWords } from './problems';

export const en: Messages = {
  ...page,
  ...filters,
  ...charts,
  ...table,
  ...compare,
  ...insights,
  ...share,
  ...rules,
  ...profile,
  ...problemWords,
};
