// Strings → 30-bit FNV-1a hashes (small integers, cheap to store), and a string set built on them.

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
/** Keeps a hash within V8's small integers, so arrays of them stay unboxed. */
export const HASH_MASK = 0x3fffffff;

/** The FNV-1a hash of `s`'s UTF-16 codes, cut to 30 bits. */
export function hashString(s: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) hash = Math.imul(hash ^ s.charCodeAt(i), FNV_PRIME);
  return hash & HASH_MASK;
}

/**
 * A set of strings whose hashes the caller already has (`hashString`, or the same hash computed on
 * the fly). Open addressing in a typed array: no allocation per entry, unlike `Set` with 100,000
 * fresh strings.
 */
export class StringSet {
  private slots = new Int32Array(1024);
  private readonly items: string[] = [];
  private readonly hashes: number[] = [];

  /** The slot holding `s`, or the empty slot where it would go. */
  private find(s: string, hash: number): number {
    const mask = this.slots.length - 1;
    let i = hash & mask;
    for (let slot = this.slots[i] ?? 0; slot !== 0; slot = this.slots[i] ?? 0) {
      if (this.hashes[slot - 1] === hash && this.items[slot - 1] === s) return i;
      i = (i + 1) & mask;
    }
    return i;
  }

  has(s: string, hash: number = hashString(s)): boolean {
    return (this.slots[this.find(s, hash)] ?? 0) !== 0;
  }

  /** Adds `s`; true when it was not there yet. */
  add(s: string, hash: number = hashString(s)): boolean {
    const i = this.find(s, hash);
    if ((this.slots[i] ?? 0) !== 0) return false;
    this.items.push(s);
    this.hashes.push(hash);
    this.slots[i] = this.items.length;
    if (this.items.length * 2 > this.slots.length) this.grow();
    return true;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, k) => {
      let i = hash & mask;
      while ((slots[i] ?? 0) !== 0) i = (i + 1) & mask;
      slots[i] = k + 1;
    });
    this.slots = slots;
  }
}
