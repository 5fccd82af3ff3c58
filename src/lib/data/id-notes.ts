// Slugs noted row by row → the same ids and duplicates as `Identities`, settled once at the end.
import { Identities } from './identity';

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
 * At the end the hashes, then the slugs of the few that share a hash, tell whether two slugs are
 * equal (see `mayRepeat`); when none are (the usual table), every slug is already the school's id
 * and no name repeats another.
 * Otherwise the schools go through `Identities` in source order, exactly as if it had been asked
 * row by row: same ids, same first lines.
 */
export class IdNotes {
  /**
   * One IdNotes kept for the module's life, never used. V8 lets the shape (hidden class) of a
   * class's objects go once all of them are dead, and with it the optimized code of every function
   * that read them: without this one, each parse after the first (the last parse's notes
   * collected) ran `note` and `readSchool` unoptimized again for thousands of rows.
   */
  static readonly shapeKeeper: IdNotes = new IdNotes();

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

  /** Notes the next school's slug key (its hash and folded form: see `slugKey`), with `mark` for
   *  its duplicate report. */
  note(hash: number, folded: string | null, mark = 0): void {
    const index = this.count++;
    if (index === this.hashes.length) {
      const hashes = new Int32Array(2 * index);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const marks = new Int32Array(2 * index);
      marks.set(this.marks);
      this.marks = marks;
    }
    this.hashes[index] = hash;
    this.marks[index] = mark;
    if (folded !== null) this.folded.set(index, folded);
  }

  /** The mark noted with the school at `index`. */
  markOf(index: number): number {
    return this.marks[index] ?? 0;
  }

  /**
   * The hashes that two or more noted slugs share (equal slugs always do). The hashes' low bits
   * pick a bucket of a bit table small enough to stay in cache (2 bits a bucket, at most 256 KB):
   * a hash seen in a bucket already marks it twice. Only the hashes of buckets marked twice (a
   * few in ten on 100,000 schools) are then sorted and compared whole.
   */
  private sharedHashes(): Set<number> {
    const shared = new Set<number>();
    const n = this.count;
    let size = 1024;
    while (size < 8 * n && size < 1 << 21) size *= 2;
    const mask = size - 1;
    const once = new Int32Array(size >> 5);
    const twice = new Int32Array(size >> 5);
    const hashes = this.hashes;
    let doubled = 0;
    for (let i = 0; i < n; i++) {
      const bucket = (hashes[i] ?? 0) & mask;
      const word = bucket >>> 5;
      const bit = 1 << (bucket & 31);
      if (((once[word] ?? 0) & bit) === 0) once[word] = (once[word] ?? 0) | bit;
      else {
        twice[word] = (twice[word] ?? 0) | bit;
        doubled++;
      }
    }
    if (doubled === 0) return shared;
    const picked = new Int32Array(2 * doubled);
    let k = 0;
    for (let i = 0; i < n && k < picked.length; i++) {
      const hash = hashes[i] ?? 0;
      const bucket = hash & mask;
      if (((twice[bucket >>> 5] ?? 0) & (1 << (bucket & 31))) !== 0) picked[k++] = hash;
    }
    const sorted = picked.subarray(0, k).sort();
    for (let i = 1; i < sorted.length; i++) {
      const hash = sorted[i] ?? 0;
      if (hash === sorted[i - 1]) shared.add(hash);
    }
    return shared;
  }

  /**
   * True when two of the schools' slugs (their ids, as noted) may be equal. Slugs whose hashes
   * nobody shares cannot be; the few that share one are compared as text. Hashes of 30 bits
   * collide by chance among 100,000 slugs (about 5 pairs), which alone used to send the whole
   * table through `Identities`.
   */
  private mayRepeat(schools: readonly Named[]): boolean {
    const shared = this.sharedHashes();
    if (shared.size === 0) return false;
    const slugs = new Map<number, Set<string>>();
    for (let i = 0; i < this.count; i++) {
      const hash = this.hashes[i] ?? 0;
      if (!shared.has(hash)) continue;
      const slug = schools[i]?.id ?? '';
      const same = slugs.get(hash);
      if (same === undefined) slugs.set(hash, new Set([slug]));
      else if (same.has(slug)) return true;
      else same.add(slug);
    }
    return false;
  }

  /**
   * Gives `schools` (those noted, in the same order, each holding its slug as id) their ids;
   * `duplicate` is told each one whose name repeats an earlier one's, in source order.
   */
  settle(schools: readonly Named[], duplicate: OnDuplicate): void {
    if (!this.mayRepeat(schools)) return;
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
