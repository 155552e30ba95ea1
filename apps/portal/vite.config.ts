import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { stripDisplayName } from './vite-plugins/strip-display-name';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react(), stripDisplayName()],
  resolve: {
    alias: { '@schakel/domain': here('../../libs/domain/src/index.ts') },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      // ws: live meeting updates (graphql-ws) on the same path.
      '/graphql': { target: apiTarget, ws: true },
      '/health': apiTarget,
      '/meetings': apiTarget,
      '/data-subject-requests': apiTarget,
    },
  },
  preview: {
    port: 4300,
    proxy: {
      // ws: live meeting updates (graphql-ws) on the same path.
      '/graphql': { target: apiTarget, ws: true },
      '/health': apiTarget,
      '/meetings': apiTarget,
      '/data-subject-requests': apiTarget,
    },
  },
  build: {
    outDir: here('../../dist/apps/portal'),
    emptyOutDir: true,
    sourcemap: false,
    // The CSP's font-src 'self' rejects data: URLs, so keep fonts as files instead of inlining.
    assetsInlineLimit: 0,
  },
});
