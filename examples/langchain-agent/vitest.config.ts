/** The demo's test runs it as a user would, a child process without a terminal: seconds, not milliseconds. */
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['src/**/*.test.ts'], testTimeout: 90_000 } });
