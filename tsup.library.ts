import type { Options } from 'tsup';

/**
 * The build every published package shares: `src/index.ts` as ESM (dist/index.js) and CommonJS (dist/index.cjs),
 * each with its own declarations (.d.ts / .d.cts), for Node 22.
 */
export const libraryBuild: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node22',
};
