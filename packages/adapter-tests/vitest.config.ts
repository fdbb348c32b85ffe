import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The suite imports the packages' public entry points; the aliases point them at the sources so a test run
// never reads a stale build (the more specific fixtures entries first: an alias also matches its subpaths).
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@apiwire/core': source('../core/src/index.ts'),
      '@apiwire/ai-sdk': source('../ai-sdk/src/index.ts'),
      '@apiwire/langchain': source('../langchain/src/index.ts'),
      '@apiwire/fixtures/ai-sdk': source('../../fixtures/src/ai-sdk.ts'),
      '@apiwire/fixtures/langchain': source('../../fixtures/src/langchain.ts'),
      '@apiwire/fixtures/vitest': source('../../fixtures/src/vitest.ts'),
      '@apiwire/fixtures': source('../../fixtures/src/index.ts'),
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
