// The English catalogue: its features' words put together (the `Messages` type makes a missing
// key an error).
import type { Messages } from '../messages';
import { page } from './page';
import { filters } from './filters';
import { charts } from './charts';
import { table } from './table';
import { compare } from './compare';
import { insights } from './insights';
import { method } from './method';
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
  ...method,
  ...share,
  ...rules,
  ...profile,
  ...problemWords,
};
