import { defineConfig } from 'tsup';

// The library entry in ESM and CommonJS (with .d.ts / .d.cts); the executable in ESM only (top-level await).
export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: ['!bin.js*'], // the two builds run at once: this one must not remove the executable
    target: 'node22',
  },
  {
    entry: ['src/bin.ts'],
    format: ['esm'],
    sourcemap: true,
    target: 'node22',
  },
]);
