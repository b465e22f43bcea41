import { defineConfig } from 'tsup';

// One ESM bundle of the server with @moteplass/shared inlined (it ships as
// TypeScript source); npm dependencies stay external.
export default defineConfig({
  entry: { main: 'src/main.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  noExternal: ['@moteplass/shared'],
});
