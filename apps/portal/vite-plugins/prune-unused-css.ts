import { createHash } from 'node:crypto';
import postcss, { type Root } from 'postcss';
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputAsset = Rolldown.OutputAsset;

// The first stylesheet carries the whole Utrecht component library (~400 kB of its ~450 kB raw,
// 29 kB brotli): rules for ~100 components, of which the portal renders about twenty. On a phone
// those bytes share the slow line with the shell's JavaScript and every rule is parsed and matched
// (issue 14, target 4). After the build, when every script is known, this drops each rule that
// needs a library class no script, no stylesheet of a page and not index.html names, then each
// custom property nothing reads any more. The filter can keep too much, never too little:
// - a class is "named" when its name appears anywhere in that text (a class the code builds from
//   a literal prefix, `utrecht-alert--${type}`, keeps every class with that prefix);
// - only classes outside `:not()`, `:is()`, `:where()` and `:has()` count (those can match
//   without the class);
// - a selector without a library class is kept, whatever it is.

/** The library's classes, and where a name in the code starts. */
const LIBRARY_CLASS = /\.(utrecht-[\w-]+)/g;
const LIBRARY_NAME = /utrecht-[\w-]*/g;
const CUSTOM_PROPERTY = /--[\w-]+/g;

/** The names and literal prefixes (ending in `-`) of library classes that `text` mentions. */
export function namedClasses(text: string): { names: Set<string>; prefixes: string[] } {
  const names = new Set(text.match(LIBRARY_NAME) ?? []);
  return { names, prefixes: [...names].filter((name) => name.endsWith('-')) };
}

/** The selector without the arguments of functional pseudo-classes (balanced parentheses). */
function outsidePseudoArguments(selector: string): string {
  let depth = 0;
  let kept = '';
  for (const char of selector) {
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) kept += char;
  }
  return kept;
}

function canMatch(selector: string, named: { names: Set<string>; prefixes: string[] }): boolean {
  for (const [, name = ''] of outsidePseudoArguments(selector).matchAll(LIBRARY_CLASS))
    if (!named.names.has(name) && !named.prefixes.some((prefix) => name.startsWith(prefix)))
      return false;
  return true;
}

function dropEmptyContainers(root: Root): void {
  let dropped = true;
  while (dropped) {
    dropped = false;
    root.walk((node) => {
      if ((node.type === 'rule' || node.type === 'atrule') && node.nodes?.length === 0) {
        node.remove();
        dropped = true;
      }
    });
  }
}

/**
 * `css` without the rules whose selectors all need a library class that `usage` does not name,
 * and then without the custom properties that neither `usage` nor any kept value mentions.
 */
export function pruneUnusedCss(css: string, usage: string): string {
  const named = namedClasses(usage);
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    // Keyframe steps (`from`, `50%`) are not selectors of elements.
    if (
      rule.parent?.type === 'atrule' &&
      /keyframes$/i.test((rule.parent as { name: string }).name)
    )
      return;
    const selectors = rule.selectors.filter((selector) => canMatch(selector, named));
    if (selectors.length === 0) rule.remove();
    else if (selectors.length !== rule.selectors.length) rule.selectors = selectors;
  });
  dropEmptyContainers(root);

  // Custom properties: kept when the usage or the value of a kept declaration mentions them.
  const values = new Map<string, string[]>();
  const mentioned = new Set<string>(usage.match(CUSTOM_PROPERTY) ?? []);
  root.walkDecls((decl) => {
    const inValue = decl.value.match(CUSTOM_PROPERTY) ?? [];
    if (decl.prop.startsWith('--'))
      values.set(decl.prop, [...(values.get(decl.prop) ?? []), ...inValue]);
    else for (const name of inValue) mentioned.add(name);
  });
  const pending = [...mentioned];
  while (pending.length) {
    const name = pending.pop() as string;
    for (const next of values.get(name) ?? [])
      if (!mentioned.has(next)) {
        mentioned.add(next);
        pending.push(next);
      }
  }
  root.walkDecls((decl) => {
    if (decl.prop.startsWith('--') && !mentioned.has(decl.prop)) decl.remove();
  });
  dropEmptyContainers(root);
  return root.toString();
}

const textOf = (output: OutputBundle[string]) =>
  output.type === 'chunk' ? output.code : typeof output.source === 'string' ? output.source : '';

/**
 * Prunes the stylesheet index.html loads (the shell's) after the build. It gets a name with the
 * hash of what is left, as a changed file must for the year-long cache. Only index.html (never
 * cached) names it: no chunk lists it among the stylesheets to load with a lazy import (it is
 * always loaded already), so no cached script can ask for a name a later build no longer has.
 * The build fails if any output but index.html names it, or its name before pruning.
 */
export function pruneUnusedCssPlugin(): Plugin {
  const names: string[] = [];
  return {
    name: 'schakel:prune-unused-css',
    apply: 'build',
    // After Vite's HTML plugin has written index.html; before Vite fills in each lazy import's
    // stylesheets (vite:build-import-analysis) and before the compression plugin.
    enforce: 'post',
    buildStart() {
      names.length = 0;
    },
    generateBundle(_, bundle) {
      const html = bundle['index.html'] as OutputAsset | undefined;
      if (!html) return;
      const htmlText = textOf(html);
      const first = [...htmlText.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+\.css)"/g)]
        .map((match) => match[1] ?? '')
        .filter((name) => bundle[name]?.type === 'asset');
      for (const fileName of first) {
        const asset = bundle[fileName] as OutputAsset;
        const usage = Object.entries(bundle)
          .filter(([name]) => name !== fileName && /\.(js|css|html)$/.test(name))
          .map(([, output]) => textOf(output))
          .join('\n');
        const pruned = pruneUnusedCss(textOf(asset), usage);
        const hash = createHash('sha256').update(pruned).digest('base64url').slice(0, 8);
        const renamed = fileName.replace(/-[\w-]{8}\.css$/, `-${hash}.css`);
        if (renamed === fileName)
          this.error(`prune-unused-css: ${fileName} has no hash to replace`);
        // A lazy import would otherwise list it (through the shell's chunk) by its old name.
        for (const output of Object.values(bundle))
          if (output.type === 'chunk') output.viteMetadata?.importedCss.delete(fileName);
        delete bundle[fileName];
        this.emitFile({ type: 'asset', fileName: renamed, source: pruned });
        html.source = textOf(html).replaceAll(`/${fileName}"`, `/${renamed}"`);
        names.push(fileName, renamed);
      }
    },
    writeBundle(_, bundle) {
      for (const [name, output] of Object.entries(bundle)) {
        if (name === 'index.html' || !/\.(js|css|html)$/.test(name)) continue;
        const text = textOf(output);
        for (const fileName of names)
          if (text.includes(fileName.replace(/^.*\//, '')))
            this.error(`prune-unused-css: ${name} names ${fileName}; only index.html may`);
      }
    },
  };
}
