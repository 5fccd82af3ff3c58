// sharedPath: the tests that read ../shared fail with a clear message when it is missing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED, sharedIn, sharedPath } from './shared';

describe('sharedIn', () => {
  // A folder made for this test, then removed: a root that surely holds no seeds/.
  const empty = mkdtempSync(join(tmpdir(), 'no-shared-'));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it('sharedIn(an empty folder, "seeds") throws, naming the missing path and why it is read', () => {
    expect(() => sharedIn(empty, 'seeds')).toThrow(
      `${join(empty, 'seeds')} not found: the tests read the shared folder beside the checkout`,
    );
  });

  it('sharedIn(a folder that is not there, …) throws too', () => {
    expect(() => sharedIn(join(empty, 'gone'), 'seeds', 'x.txt')).toThrow(
      /gone.seeds.x\.txt not found/,
    );
  });

  it('sharedIn(an existing folder) gives its path', () => {
    expect(sharedIn(empty)).toBe(empty);
  });
});

describe('sharedPath', () => {
  it('SHARED is the folder named shared beside the checkout', () => {
    expect(SHARED).toBe(join(fileURLToPath(new URL('..', import.meta.url)), '..', 'shared'));
  });

  it('sharedPath("seeds") is ../shared/seeds, which holds the CTI text', () => {
    expect(sharedPath('seeds')).toBe(join(SHARED, 'seeds'));
    expect(sharedPath('seeds', '001_8e780615fe4fa5cb.txt')).toBe(
      join(SHARED, 'seeds', '001_8e780615fe4fa5cb.txt'),
    );
  });

  it('sharedPath of a seed that does not exist throws, not skips', () => {
    expect(() => sharedPath('seeds', 'no-such-seed.txt')).toThrow(/no-such-seed\.txt not found/);
  });
});
