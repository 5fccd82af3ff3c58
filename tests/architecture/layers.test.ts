// ARCHITECTURE.md, checked on the import lines of src/: the pure core (data/, analysis/) depends on
// nothing above it, only the entry points read the bundled data files, and component scripts stay
// short unless their header says why.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { importsOf, inside, longBecause, scriptLength, sourceFiles } from './source';

/** The repository's root: tests/architecture/ → tests/ → the root. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = sourceFiles(ROOT, 'src');
const under = (folder: string) => SRC.filter((f) => inside(f.path, folder));

/** What each folder of the pure core may import from the project: its own folder and those below. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  'src/lib/data': ['src/lib/data'],
  'src/lib/analysis': ['src/lib/analysis', 'src/lib/data'],
};

/** The longest component script, in lines, before its header must say why (ARCHITECTURE.md). */
const MAX_SCRIPT = 150;

/**
 * Long chart scripts, allowed for now without a reason in their header: the chart-layout work of
 * issue 11 (item 2) moves their geometry and pointer logic into pure, tested modules. Remove an
 * entry when its file is split; the last test fails while an entry is no longer needed.
 */
const LONG_FOR_NOW: ReadonlyMap<string, string> = new Map([]);

/** Globals that exist only in a browser: the pure core never reads them. */
const BROWSER_GLOBALS = new Set([
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'matchMedia',
  'innerWidth',
  'innerHeight',
]);

/** The browser globals a TypeScript file names (not as a property: `x.location` is not one). */
function browserGlobals(text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text)) {
      const p = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(p) && p.name === node) ||
        ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p)) && p.name === node);
      if (!isName) found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true));
  return found;
}

describe('the source tree as read', () => {
  it('holds the pure core, the components and the entry point', () => {
    expect(under('src/lib/data').length).toBeGreaterThan(10);
    expect(under('src/lib/analysis').length).toBeGreaterThan(10);
    expect(SRC.filter((f) => f.path.endsWith('.svelte')).length).toBeGreaterThan(20);
    expect(SRC.map((f) => f.path)).toContain('src/main.ts');
  });
});

describe.each(Object.entries(MAY_IMPORT))('%s, the pure core', (folder, allowed) => {
  const files = under(folder);

  it.each(files.map((f) => [f.path, f] as const))(
    '%s imports only from ' + allowed.join(' and ') + ', and no Svelte',
    (_path, file) => {
      const wrong = importsOf(file).flatMap((imp) => {
        if (imp.kind === 'package') return imp.name === 'svelte' ? [imp.name] : [];
        return allowed.some((a) => inside(imp.path, a)) ? [] : [imp.path];
      });
      expect(wrong).toEqual([]);
    },
  );

  it('holds no component and no runes module', () => {
    expect(files.map((f) => f.path).filter((p) => /\.svelte(\.ts)?$/.test(p))).toEqual([]);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s reads no browser global', (_path, file) => {
    expect(browserGlobals(file.text)).toEqual([]);
  });
});

/** The parser, the ranking and the pipeline that runs them: what a view never calls itself. */
const PIPELINE = [
  'src/lib/dataset',
  'src/lib/ranked',
  'src/lib/model/read',
  'src/readers',
  'src/lib/data/parse',
  'src/lib/data/csv',
  'src/lib/data/detect',
  'src/lib/data/rows',
  'src/lib/analysis/rank',
  'src/lib/analysis/ranks-of-values',
];

describe('the views (src/lib/components, src/lib/charts)', () => {
  const views = [...under('src/lib/components'), ...under('src/lib/charts')];

  it.each(views.map((f) => [f.path, f] as const))('%s neither parses nor ranks', (_path, file) => {
    const wrong = importsOf(file).flatMap((imp) =>
      imp.kind === 'local' && PIPELINE.includes(imp.path.replace(/\.ts$/, '')) ? [imp.path] : [],
    );
    expect(wrong).toEqual([]);
  });

  it('the list names modules that exist', () => {
    const paths = new Set(SRC.map((f) => f.path));
    expect(PIPELINE.filter((p) => !paths.has(`${p}.ts`))).toEqual([]);
  });
});

describe('the islands (src/lib/parts, src/lib/island)', () => {
  const importers = (folder: string) =>
    SRC.filter((f) =>
      importsOf(f).some((imp) => imp.kind === 'local' && inside(imp.path, folder)),
    ).map((f) => f.path);

  it('only the island modules import a part: the client loads each with import(), after the first screen', () => {
    expect(importers('src/lib/parts').sort()).toEqual([
      'src/lib/island/Island.server.svelte',
      'src/lib/island/parts.ts',
    ]);
  });

  it('parts.ts loads every part with import(), never statically', () => {
    const parts = SRC.find((f) => f.path === 'src/lib/island/parts.ts');
    expect(parts?.text).toMatch(/import\('\.\.\/parts\//);
    expect(parts?.text).not.toMatch(/^import [^(]*from '\.\.\/parts\//m);
  });
});

describe('the bundled data files (data/)', () => {
  it('no module under src/lib imports one: the dataset is an input, given by the entry point', () => {
    const wrong = under('src/lib').flatMap((f) =>
      importsOf(f)
        .filter((imp) => imp.kind === 'local' && inside(imp.path, 'data'))
        .map((imp) => `${f.path} → ${imp.kind === 'local' ? imp.path : ''}`),
    );
    expect(wrong).toEqual([]);
  });

  it('src/bundled.ts, which both entry points read, does import them (the check above sees such imports)', () => {
    const main = SRC.find((f) => f.path === 'src/bundled.ts');
    const data = main
      ? importsOf(main).filter((i) => i.kind === 'local' && inside(i.path, 'data'))
      : [];
    expect(data.length).toBeGreaterThan(0);
  });
});

describe(`component scripts over ${MAX_SCRIPT} lines`, () => {
  const components = SRC.filter((f) => f.path.endsWith('.svelte'));
  const long = components.filter((f) => scriptLength(f.text) > MAX_SCRIPT);

  it.each(components.map((f) => [f.path, f] as const))(
    '%s: short, or its header says « Long because: »',
    (path, file) => {
      const lines = scriptLength(file.text);
      if (lines <= MAX_SCRIPT || LONG_FOR_NOW.has(path)) return;
      expect(longBecause(file.text), `${path}: ${lines} lines of script`).not.toBeNull();
    },
  );

  it('every allowed-for-now chart is still long and without a reason (else drop it from the list)', () => {
    const stillNeeded = long.filter((f) => longBecause(f.text) === null).map((f) => f.path);
    expect([...LONG_FOR_NOW.keys()].filter((p) => !stillNeeded.includes(p))).toEqual([]);
  });
});
