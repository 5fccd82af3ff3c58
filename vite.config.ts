import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// base './': every asset URL is relative, so the build works from any sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  assetsInclude: ['**/*.txt'],
  build: { target: 'es2022', sourcemap: false },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
