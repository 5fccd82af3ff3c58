// A path inside the shared folder beside the checkout (../shared: seeds, csv-spectrum, peers) → the
// absolute path, or an error that says what is missing: a test that reads it fails, never skips.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared folder: a sibling of the checkout's root (tests/ → the root → its parent). */
export const SHARED = fileURLToPath(new URL('../../shared', import.meta.url));

/** `root` joined with `parts`, when it exists; otherwise throws naming the missing path. */
export function sharedIn(root: string, ...parts: string[]): string {
  const path = join(root, ...parts);
  if (!existsSync(path)) {
    throw new Error(`${path} not found: the tests read the shared folder beside the checkout`);
  }
  return path;
}

/** A file or folder of ../shared, e.g. `sharedPath('seeds', '001_8e780615fe4fa5cb.txt')`. */
export const sharedPath = (...parts: string[]): string => sharedIn(SHARED, ...parts);
