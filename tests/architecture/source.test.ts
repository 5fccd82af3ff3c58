// The readers the layering test stands on, on small texts written here.
import { describe, expect, it } from 'vitest';
import { importsOf, inside, longBecause, scriptLength } from './source';

const COMPONENT = `<!--
@component
A thing.
Long because: the keys of a combobox.
-->
<script module lang="ts">
  export const N = 1;
</script>

<script lang="ts">
  // import { nope } from '../state/view.svelte';
  import { a } from './a';
  import type { B } from '../analysis/types';
  import {
    c,
    d,
  } from 'svelte/reactivity';
  const lazy = () => import('../export/png');
</script>

<p>import x from './markup'</p>
`;

describe('importsOf', () => {
  it('a component: its scripts’ imports, resolved from its folder, comments and markup left out', () => {
    expect(importsOf({ path: 'src/lib/components/X.svelte', text: COMPONENT })).toEqual([
      { kind: 'local', path: 'src/lib/components/a' },
      { kind: 'local', path: 'src/lib/analysis/types' },
      { kind: 'package', name: 'svelte' },
      { kind: 'local', path: 'src/lib/export/png' },
    ]);
  });

  it('src/main.ts importing ../data/x.txt?raw imports data/x.txt', () => {
    const text = "import seed from '../data/x.txt?raw';\nexport * from './lib/y';\n";
    expect(importsOf({ path: 'src/main.ts', text })).toEqual([
      { kind: 'local', path: 'data/x.txt' },
      { kind: 'local', path: 'src/lib/y' },
    ]);
  });

  it('a scoped package is named by its scope and name', () => {
    const text = "import { x } from '@scope/pkg/deep';";
    expect(importsOf({ path: 'src/a.ts', text })).toEqual([
      { kind: 'package', name: '@scope/pkg' },
    ]);
  });
});

describe('scriptLength', () => {
  it('counts the lines inside every <script>, not the tags nor the markup', () => {
    expect(scriptLength(COMPONENT)).toBe(1 + 8);
  });

  it('a component without script has 0 lines', () => {
    expect(scriptLength('<p>hello</p>')).toBe(0);
  });
});

describe('longBecause', () => {
  it('the text after « Long because: » in the @component header', () => {
    expect(longBecause(COMPONENT)).toBe('the keys of a combobox.');
  });

  it('null when the header gives no reason, or the words are elsewhere', () => {
    expect(
      longBecause('<!--\n@component\nA thing.\n-->\n<script>\n// Long because: x\n</script>'),
    ).toBeNull();
    expect(longBecause('<!-- a plain comment\nLong because: x\n-->')).toBeNull();
  });
});

describe('inside', () => {
  it.each([
    ['data/x.txt', 'data', true],
    ['data', 'data', true],
    ['src/lib/data/parse', 'data', false],
    ['database/x', 'data', false],
  ])('inside(%s, %s) is %s', (path, folder, expected) => {
    expect(inside(path, folder)).toBe(expected);
  });
});
