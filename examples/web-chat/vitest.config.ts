/** The browser test drives Chromium through a whole chat: slower than a unit test. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['src/**/*.test.ts'], testTimeout: 90_000, hookTimeout: 60_000 },
});
