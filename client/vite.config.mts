import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The config lives in client/ but is run from the project root (npm run build), so paths are
// resolved from this file rather than from the working directory.
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const api = 'http://localhost:3000';

// The browser tests build a variant whose Twilio Voice SDK is a stand-in they drive, into their own
// directory (RINGROUND_CLIENT_OUT), which the test server serves through CLIENT_DIR.
const fakeVoice = Boolean(process.env.RINGROUND_FAKE_VOICE_SDK);

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: fakeVoice
      ? [{ find: /^@twilio\/voice-sdk$/, replacement: here('../tests/fakes/voiceSdk.ts') }]
      : [],
  },
  build: {
    outDir: process.env.RINGROUND_CLIENT_OUT ?? here('../dist/client'),
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
