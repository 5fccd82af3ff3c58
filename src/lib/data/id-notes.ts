// Slugs noted row by row → the same ids and duplicates as `Identities`, settled once at the end.
import { Identities } from './identity';
import type { SlugKey } from './normalize';

/** Told a school (by its index among those noted) that repeats the school first seen on `firstLine`. */
export type OnDuplicate = (index: number, firstLine: number) => void;

/** What `settle` needs of a school: its name and line, and its id (the slug noted) to set. */
export interface Named {
  id: string;
  name: string;
  line: number;
}

/**
 * Ids for a whole table, given after it is read. While reading, each school takes its slug as its
 * id and its hash is written at the end of a typed array: no probe of a hash table per row, whose
 * random reads over a table of 100,000 names cost more than the rest of the row's bookkeeping.
 * At the end one native sort of those hashes tells whether two slugs can be equal at all; when
 * none can (the usual table), every slug is already the school's id and no name repeats another.
 * Otherwise the schools go through `Identities` in source order, exactly as if it had been asked
 * row by row: same ids, same first lines.
 */
export class IdNotes {
  private hashes: Int32Array;
  /** Per index, a number the caller wants back with a duplicate (the parser: the line's start). */
  private marks: Int32Array;
  private count = 0;
  /** Folded forms that the slug does not say (see `slugKey`), by index. */
  private readonly folded = new Map<number, string>();

  /** `expected`: about how many schools will come (the arrays grow if more do). */
  constructor(expected = 0) {
    this.hashes = new Int32Array(Math.max(expected, 16));
    this.marks = new Int32Array(this.hashes.length);
  }

  /** Notes the next school's slug key, with `mark` for its duplicate report. */
  note(key: SlugKey, mark = 0): void {
    const index = this.count++;
    if (index === this.hashes.length) {
      const hashes = new Int32Array(2 * index);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const marks = new Int32Array(2 * index);
      marks.set(this.marks);
      this.marks = marks;
    }
    this.hashes[index] = key.hash;
    this.marks[index] = mark;
    if (key.folded !== null) this.folded.set(index, key.folded);
  }

  /** The mark noted with the school at `index`. */
  markOf(index: number): number {
    return this.marks[index] ?? 0;
  }

  /** True when two noted slugs share a hash (equal slugs always do). */
  private mayRepeat(): boolean {
    const sorted = this.hashes.slice(0, this.count).sort();
    for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return true;
    return false;
  }

  /**
   * Gives `schools` (those noted, in the same order, each holding its slug as id) their ids;
   * `duplicate` is told each one whose name repeats an earlier one's, in source order.
   */
  settle(schools: readonly Named[], duplicate: OnDuplicate): void {
    if (!this.mayRepeat()) return;
    const identities = new Identities(this.count);
    for (let i = 0; i < this.count; i++) {
      const school = schools[i];
      if (school === undefined) continue;
      const { id: slug, name, line } = school;
      const key = { slug, hash: this.hashes[i] ?? 0, folded: this.folded.get(i) ?? null };
      const { id, firstLine } = identities.add(name, line, key);
      school.id = id;
      if (firstLine !== undefined) duplicate(i, firstLine);
    }
  }
}
