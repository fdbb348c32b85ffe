import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.library';

// The library entry as every package builds it; the executable in ESM only (top-level await).
export default defineConfig([
  { ...libraryBuild, clean: ['!bin.js*'] }, // the two builds run at once: this one must not remove the executable
  { entry: ['src/bin.ts'], format: ['esm'], sourcemap: true, target: 'node22' },
]);
