import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { transformWithOxc, type Plugin } from 'vite';

// The Dutch catalogue (features/i18n/messages/nl.ts) is one object of ~2,000 messages with a part
// spread in per feature: bundled as is, every page's text (~45 kB gzip) would be in the first
// chunk. In the build this plugin empties that object and lets each module import exactly the
// messages it names, one small module per key that registers its message (registerMessages).
// The bundler then puts each message in the chunk of the pages that use it (or a chunk they
// share) and the message is registered before any module that names it runs. Vitest and the dev
// server use the whole catalogue as written.
//
// ICU messages (plural, select, number) are parsed here too, and the bundle gets the parsed form
// (FormatJS's precompilation): intl-messageformat then formats without its parser, which the
// build replaces by its `no-parser` entry (~10 kB gzip less in the first chunk). The English
// catalogue, loaded whole for someone who chose it, is precompiled the same way.
//
// intl-messageformat itself (~2 kB gzip) is needed only to format ICU messages: the registry's
// import of the engine (features/i18n/utils/icuEngine.ts) is dropped, and the registration of an
// ICU message and the English catalogue import it instead, so the engine is installed before the
// first ICU message is there and travels with the chunks that have one.

const PART_IMPORT = /^import \{ (\w+) \} from '([^']+)';\n/gm;
const SPREAD = /^[ \t]*\.\.\.(\w+),\n/gm;
const OBJECT = /^export const nl = \{\n[\s\S]*?\n\}/m;
// A string literal that may be a key, or the start of a template literal / concatenation that
// builds one ("`error.${code}`", "'closing.outcome.' + value").
const CANDIDATE = /(['"`])([A-Za-z][\w-]*(?:\.[\w-]+)*(\.)?)(\1|\$\{)/g;
// Catalogue files (either language) hold keys but use none.
const MESSAGES_FOLDER = /[\\/]messages[\\/][^\\/]+$/;
const VIRTUAL = 'virtual:schakel-nl/';
/** The module id of the precompiled English catalogue. */
export const ENGLISH_CATALOGUE = '\0virtual:schakel-en.js';

/** A module this plugin makes: one Dutch message, or the English catalogue. */
export const isCatalogueModule = (id: string) =>
  id.startsWith(`\0${VIRTUAL}`) || id === ENGLISH_CATALOGUE;
const PARSER = '@formatjs/icu-messageformat-parser';
const ENGINE_IMPORT = /^import '\.\/icuEngine';$/m;
/** As in features/i18n/utils/formatMessage.ts: text and bare `{name}` values need no engine. */
const SIMPLE = /^(?:[^{}']|\{\w+\})*$/;

export type CompiledMessage = string | MessageFormatElement[];

/** A message in the form the bundle carries: as written when simple, else parsed. */
export function compile(message: string, locale: string): CompiledMessage {
  // The options intl-messageformat would parse with (formatMessage.ts: ignoreTag).
  return SIMPLE.test(message)
    ? message
    : parse(message, { ignoreTag: true, locale: new Intl.Locale(locale) });
}

/** A TypeScript module without run-time imports (a catalogue file), evaluated. */
async function evaluate(source: string, file: string): Promise<Record<string, unknown>> {
  const { code } = await transformWithOxc(source, file, { lang: 'ts' });
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  return (await import(url)) as Record<string, unknown>;
}

/** nl.ts without the parts it spreads in: the keys it writes itself. */
export function withoutParts(source: string): string {
  const spread = new Set([...source.matchAll(SPREAD)].map((m) => m[1]));
  return source
    .replace(PART_IMPORT, (line: string, name: string) => (spread.has(name) ? '' : line))
    .replace(SPREAD, (line: string, name: string) => (spread.has(name) ? '' : line));
}

/** Every message of a catalogue, read from nl.ts / en.ts and the files of the parts it spreads in. */
export async function readCatalogue(
  cataloguePath: string,
  exportName: string,
): Promise<Map<string, string>> {
  const source = readFileSync(cataloguePath, 'utf8');
  const spread = new Set([...source.matchAll(SPREAD)].map((m) => m[1]));
  const messages = new Map<string, string>();
  const add = (object: unknown) => {
    for (const [key, value] of Object.entries(object as Record<string, string>))
      messages.set(key, value);
  };
  for (const [, name = '', path = ''] of source.matchAll(PART_IMPORT)) {
    if (!spread.has(name)) continue;
    const file = resolve(dirname(cataloguePath), `${path}.ts`);
    add((await evaluate(readFileSync(file, 'utf8'), file))[name]);
  }
  add((await evaluate(withoutParts(source), cataloguePath))[exportName]);
  return messages;
}

/** The keys `code` names, exactly or by a prefix it completes at run time. */
export function keysUsedBy(code: string, keys: ReadonlySet<string>): string[] {
  const used = new Set<string>();
  for (const [, , text = '', dot, end] of code.matchAll(CANDIDATE)) {
    if (dot === '.' || end === '${') {
      for (const key of keys) if (key.startsWith(text)) used.add(key);
    } else if (keys.has(text)) used.add(text);
  }
  return [...used].sort();
}

export interface SplitCatalogueOptions {
  /** features/i18n/messages/nl.ts */
  catalogue: string;
  /** features/i18n/utils/catalogues.ts, which exports registerMessages. */
  registry: string;
  /** features/i18n/messages/en.ts */
  english: string;
  /** features/i18n/utils/icuEngine.ts, which installs intl-messageformat; the registry imports it. */
  icuEngine: string;
  /** The modules to scan for keys. */
  include: RegExp;
}

export function splitCatalogue(options: SplitCatalogueOptions): Plugin {
  const catalogue = resolve(options.catalogue);
  const registry = JSON.stringify(resolve(options.registry));
  const registryPath = resolve(options.registry);
  const engine = JSON.stringify(resolve(options.icuEngine));
  let messages = new Map<string, string>();
  let keys = new Set<string>();
  return {
    name: 'schakel:split-dutch-catalogue',
    apply: 'build',
    enforce: 'pre',
    async buildStart() {
      messages = await readCatalogue(catalogue, 'nl');
      keys = new Set(messages.keys());
    },
    async resolveId(id, importer) {
      if (id.startsWith(VIRTUAL)) return `\0${id}`;
      // The registry's `import('../messages/en')`: the precompiled English catalogue.
      if (importer === registryPath && id === '../messages/en') return ENGLISH_CATALOGUE;
      if (id === PARSER && importer !== undefined)
        return this.resolve(`${PARSER}/no-parser.js`, importer, { skipSelf: true });
      return null;
    },
    async load(id) {
      if (id === ENGLISH_CATALOGUE) {
        const english = await readCatalogue(resolve(options.english), 'en');
        const compiled = Object.fromEntries(
          [...english].map(([key, message]) => [key, compile(message, 'en-GB')]),
        );
        return `import ${engine};\nexport const en = ${JSON.stringify(compiled)};`;
      }
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      // `.js` at the end: a key such as `…json` must not look like a JSON file to other plugins.
      const key = decodeURIComponent(id.slice(VIRTUAL.length + 1, -'.js'.length));
      const message = messages.get(key);
      if (message === undefined) throw new Error(`split-catalogue: no message ${key}`);
      const compiled = compile(message, 'nl-NL');
      return [
        ...(typeof compiled === 'string' ? [] : [`import ${engine};`]),
        `import { registerMessages } from ${registry};`,
        `registerMessages({ ${JSON.stringify(key)}: ${JSON.stringify(compiled)} });`,
      ].join('\n');
    },
    transform(code, id) {
      const [file = id] = id.split('?');
      if (file === catalogue) {
        // Same number of lines, so the source map stays right.
        const emptied = code.replace(
          OBJECT,
          (object) => `export const nl = {${'\n'.repeat(object.split('\n').length - 1)}}`,
        );
        if (emptied === code) throw new Error('split-catalogue: nl.ts has an unexpected shape');
        return { code: emptied, map: null };
      }
      if (file === registryPath) {
        // An empty line instead, so the source map stays right.
        const without = code.replace(ENGINE_IMPORT, '');
        if (without === code) throw new Error('split-catalogue: catalogues.ts imports no engine');
        return { code: without, map: null };
      }
      if (!options.include.test(file) || MESSAGES_FOLDER.test(file)) return null;
      const used = keysUsedBy(code, keys);
      if (used.length === 0) return null;
      // Appended, so the source map of the lines above stays right; imports are hoisted anyway.
      const imports = used.map((key) => `import '${VIRTUAL}${encodeURIComponent(key)}.js';`);
      return { code: `${code}\n${imports.join('\n')}\n`, map: null };
    },
  };
}
