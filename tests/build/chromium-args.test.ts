// The browser tests' flags keep every feature Playwright turns off: Chromium keeps only the last
// --disable-features of a command line, so scripts/chromium.mjs repeats Playwright's list in its
// own. Read from the installed playwright-core: an upgrade that adds a name fails here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, TEST_ARGS } from '../../scripts/chromium.mjs';

/** The feature names of Playwright's `disabledFeatures = [ … ].filter(Boolean)` list. */
function playwrightDisabledFeatures(): string[] {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('playwright-core/package.json'));
  const bundle = readFileSync(join(root, 'lib', 'coreBundle.js'), 'utf8');
  const list = /disabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/.exec(bundle)?.[1];
  if (list === undefined)
    throw new Error('playwright-core: its disabledFeatures list was not found');
  // The list's strings, its comments left out.
  const code = list.replace(/\/\/.*$/gm, '');
  return [...code.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('the browser tests’ Chromium flags', () => {
  const features = TEST_ARGS.filter((a) => a.startsWith('--disable-features='));

  it('are the machine’s flags and one --disable-features', () => {
    expect(TEST_ARGS.slice(0, CHROMIUM_ARGS.length)).toEqual(CHROMIUM_ARGS);
    expect(features).toHaveLength(1);
  });

  it('turn off every feature Playwright turns off, and the omnibox popup', () => {
    const ours = (features[0] ?? '').slice('--disable-features='.length).split(',');
    const theirs = playwrightDisabledFeatures();
    expect(theirs).toContain('PaintHolding');
    expect(theirs.filter((name) => !ours.includes(name))).toEqual([]);
    expect(ours).toEqual(
      expect.arrayContaining([
        'WebUIOmniboxPopup',
        'WebUIOmniboxAimPopup',
        'WebUIOmniboxFullPopup',
      ]),
    );
  });
});
