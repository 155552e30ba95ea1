import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

// The voorbeeld theme's theme.css declares every token of every community component library
// (Den Haag, Amsterdam, Rijkshuisstijl, NL, Utrecht, …): ~2,800 custom properties, 200 kB, on the
// root element. The portal's CSS reads about a third of them. This keeps a token only when some
// consumer (the Utrecht component CSS, the portal's own CSS and code) mentions its name, or a kept
// token's value does. Names are matched as plain text, so a token named anywhere stays: the
// filter can keep too much, never too little. A line it does not understand is kept as is.
const DECLARATION = /^\s*(--[\w-]+)\s*:(.*);\s*(?:\/\*.*?\*\/)?\s*$/;
const CUSTOM_PROPERTY = /--[\w-]+/g;

interface PruneDesignTokensOptions {
  /** The token file(s) to prune. */
  tokens: RegExp;
  /** Files and folders (searched for .css, .ts, .tsx, .js, .mjs) whose mentions keep a token. */
  consumers: readonly string[];
}

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(path, entry.name))
      : /\.(css|tsx?|m?js)$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name)
        ? [join(path, entry.name)]
        : [],
  );
}

/** The token file with only the declarations the consumers reach; other lines unchanged. */
export function pruneTokens(css: string, consumerText: string): string {
  const lines = css.split('\n');
  const values = new Map<string, string>();
  for (const line of lines) {
    const match = DECLARATION.exec(line);
    if (match?.[1]) values.set(match[1], match[2] ?? '');
  }
  const kept = new Set<string>();
  const pending: string[] = consumerText.match(CUSTOM_PROPERTY) ?? [];
  while (pending.length) {
    const name = pending.pop() as string;
    if (kept.has(name)) continue;
    kept.add(name);
    pending.push(...(values.get(name)?.match(CUSTOM_PROPERTY) ?? []));
  }
  return lines
    .filter((line) => {
      const match = DECLARATION.exec(line);
      return !match?.[1] || kept.has(match[1]);
    })
    .join('\n');
}

export function pruneDesignTokens({ tokens, consumers }: PruneDesignTokensOptions): Plugin {
  let consumerText: string | null = null;
  return {
    name: 'schakel:prune-design-tokens',
    // The dev server keeps every token: it would not see a token a later edit starts to use.
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      consumerText = null;
    },
    transform(code, id) {
      if (!tokens.test(id.replace(/\?.*$/, ''))) return null;
      consumerText ??= consumers
        .flatMap(filesUnder)
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
      return { code: pruneTokens(code, consumerText), map: null };
    },
  };
}
