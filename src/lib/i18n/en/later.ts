// The rest of the English catalogue (messages.ts `LaterMessages`): a chunk of its own, loaded with
// the parts below the first screen, the profile and the embed, or before a switch to English
// (registry.ts, load.ts).
import type { LaterMessages } from '../messages';
import { summary } from './summary';
import { charts } from './charts';
import { table } from './table';
import { compare } from './compare';
import { insights } from './insights';
import { share } from './share';
import { rules } from './rules';
import { profile } from './profile';
import { load } from './load';
import { own } from './own';
import { measure } from './measure';
import { scale } from './scale';
import { problemWords } from './problems';
import { social } from './social';
import { version } from './version';
import { cite } from './cite';
import { reference } from './reference';
import { places } from './places';
import { shortlist } from './shortlist';
import { stars } from './stars';
import { pinned } from './pinned';
import { dataFiles } from './data-files';
import { annotate } from './annotate';
import { builder } from './builder';
import { image } from './image';
import { sentence } from './sentence';
import { ties } from './ties';
import { counts } from './counts';
import { notFound } from './not-found';

export const later: LaterMessages = {
  ...summary,
  ...charts,
  ...table,
  ...compare,
  ...insights,
  ...share,
  ...rules,
  ...profile,
  ...load,
  ...own,
  ...measure,
  ...scale,
  ...problemWords,
  ...social,
  ...version,
  ...cite,
  ...reference,
  ...places,
  ...shortlist,
  ...stars,
  ...pinned,
  ...dataFiles,
  ...annotate,
  ...builder,
  ...image,
  ...sentence,
  ...ties,
  ...counts,
  ...notFound,
};
