// docs/operations.md tells the truth about the running API (issue 19 item 5, ADR 0032): every
// environment variable the API reads is in one of its tables and every variable in the tables is
// read, with the defaults the code uses; the reverse-proxy snippets forward WebSocket upgrades.
// Run: node --test tools/test/operations-docs.test.mjs (npm test runs it with the static checks).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

const root = resolve(import.meta.dirname, '../..');
const operations = readFileSync(join(root, 'docs/operations.md'), 'utf8');

/** Variables the API reads that are not settings, with the reason. */
const NOT_SETTINGS = {
  // Set by tools/start.mjs for the API it launches (the API stops with its launcher).
  SCHAKEL_EXIT_WITH_LAUNCHER: 'internal to npm start',
};

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Environment variables read in TypeScript source, with the file and, for intFrom(env, 'X', n),
 * the default: `env.X`, `env['X']` (also as process.env), `intFrom(env, 'X', n)`,
 * `secretFrom(env, 'X')` (which reads X and X_FILE) and any other `(env, 'X'` helper call.
 */
export function variablesRead(files) {
  const found = new Map();
  const add = (name, file, fallback) => {
    const entry = found.get(name) ?? { files: new Set(), defaults: new Set() };
    entry.files.add(relative(root, file));
    if (fallback !== undefined) entry.defaults.add(fallback);
    found.set(name, entry);
  };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /\benv(?:\.([A-Z][A-Z0-9_]+)\b|\[\s*['"]([A-Z][A-Z0-9_]+)['"]\s*\])/g,
    ))
      add(m[1] ?? m[2], file);
    for (const m of text.matchAll(
      /\b(\w+)\(\s*env\s*,\s*['"]([A-Z][A-Z0-9_]+)['"]\s*(?:,\s*(\d+))?/g,
    )) {
      add(m[2], file, m[1] === 'intFrom' ? m[3] : undefined);
      if (m[1] === 'secretFrom') add(`${m[2]}_FILE`, file);
    }
  }
  return found;
}

/**
 * Variables documented in the tables of a Markdown text: the backquoted upper-case names in a
 * row's first cell ("`SSO_SIGNING_KEY` or `SSO_SIGNING_KEY_FILE`"), with the row's second cell.
 */
export function variablesDocumented(markdown) {
  const rows = new Map();
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line.split('|').slice(1, -1);
    for (const m of (cells[0] ?? '').matchAll(/`([A-Z][A-Z0-9_]+)`/g))
      rows.set(m[1], (cells[1] ?? '').trim());
  }
  return rows;
}

describe('environment variables in docs/operations.md', () => {
  const read = variablesRead(sourceFiles(join(root, 'apps/api/src')));
  const documented = variablesDocumented(operations);

  test('the scan finds what the API reads (it cannot pass on an empty scan)', () => {
    for (const name of ['DATABASE_URL', 'TRUST_PROXY', 'SSO_SIGNING_KEY_FILE', 'SCHAKEL_SCHEDULES'])
      assert.ok(read.has(name), `${name} not found by the scan`);
    assert.ok(documented.size > 30, `only ${documented.size} documented variables found`);
  });

  test('every variable the API reads is documented', () => {
    const missing = [...read.keys()]
      .filter((name) => !documented.has(name) && !(name in NOT_SETTINGS))
      .map((name) => `${name} (read in ${[...read.get(name).files].join(', ')})`);
    assert.deepEqual(missing, [], 'add a row to a table in docs/operations.md');
  });

  test('every documented variable is read by the API', () => {
    const stale = [...documented.keys()].filter((name) => !read.has(name));
    assert.deepEqual(stale, [], 'docs/operations.md names variables the API no longer reads');
  });

  test('numeric defaults in the tables are the ones in the code', () => {
    const wrong = [];
    for (const [name, { defaults }] of read) {
      for (const fallback of defaults) {
        const cell = documented.get(name);
        if (cell !== undefined && !cell.includes(`\`${fallback}\``))
          wrong.push(`${name}: code ${fallback}, docs "${cell}"`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});

/** The ```nginx blocks of a Markdown text. */
function nginxBlocks(markdown) {
  return [...markdown.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** `location … { … }` bodies of an nginx snippet, by their match expression. */
function locations(snippet) {
  return [...snippet.matchAll(/location\s+([^{]+?)\s*\{([^}]*)\}/g)].map((m) => ({
    match: m[1].trim(),
    body: m[2],
  }));
}

describe('the reverse proxy snippets', () => {
  const blocks = nginxBlocks(operations);

  test('the docs have nginx snippets that proxy to the app', () => {
    assert.ok(blocks.some((b) => /proxy_pass/.test(b)));
  });

  test('every location that serves /graphql forwards the WebSocket upgrade (live meeting mode)', () => {
    const broken = [];
    for (const block of blocks) {
      const all = locations(block).filter((l) => /proxy_pass/.test(l.body));
      const graphql = all.find((l) => /^=?\s*\/graphql$/.test(l.match));
      const serving = graphql ? [graphql] : all.filter((l) => l.match === '/');
      for (const l of serving) {
        const ok =
          /proxy_http_version\s+1\.1\s*;/.test(l.body) &&
          /proxy_set_header\s+Upgrade\s+\$http_upgrade\s*;/.test(l.body) &&
          /proxy_set_header\s+Connection\s+\$connection_upgrade\s*;/.test(l.body);
        if (!ok) broken.push(`location ${l.match} in:\n${block}`);
      }
      if (/\$connection_upgrade/.test(block))
        assert.match(
          block,
          /map\s+\$http_upgrade\s+\$connection_upgrade\s*\{/,
          'a snippet using $connection_upgrade defines its map',
        );
    }
    assert.deepEqual(broken, []);
  });
});
