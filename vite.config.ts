import { dirname } from 'node:path';
import { searchForWorkspaceRoot } from 'vite';
import { availableParallelism } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { singleFile } from './scripts/single-file.mjs';
import { prerender } from './scripts/prerender.mjs';
import { compileHints } from './scripts/compile-hints.mjs';
import { serverIslands } from './scripts/islands.mjs';
import { parsed, rankingTable } from './scripts/parsed.mjs';

/**
 * Vitest's two projects. The components' and charts' tests (jsdom, `@vitest-environment jsdom`)
 * and the tests that run a build as a command (child_process: their build takes the environment
 * of the moment) run each in a module graph of its own; the pure modules' tests share one per
 * worker. (A project's exclude adds to the root's: each excludes the other's files.)
 */
function testProjects(): TestProjectInlineConfiguration[] {
  const files = readdirSync('tests', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts') && !f.startsWith('e2e'))
    .map((f) => `tests/${f.replaceAll('\\', '/')}`);
  const own = (f: string) =>
    /@vitest-environment jsdom|node:child_process/.test(readFileSync(f, 'utf8'));
  return [
    { extends: true, test: { name: 'shared', exclude: files.filter(own), isolate: false } },
    { extends: true, test: { name: 'isolated', exclude: files.filter((f) => !own(f)) } },
  ];
}

// base './': every asset URL is relative, so the build works from any sub-path of a static host.
// Mode "single" (npm run build:single): one self-contained dist-single/index.html, every script,
// style and asset inlined, that opens from disk too.
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  // Another table than the published one (RANKING_TABLE, scripts/build-table.mjs): the dev server
  // may read its folder too.
  const table = rankingTable();
  return {
    base: './',
    server: table.published
      ? undefined
      : { fs: { allow: [searchForWorkspaceRoot(process.cwd()), dirname(table.file)] } },
    // parsed: the bundled data files read by the parser at build time (scripts/parsed.mjs), also
    // under Vitest and the dev server. prerender: each language's default view is written into the
    // built HTML (scripts/prerender.mjs).
    plugins: single
      ? [serverIslands(), parsed(), svelte(), prerender({ single: true }), singleFile()]
      : [serverIslands(), parsed(), svelte(), prerender({ single: false }), compileHints()],
    assetsInclude: ['**/*.txt'],
    build: single
      ? {
          target: 'es2022',
          sourcemap: false,
          outDir: 'dist-single',
          assetsInlineLimit: Number.POSITIVE_INFINITY,
          cssCodeSplit: false,
          modulePreload: false,
          rolldownOptions: { output: { codeSplitting: false } },
        }
      : // One stylesheet: the first screen's and every part's, one request that blocks the first paint
        // rather than one per part (a round trip each on a phone's network).
        {
          target: 'es2022',
          sourcemap: false,
          cssCodeSplit: false,
          // Preload links for the page's own script's imports only (every browser that runs es2022
          // modules knows them: no polyfill), so that they load beside it, not after it, before the
          // first paint. None for a chunk loaded with import(): it fetches its own imports once it
          // is read. Vite's helper put a <link rel="modulepreload"> in the page for each of them,
          // one request started in the calling task each (about 1–2 ms of the page's thread): the
          // start asks for three parts at once (main.ts), a dozen links in one task. Measured on
          // 2026-12-04 (Lighthouse mobile, three runs each, alternating): total blocking time
          // 183–368 ms → 118–144, performance 91–97 → 98–99; the start 0.9 KiB lighter (the list
          // of chunk names). A part's own imports come a round trip later: after the first screen.
          modulePreload: {
            polyfill: false,
            resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
          },
          // What the first screen runs is one chunk (the entry's import() of main.ts brings it):
          // Svelte's runtime, the model, the view state, the words' loader, the first screen's
          // components. Left to itself the bundler cuts it into a dozen small chunks shared with
          // the parts loaded later, each with its own import lines and its own gzip window
          // (52.2 KiB at start against 48.8 as one).
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  // The helper that preloads a dynamic import's chunks, used by the entry (boot.ts)
                  // as well: inside the main chunk, the entry imported main.ts's whole chunk
                  // statically, which ran it before the first paint boot.ts is there to wait for.
                  { name: 'preload', test: /vite[\\/]preload-helper/ },
                  {
                    name: 'main',
                    test: /node_modules[\\/]svelte[\\/]|src[\\/](main\.ts|App\.svelte|bundled\.ts)|src[\\/]lib[\\/](island[\\/](islands|parts|Island)|windowing|components[\\/](Filters|LangSwitch|MethodLink)\.svelte)|src[\\/]lib[\\/](state|model|i18n[\\/](load|registry|typography|catalogues|format|rank|context|join)\.ts|context[\\/]rules|data[\\/]normalize|analysis[\\/](round|weeks))/,
                  },
                  // The small pieces several parts share (copy, cite, the school search, the star
                  // and its bar, the data's version, a chart's frame, reference lines and download):
                  // one chunk, not one each: one request where a part loads, not a dozen.
                  {
                    name: 'shared-ui',
                    test: /src[\\/]lib[\\/](island[\\/]wanted|components[\\/](Copy|Cite|PickSearch|SentenceCopy|Star|SchoolActions|VersionNote|Download|ChartDownload|AlsoListed|KeptKey)\.svelte|later[\\/]pinned\.svelte\.ts|analysis[\\/]pinned\.ts|data[\\/](apostrophes|characters)\.ts|components[\\/](Breaks|SchoolRow)\.svelte|components[\\/]linked-hover\.ts|charts[\\/](ChartFrame|RefLines|MonthsAxis)\.svelte|charts[\\/](references|wrap)\.ts|embed[\\/]version\.ts|export[\\/](download|filename)\.ts|(analysis|i18n)[\\/]sentence\.ts|shortlist[\\/]actions\.ts)/,
                  },
                ],
              },
            },
          },
        },
    // Under Vitest, the `browser` condition gives jsdom tests (Vite's client environment) Svelte's
    // client build, which @testing-library/svelte needs. It does not reach the ssr environment
    // (ssr.resolve.conditions keeps the server's): tests in the default node environment, such as
    // tests/server/, get components compiled for the server and Svelte's server build, so `render`
    // from svelte/server works there with no Vitest project of its own.
    resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
    test: {
      include: ['tests/**/*.test.ts'],
      exclude: ['tests/e2e/**'],
      environment: 'node',
      setupFiles: ['tests/setup.ts'],
      // Component tests render 144 rows in jsdom: generous, so a busy 2-core machine does not time out.
      testTimeout: 20_000,
      // A test file a core at once. Left to itself Vitest runs one fewer: one worker on a 2-core
      // machine, the other core mostly idle. Measured on 2026-12-02 (whole run, wall): forks and
      // one worker 5 min 10 s, threads and one 4 min 39 s, threads and two 3 min 11 s (three: 3 min 15).
      pool: 'threads',
      maxWorkers: availableParallelism(),
      // The pure modules' tests share one module graph per worker: each file no longer imports the
      // app's modules and the languages (tests/setup.ts) afresh, 78 s → 44 s for these 127 files on
      // 2026-12-02. A file that changes a module's state, or the environment, must put it back.
      projects: process.env.VITEST ? testProjects() : undefined,
    },
  };
});
