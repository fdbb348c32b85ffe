import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import the packages' public entry points; the aliases point them at the sources so a test run
// never reads a stale build.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@apiwire/core': source('../core/src/index.ts'),
      '@apiwire/fixtures': source('../../fixtures/src/index.ts'),
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    // Child-process tests start node several times per test; a loaded CI machine needs the room.
    testTimeout: 120_000,
    // The child-process tests run dist/bin.js: build it once here, not from parallel test files.
    globalSetup: ['test/build-bin-before-tests.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
});
