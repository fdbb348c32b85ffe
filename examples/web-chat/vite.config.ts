/** Builds the page (index.html + src/page) into dist/, which the server serves; JSX by esbuild, no plugin needed. */
import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      // Harmless in a client bundle: swr's "use client" directive and zod's misplaced /* @__PURE__ */ hints.
      onwarn: (warning, warn) => {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE' && warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
});
