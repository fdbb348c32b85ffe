/** Builds the page (index.html + src/page) into dist/, which the server serves; JSX by esbuild, no plugin needed. */
import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true },
});
