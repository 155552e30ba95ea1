import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

// Codegen's client preset looks documents up at run time: `graphql(\`query X …\`)` indexes a map of
// every operation in the portal (src/gql/gql.ts), so the first page loads all of them (~40 kB gzip).
// This replaces each call with an import of its compiled document, one small module per document
// (copied from src/gql/graphql.ts), so each lands in the chunk of the pages that use it. The source
// text is matched exactly against the map, so the result equals what the call would return; a call
// not in the map is left alone.
const GQL_ENTRY = /^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm;
const DOCUMENT_EXPORT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
// A template without interpolation (`${`) or escapes: its text is the map's key as written.
const GRAPHQL_CALL = /\bgraphql\(\s*`((?:[^`\\$]|\$(?!\{))*)`\s*\)/g;
const PREFIX = 'schakel-document:';

interface InlineDocumentsOptions {
  /** src/gql/gql.ts, whose `documents` map gives the export name of each source text. */
  gqlFile: string;
  /** src/gql/graphql.ts, which exports the compiled documents. */
  documentsFile: string;
  /** The files to rewrite. */
  include: RegExp;
}

export function inlineDocuments({
  gqlFile,
  documentsFile,
  include,
}: InlineDocumentsOptions): Plugin {
  const nameBySource = new Map<string, string>();
  const documentByName = new Map<string, string>();
  return {
    name: 'schakel:inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      nameBySource.clear();
      documentByName.clear();
      for (const [, key = '""', name = ''] of readFileSync(gqlFile, 'utf8').matchAll(GQL_ENTRY))
        nameBySource.set(JSON.parse(key) as string, name);
      for (const [, name = '', json = ''] of readFileSync(documentsFile, 'utf8').matchAll(
        DOCUMENT_EXPORT,
      ))
        documentByName.set(name, json);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      return `export const ${name} = ${documentByName.get(name)};`;
    },
    transform(code, id) {
      if (!include.test(id) || !code.includes('graphql(')) return null;
      const used = new Set<string>();
      const rewritten = code.replace(GRAPHQL_CALL, (call, source: string) => {
        const name = nameBySource.get(source);
        if (!name || !documentByName.has(name)) {
          this.warn(`a graphql() call is not in ${gqlFile}: left as is (run portal:codegen)`);
          return call;
        }
        used.add(name);
        return `__document_${name}`;
      });
      if (!used.size) return null;
      const imports = [...used]
        .map((name) => `import { ${name} as __document_${name} } from '${PREFIX}${name}';`)
        .join(' ');
      // On the first line, so every other line stays where it was.
      return { code: `${imports} ${rewritten}`, map: null };
    },
  };
}
