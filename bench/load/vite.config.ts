// The load bench's page (bench/load/index.html) → dist-bench/load/, apart from the production build.
// `--mode single` builds it as the single-file build does (one HTML file, every script inlined: the
// build fails if a file is left over, a worker's included), so the inline worker is what runs
// (dist-bench/load-single/).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { singleFile } from '../../scripts/single-file.mjs';

export default defineConfig(({ mode }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: mode === 'single' ? [singleFile()] : [],
  build: {
    target: 'es2022',
    outDir: fileURLToPath(
      new URL(
        mode === 'single' ? '../../dist-bench/load-single' : '../../dist-bench/load',
        import.meta.url,
      ),
    ),
    emptyOutDir: true,
    modulePreload: false,
    rolldownOptions: mode === 'single' ? { output: { codeSplitting: false } } : {},
  },
  logLevel: 'warn',
}));
