// The source tree → each file's imports (resolved to paths from the repository's root, or package
// names), each component's script length and the reason its header gives for a long one. Read as
// text, never run: the layering test checks what ARCHITECTURE.md says against these.
import { readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import ts from 'typescript';

/** A source file: its path from the repository's root (`src/lib/data/parse.ts`) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** An import of a source file: a local path from the root (`data/familles.csv`), or a package. */
export type Import = { kind: 'local'; path: string } | { kind: 'package'; name: string };

/** Every .ts and .svelte file under `dir` (a path from the root), in path order. */
export function sourceFiles(root: string, dir: string): SourceFile[] {
  return readdirSync(posix.join(root, dir), { recursive: true, encoding: 'utf8' })
    .map((name) => posix.join(dir, name.split('\\').join('/')))
    .filter((path) => /\.(ts|svelte)$/.test(path))
    .sort()
    .map((path) => ({ path, text: readFileSync(posix.join(root, path), 'utf8') }));
}

/** The text inside each `<script>` element of a component, in order. */
export function scripts(svelte: string): string[] {
  return [...svelte.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
}

/** Lines of script in a component: the lines between each `<script>` tag and its end tag. */
export function scriptLength(svelte: string): number {
  return scripts(svelte).reduce((n, s) => n + s.replace(/^\n|\n$/g, '').split('\n').length, 0);
}

/** The reason a component's `@component` header gives for a long script (after « Long because: »),
 * or null when it gives none. */
export function longBecause(svelte: string): string | null {
  const header = /<!--\s*@component\b([\s\S]*?)-->/.exec(svelte)?.[1] ?? '';
  const line = header.split('\n').find((l) => /^\s*Long because:\s*\S/.test(l));
  return line === undefined ? null : line.replace(/^\s*Long because:\s*/, '').trim();
}

/** A package's name from a bare specifier: `svelte/internal` → `svelte`, `@a/b/c` → `@a/b`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** The imports of a file (static, `export … from`, dynamic `import()`, type-only too), comments
 * ignored; a local one resolved against the file's folder, its `?raw`-style query dropped. */
export function importsOf(file: SourceFile): Import[] {
  const code = file.path.endsWith('.svelte') ? scripts(file.text).join('\n') : file.text;
  return ts.preProcessFile(code, true, true).importedFiles.map(({ fileName }): Import => {
    if (!fileName.startsWith('.')) {
      return { kind: 'package', name: packageName(fileName) };
    }
    const bare = fileName.replace(/\?.*$/, '');
    return { kind: 'local', path: posix.normalize(posix.join(posix.dirname(file.path), bare)) };
  });
}

/** Whether a local path lies in `folder` (a path from the root, without a trailing slash). */
export const inside = (path: string, folder: string): boolean =>
  path === folder || path.startsWith(`${folder}/`);
