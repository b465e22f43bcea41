import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { routePreload } from './route-preload.js';

// In development the API and the sockets live on the server (port 8080);
// in production the server serves this build from the same origin.
const SERVER = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react(), routePreload()],
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': SERVER,
      '/healthz': SERVER,
      '/ws': { target: SERVER, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page loads (scripts/bundle-size.mjs).
    manifest: true,
  },
});
