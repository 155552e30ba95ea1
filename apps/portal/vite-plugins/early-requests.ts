import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { addTypenameToDocument, print } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
// Vite's own bundler (a dependency of Vite 8), for its minifier.
import { minifySync } from 'rolldown/utils';
import { transformWithOxc, type Plugin } from 'vite';
import type { EarlyRequestsConfig } from '../src/features/api-client/utils/earlyRequests';

// The early script (src/features/api-client/utils/earlyRequests.ts): a script of its own, loaded
// before the shell, that asks for `Me` (and, on the case list, `Cases`) at once. Built here from
// that file and the compiled documents, as the shell's Apollo Client sends them (with
// `__typename`), so its link can tell an early answer belongs to the same request.
const DOCUMENT_EXPORT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

export interface EarlyRequestsOptions {
  /** src/gql/graphql.ts, which exports the compiled documents. */
  documentsFile: string;
  /** src/features/api-client/utils/earlyRequests.ts (no imports; copied as it is). */
  runtimeFile: string;
  /** The case list's path and its first page's variables (`caseListVariables` of no filter). */
  casesPath: string;
  casesVariables: Record<string, unknown>;
  rolesWithoutCaseContent: readonly string[];
  /** The Intl locales and time zone the portal formats with (warmed while the shell loads). */
  intl: { locales: readonly string[]; timeZone: string };
}

/** The documents as the shell prints them, and what the early script needs besides. */
export function earlyRequestsConfig(options: EarlyRequestsOptions): EarlyRequestsConfig {
  const documents = new Map<string, string>();
  for (const [, name = '', json = ''] of readFileSync(options.documentsFile, 'utf8').matchAll(
    DOCUMENT_EXPORT,
  ))
    documents.set(name, json);
  const printed = (name: string) => {
    const json = documents.get(name);
    if (!json) throw new Error(`early requests: no ${name} in ${options.documentsFile}`);
    return print(addTypenameToDocument(JSON.parse(json) as DocumentNode));
  };
  return {
    me: { query: printed('MeDocument') },
    cases: {
      path: options.casesPath,
      query: printed('CasesDocument'),
      variables: options.casesVariables,
    },
    rolesWithoutCaseContent: options.rolesWithoutCaseContent,
    intl: options.intl,
  };
}

/** The early script's source: the runtime file without its types, then the call. */
export async function earlyRequestsScript(options: EarlyRequestsOptions): Promise<string> {
  const { code } = await transformWithOxc(
    readFileSync(options.runtimeFile, 'utf8'),
    options.runtimeFile,
    { lang: 'ts' },
  );
  const config = earlyRequestsConfig(options);
  const script = `${code}\nstartEarlyRequests(${JSON.stringify(config)}, window);\n`;
  return minifySync('early-requests.js', script, { module: true }).code;
}

// index.html names the script by this until the bundle is known; then by its hashed name.
const PLACEHOLDER = '/assets/early-requests.placeholder.js';

export function earlyRequests(options: EarlyRequestsOptions): Plugin {
  return {
    name: 'schakel:early-requests',
    apply: 'build',
    // Among the last plugins (after Vite's HTML plugin), before the compression plugin.
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      // First in <head>: its requests start as soon as it arrives, while the shell still loads.
      handler: () => [
        {
          tag: 'script',
          attrs: { type: 'module', async: true, src: PLACEHOLDER },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle: {
      // Vite's HTML plugin has put index.html in the bundle; the compression plugin (also
      // `enforce: 'post'`, listed later) compresses it and this script afterwards.
      async handler(_options, bundle) {
        const source = await earlyRequestsScript(options);
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
        const fileName = `assets/early-requests-${hash}.js`;
        this.emitFile({ type: 'asset', fileName, source });
        const html = bundle['index.html'] as { source: string | Uint8Array } | undefined;
        if (!html || !String(html.source).includes(PLACEHOLDER))
          throw new Error('early requests: index.html does not load the early script');
        html.source = String(html.source).replace(PLACEHOLDER, `/${fileName}`);
      },
    },
  };
}
