// Names in source order → a unique id for each, and the line of the first school of the same name.
import { hashString } from './hash';
import { slugKey, type SlugKey } from './normalize';

/** A `lines` entry once the school's folded form is in `firstLines` (lines are 1-based). */
const LISTED = 0;

/**
 * Ids and duplicates over one table. A name takes its slug when free, else `slug-2`, `slug-3`…;
 * two names are the same when their folded forms are (`foldName`). Equal folded forms have equal
 * slugs, so a name can only repeat an earlier one when its slug is taken: only then are folded
 * forms compared, those of the school holding the slug and of the newcomer. A row whose slug is
 * free costs one probe of a hash table of typed arrays and no allocation but its id.
 */
export class Identities {
  /** The ids given, in order; `index` below is a position here. */
  private readonly ids: string[] = [];
  /** Per index: the line of the school, or LISTED once its folded form is in `firstLines`. */
  private lines: Int32Array;
  /** Folded forms that the id does not say (see `slugKey`), by index. */
  private readonly foldedOf = new Map<number, string>();
  /** Open addressing, two numbers a slot: the id's hash, and index + 1 (0 for an empty slot). */
  private slots: Int32Array;
  /** First line of each folded name among the schools whose slug was ever wanted twice. */
  private readonly firstLines = new Map<string, number>();
  private readonly nextSuffix = new Map<string, number>();

  /** `expected`: about how many schools will come (sizes the tables once; they grow if need be). */
  constructor(expected = 0) {
    let size = 1024;
    while (size < 2 * expected) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.lines = new Int32Array(Math.max(size >> 1, 1));
  }

  /**
   * The id for the school on `line`, and the line of an earlier school of that name, if any.
   * `key`: the name's `slugKey`, when the caller has it already.
   */
  add(
    name: string,
    line: number,
    key: SlugKey = slugKey(name),
  ): { id: string; firstLine: number | undefined } {
    const { slug, hash, folded } = key;
    const at = this.find(slug, hash);
    const holder = (this.slots[at + 1] ?? 0) - 1;
    if (holder < 0) {
      if (folded !== null) this.foldedOf.set(this.ids.length, folded);
      this.insert(at, slug, hash, line);
      return { id: slug, firstLine: undefined };
    }
    // The slug is taken: the holder's folded form is listed, then this one is looked up.
    this.list(holder);
    const same = folded ?? slug.replaceAll('-', ' ');
    const firstLine = this.firstLines.get(same);
    if (firstLine === undefined) this.firstLines.set(same, line);
    return { id: this.suffixed(slug), firstLine };
  }

  /** The slot holding `id`, or the empty slot where it would go (an offset into `slots`). */
  private find(id: string, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const at = i << 1;
      const entry = slots[at + 1] ?? 0;
      if (entry === 0 || (slots[at] === hash && this.ids[entry - 1] === id)) return at;
    }
  }

  /** Gives `id` (found free at `at`) to the school on `line` (LISTED for one already listed). */
  private insert(at: number, id: string, hash: number, line: number): void {
    const index = this.ids.length;
    this.ids.push(id);
    if (index === this.lines.length) {
      const lines = new Int32Array(2 * index);
      lines.set(this.lines);
      this.lines = lines;
    }
    this.lines[index] = line;
    this.slots[at] = hash;
    this.slots[at + 1] = index + 1;
    if (4 * this.ids.length > this.slots.length) this.grow();
  }

  /** Lists the folded form of the school at `index` in `firstLines`, once. */
  private list(index: number): void {
    const line = this.lines[index] ?? LISTED;
    if (line === LISTED) return;
    const key = this.foldedOf.get(index) ?? (this.ids[index] ?? '').replaceAll('-', ' ');
    if (!this.firstLines.has(key)) this.firstLines.set(key, line);
    this.lines[index] = LISTED;
  }

  /** `slug-2`, `slug-3`…: the first not given yet (its school's folded form is already listed). */
  private suffixed(slug: string): string {
    let n = this.nextSuffix.get(slug) ?? 2;
    for (; ; n++) {
      const id = `${slug}-${n}`;
      const hash = hashString(id);
      const at = this.find(id, hash);
      if (this.slots[at + 1] === 0) {
        this.insert(at, id, hash, LISTED);
        this.nextSuffix.set(slug, n + 1);
        return id;
      }
    }
  }

  /** Doubles the table (kept at most half full, so probes stay short). */
  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let at = 0; at < this.slots.length; at += 2) {
      const entry = this.slots[at + 1] ?? 0;
      if (entry === 0) continue;
      const hash = this.slots[at] ?? 0;
      let i = hash & mask;
      while (slots[(i << 1) + 1] !== 0) i = (i + 1) & mask;
      slots[i << 1] = hash;
      slots[(i << 1) + 1] = entry;
    }
    this.slots = slots;
  }
}
