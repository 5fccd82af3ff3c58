// The explorer → what the data downloads say of its table besides the rows (export/metadata.ts):
// the ranking's title as its file gives it, or the reader's file's name; the value column's header
// and what the value measures; the SHA-256 of the table's text. Read when a description is made,
// not before (the text of a table given as a loader is loaded then, only when its SHA-256 is not
// known already).
import type { Explorer } from '../model/explorer.svelte';
import type { Measure } from '../load/types';
import type { Distribution } from '../analysis/types';
import { withVersion } from '../embed/version';

export interface TableAbout {
  /** The ranking's title (its name column's header), or the file's name when it has none; for a
   *  reader's own table, the file's name. */
  sourceTitle: string;
  /** The reader's own table: its file's name; null for the published ranking. */
  own: string | null;
  /** The value column's header as the file gives it ('' for none). */
  valueHeader: string;
  measure: Measure;
  /** The SHA-256 of the table's text, in hex. */
  sha256: string;
  /** The distribution of the schools shown, and of every school (the explorer's: described
   *  once, not again for a file). */
  shown: Distribution | null;
  whole: Distribution | null;
  /** A view's address with the data's version (`v=`). */
  versioned: (link: string) => string;
}

export async function aboutTable(m: Explorer): Promise<TableAbout> {
  const { header, columns } = m.dataset.meta;
  const cell = (i: number | undefined): string =>
    i === undefined ? '' : (header?.[i]?.trim() ?? '');
  const own = m.own ? m.source : null;
  let sha256 = m.sha256;
  if (sha256 === null) {
    const [{ digestHex }, text] = await Promise.all([import('../data/digest'), m.loadText()]);
    sha256 = m.sha256 ?? (await digestHex(text));
  }
  return {
    sourceTitle: own ?? (cell(columns?.name) || m.source),
    own,
    valueHeader: cell(columns?.months),
    measure: m.measure,
    sha256,
    shown: m.distribution,
    whole: m.whole,
    versioned: (link) => withVersion(link, sha256),
  };
}
