import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The config lives in client/ but is run from the project root (npm run build), so paths are
// resolved from this file rather than from the working directory.
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const api = 'http://localhost:3000';

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  build: {
    outDir: here('../dist/client'),
    emptyOutDir: true,
  },
  server: {
    // protocol/ sits beside client/, outside Vite's root.
    fs: { allow: [here('..')] },
    proxy: {
      '/api': api,
      '/healthz': api,
      '/socket.io': { target: api, ws: true },
    },
  },
});
