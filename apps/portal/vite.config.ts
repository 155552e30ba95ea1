import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { constants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { ROLES_WITHOUT_CASE_CONTENT } from '@schakel/domain';
import { earlyRequests } from './vite-plugins/early-requests';
import { inlineDocuments } from './vite-plugins/inline-documents';
import { nativeBabelHelpers } from './vite-plugins/native-babel-helpers';
import { pruneDesignTokens } from './vite-plugins/prune-design-tokens';
import { pruneUnusedCssPlugin } from './vite-plugins/prune-unused-css';
import {
  ENGLISH_CATALOGUE,
  isCatalogueModule,
  splitCatalogue,
} from './vite-plugins/split-catalogue';
import { stripDisplayName } from './vite-plugins/strip-display-name';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);
const apiTarget = 'http://localhost:3000';
/**
 * A lazy chunk's file name: the shell lists them all in its preload map (~150 names). The bundler
 * names a chunk after a module in it, often one of the split catalogue's messages
 * ("users.invite.otherProvider"), which says nothing and costs bytes in the first load (ADR 0045).
 * A chunk of messages only is `msg` (the English catalogue `en`); one with code that the bundler
 * named after a message is named after its code's last module; any other keeps its name.
 */
function chunkName(chunk: { name: string; moduleIds: readonly string[] }): string {
  const code = chunk.moduleIds.filter((id) => !isCatalogueModule(id));
  if (code.length === 0) return chunk.moduleIds.includes(ENGLISH_CATALOGUE) ? 'en' : 'msg';
  if (code.length === chunk.moduleIds.length || !chunk.name.includes('.')) return chunk.name;
  const last = code[code.length - 1]!.split(/[\\/]/).pop()!;
  return last.replace(/\..*$/, '').replace(/[^\w-]/g, '_') || 'chunk';
}

/** The early script's requests (vite-plugins/early-requests.ts; checked by earlyRequests.test.ts). */
export const earlyRequestsOptions = {
  documentsFile: here('src/gql/graphql.ts'),
  runtimeFile: here('src/features/api-client/utils/earlyRequests.ts'),
  // The case list without filters: caseListVariables() of empty params.
  casesPath: '/dossiers',
  casesVariables: { first: 20 },
  rolesWithoutCaseContent: ROLES_WITHOUT_CASE_CONTENT,
  // INTL_LOCALE's tags and formatDate's TIME_ZONE (earlyRequests.test.ts checks they are).
  intl: { locales: ['nl-NL', 'en-GB'], timeZone: 'Europe/Amsterdam' },
};

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [
    react(),
    stripDisplayName(),
    nativeBabelHelpers(),
    inlineDocuments({
      gqlFile: here('src/gql/gql.ts'),
      documentsFile: here('src/gql/graphql.ts'),
      include: /[\\/]apps[\\/]portal[\\/]src[\\/](?!gql[\\/]).*\.tsx?$/,
    }),
    splitCatalogue({
      catalogue: here('src/features/i18n/messages/nl.ts'),
      english: here('src/features/i18n/messages/en.ts'),
      registry: here('src/features/i18n/utils/catalogues.ts'),
      icuEngine: here('src/features/i18n/utils/icuEngine.ts'),
      include: /[\\/]apps[\\/]portal[\\/]src[\\/].*\.tsx?$/,
    }),
    earlyRequests(earlyRequestsOptions),
    pruneDesignTokens({
      tokens: /voorbeeld-design-tokens[\\/]dist[\\/]theme\.css$/,
      // Utrecht's React components set no custom properties themselves.
      consumers: [require.resolve('@utrecht/component-library-css'), here('src')],
    }),
    // After the build: the shell's stylesheet without the library's rules no page uses.
    pruneUnusedCssPlugin(),
    // Served as is by the API (apps/api/src/portal/serve-portal.ts), which picks .br or .gz.
    compression({
      include: /\.(js|css|html|svg|json)$/,
      algorithms: [
        defineAlgorithm('brotliCompress', {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
        }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      logLevel: 'silent',
    }),
  ],
  resolve: {
    alias: { '@schakel/domain': here('../../libs/domain/src/index.ts') },
    // rxjs (through Apollo Client) ships ES5 by default, with tslib's class helpers; its es2015
    // build is the same code as native classes: smaller and what every supported browser runs.
    conditions: ['es2015', ...defaultClientConditions],
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
      '/cases': apiTarget,
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
      '/cases': apiTarget,
    },
  },
  build: {
    rolldownOptions: {
      // libs/domain is vocabulary without side effects: a page that uses a role name must not
      // bring every input schema (and zod) into the first chunk.
      treeshake: {
        moduleSideEffects: (id: string) => !/[\\/]libs[\\/]domain[\\/]src[\\/]/.test(id),
      },
      output: {
        // Everything the entry imports statically (the shell: React, Apollo, the router) in one
        // file. Rolldown otherwise splits off each module a lazy page shares with the shell into
        // its own small chunk (18 files in the first load); one file compresses better (-6.7 kB
        // gzip) and is one request. The pages import from it; it is loaded before any page anyway.
        codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] },
        chunkFileNames: (chunk) => `assets/${chunkName(chunk)}-[hash].js`,
      },
    },
    outDir: here('../../dist/apps/portal'),
    emptyOutDir: true,
    sourcemap: false,
    // Every browser the portal supports preloads modules itself (Chromium, Firefox 115+,
    // Safari 17+): no polyfill in the first chunk; an older one only loads a page's chunks later.
    modulePreload: { polyfill: false },
    // The shell is one file of ~520 kB raw (~150 kB gzip), served precompressed.
    chunkSizeWarningLimit: 600,
    // The CSP's font-src 'self' rejects data: URLs, so keep fonts as files instead of inlining.
    assetsInlineLimit: 0,
  },
});
