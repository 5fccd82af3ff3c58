// For the measuring scripts (bench-browser, longtasks) given BENCH_N: builds the bench-only page
// (bench/browser/, the app over a generated table) into dist-bench/, or exits with the build's code.
import { spawnSync } from 'node:child_process';

export function buildBenchPage() {
  const built = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'bench/browser/vite.config.ts'],
    { stdio: 'inherit' },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
}
