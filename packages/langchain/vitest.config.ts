import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import the packages' public entry points; the aliases point them at the sources so a test run
// never reads a stale build.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@apiwire/core': source('../core/src/index.ts'),
      // the more specific entry first: an alias also matches what starts with it and a slash
      '@apiwire/fixtures/langchain': source('../../fixtures/src/langchain.ts'),
      '@apiwire/fixtures/vitest': source('../../fixtures/src/vitest.ts'),
      '@apiwire/fixtures': source('../../fixtures/src/index.ts'),
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
});
