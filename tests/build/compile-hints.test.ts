// V8's compile hint on the first line of every chunk (scripts/compile-hints.mjs): above Vite's
// `__vite__mapDeps` line, once, and on nothing but chunks.
import { describe, expect, it } from 'vitest';
import { addHints, compileHints, HINT } from '../../scripts/compile-hints.mjs';

const MAP_DEPS =
  'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./a.js"])))=>i.map(i=>d[i]);\n';

describe('addHints', () => {
  it('puts the hint on the first line of each chunk, above Vite’s preload map', () => {
    const bundle = {
      'assets/main-1.js': { type: 'chunk', code: `${MAP_DEPS}import{a}from"./a.js";a();` },
      'assets/Table-2.js': { type: 'chunk', code: 'export const t=1;' },
      'assets/style-3.css': { type: 'asset', source: 'a{}' },
    };
    expect(addHints(bundle)).toEqual(['assets/main-1.js', 'assets/Table-2.js']);
    expect(bundle['assets/main-1.js'].code).toBe(
      `//# allFunctionsCalledOnLoad\n${MAP_DEPS}import{a}from"./a.js";a();`,
    );
    expect(bundle['assets/Table-2.js'].code).toBe(
      '//# allFunctionsCalledOnLoad\nexport const t=1;',
    );
    expect(bundle['assets/style-3.css']).toEqual({ type: 'asset', source: 'a{}' });
  });

  it('hints a chunk once, however often it runs', () => {
    const bundle = { 'assets/main-1.js': { type: 'chunk', code: 'f();' } };
    addHints(bundle);
    expect(addHints(bundle)).toEqual([]);
    expect(bundle['assets/main-1.js'].code).toBe(`${HINT}f();`);
  });
});

describe('compileHints', () => {
  it('runs in builds only, after the other plugins’ generateBundle', () => {
    const plugin = compileHints();
    expect(plugin.apply).toBe('build');
    expect(plugin.generateBundle).toMatchObject({ order: 'post' });
  });
});
