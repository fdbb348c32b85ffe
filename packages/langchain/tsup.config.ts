import { defineConfig } from 'tsup';

// ESM (dist/index.js) and CommonJS (dist/index.cjs), each with its own declarations (.d.ts / .d.cts).
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node22',
});
