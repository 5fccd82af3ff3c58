// Strings → 30-bit FNV-1a hashes: small integers, cheap to store in typed arrays.

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
