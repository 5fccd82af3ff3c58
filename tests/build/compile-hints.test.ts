// V8's compile hint on the first line of every chunk but the smallest (scripts/compile-hints.mjs):
// above Vite's `__vite__mapDeps` line, once, and on nothing but chunks.
import { describe, expect, it } from 'vitest';
import { addHints, compileHints, HINT, MIN_CHARS } from '../../scripts/compile-hints.mjs';

const MAP_DEPS =
  'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./a.js"])))=>i.map(i=>d[i]);\n';
/** Code of exactly `n` characters. */
const code = (n: number): string => `f();${' '.repeat(n - 4)}`;

describe('addHints', () => {
  it('puts the hint on the first line of each chunk, above Vite’s preload map', () => {
    const main = `${MAP_DEPS}${code(5000)}`;
    const bundle = {
      'assets/main-1.js': { type: 'chunk', code: main },
      'assets/Table-2.js': { type: 'chunk', code: code(4096) },
      'assets/style-3.css': { type: 'asset', source: 'a{}' },
    };
    expect(addHints(bundle)).toEqual(['assets/main-1.js', 'assets/Table-2.js']);
    expect(bundle['assets/main-1.js'].code).toBe(`//# allFunctionsCalledOnLoad\n${main}`);
    expect(bundle['assets/Table-2.js'].code).toBe(`//# allFunctionsCalledOnLoad\n${code(4096)}`);
    expect(bundle['assets/style-3.css']).toEqual({ type: 'asset', source: 'a{}' });
  });

  it('leaves a chunk under 4,096 characters without one', () => {
    expect(MIN_CHARS).toBe(4096);
    const bundle = { 'assets/index-1.js': { type: 'chunk', code: code(4095) } };
    expect(addHints(bundle)).toEqual([]);
    expect(bundle['assets/index-1.js'].code).toBe(code(4095));
  });

  it('hints a chunk once, however often it runs', () => {
    const bundle = { 'assets/main-1.js': { type: 'chunk', code: code(8000) } };
    addHints(bundle);
    expect(addHints(bundle)).toEqual([]);
    expect(bundle['assets/main-1.js'].code).toBe(`${HINT}${code(8000)}`);
  });
});

describe('compileHints', () => {
  it('runs in builds only, after the other plugins’ generateBundle', () => {
    const plugin = compileHints();
    expect(plugin.apply).toBe('build');
    expect(plugin.generateBundle).toMatchObject({ order: 'post' });
  });
});
