// The built portal's first load (issue 14, target 4; docs/performance.md "Fast on a phone"):
// checks on the build output, not timings. Needs `nx run portal:build` (run-all.mjs builds first).
//
//   node --test tools/test/portal-bundle.test.mjs
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';

// PORTAL_DIST: another build, e.g. to compare with an older one.
const dist = resolve(
  process.env.PORTAL_DIST ?? join(import.meta.dirname, '../../dist/apps/portal'),
);
/**
 * The initial JavaScript's budget, gzip -9, in kB (1,000 bytes): the target. Session 14
 * got from 212.6 to 162.5 kB, session 15 to 152.5 kB (one file), session 17 to 152.1 (the shell
 * with four error texts instead of all 44, plus the early script), session 18 to 149.7 (rxjs's
 * ES2015 build, message chunks named `msg`, Babel's defineProperty native); never raise it
 * without a note in docs/performance.md.
 */
const BUDGET_KB = 150;

/** index.html's module scripts and modulepreloads: what runs before anything is shown. */
function initialScripts() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [
    ...new Set(
      [
        ...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
        ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
      ].map((m) => m[1]),
    ),
  ].map((file) => readFileSync(join(dist, file)));
}

const allScripts = () =>
  readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, code: readFileSync(join(dist, 'assets', name), 'utf8') }));

test('the portal is built', () => {
  assert.ok(existsSync(join(dist, 'index.html')), `no build in ${dist}: run nx run portal:build`);
});

test(`the initial JavaScript stays within ${BUDGET_KB} kB gzip`, () => {
  const scripts = initialScripts();
  assert.ok(scripts.length > 0, 'index.html loads no script');
  const gzip = scripts.reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
  assert.ok(
    gzip <= BUDGET_KB * 1000,
    `initial JS is ${(gzip / 1000).toFixed(1)} kB gzip, over the budget of ${BUDGET_KB} kB`,
  );
});

test("index.html loads the early script first, which asks for Me with the shell's document", () => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)].map((m) => m[1]);
  assert.match(
    scripts[0] ?? '',
    /^\/assets\/early-requests-[\w-]+\.js$/,
    'the early script comes first',
  );
  assert.equal(scripts.length, 2, 'the early script and the shell');
  const early = readFileSync(join(dist, scripts[0]), 'utf8');
  assert.ok(early.includes('startEarlyRequests({'), 'the early script starts its requests');
  assert.ok(early.includes('query Me {'), 'it asks for Me');
  assert.ok(early.includes('/dossiers'), 'and on the case list for the cases');
  // Served compressed like every other script (apps/api/src/portal/serve-portal.ts).
  for (const ext of ['.br', '.gz']) assert.ok(existsSync(join(dist, scripts[0] + ext)), ext);
  // It stays small and imports nothing: it must not wait for the shell it runs ahead of.
  assert.doesNotMatch(early, /\bimport\b/);
  assert.ok(gzipSync(early, { level: 9 }).length < 1500, 'early script over 1.5 kB gzip');
});

test('the shell carries no ES5 class or key helpers (rxjs as ES2015, native defineProperty)', () => {
  const [, shell] = initialScripts().map((code) => code.toString('utf8'));
  assert.ok(shell, 'index.html loads the shell');
  // tslib's __extends (rxjs's ES5 build) and Babel's toPrimitive name these in their errors.
  assert.doesNotMatch(shell, /Class extends value /, "tslib's __extends is in the shell");
  assert.doesNotMatch(shell, /@@toPrimitive must return/, "Babel's toPrimitive is in the shell");
});

test('a lazy chunk of catalogue messages only is named msg, not after its first key', () => {
  const names = allScripts().map(({ name }) => name);
  assert.ok(names.filter((name) => name.startsWith('msg-')).length >= 5, 'message chunks');
  // The bundler's name would be the first message key the chunk registers.
  const keyed = allScripts()
    .filter(({ name, code }) =>
      code.includes(`${JSON.stringify(name.replace(/-[\w-]{8}\.js$/, ''))}:`),
    )
    .map(({ name }) => name);
  assert.deepEqual(keyed, [], 'chunks named after a message key');
});

test('no script carries the ICU message parser: messages are parsed at build time', () => {
  // Error kinds only the parser itself names (its no-parser entry has none of them).
  const withParser = allScripts().filter(({ code }) =>
    /EXPECT_ARGUMENT_CLOSING_BRACE|UNCLOSED_QUOTE_IN_ARGUMENT_STYLE/.test(code),
  );
  assert.deepEqual(
    withParser.map((s) => s.name),
    [],
  );
});

test('graphql-ws is not in the initial JavaScript, only in a chunk loaded for subscriptions', () => {
  const initial = initialScripts().map((code) => code.toString('utf8'));
  assert.ok(!initial.some((code) => code.includes('graphql-transport-ws')));
  assert.ok(
    allScripts().some(({ code }) => code.includes('graphql-transport-ws')),
    'the live socket chunk is missing',
  );
});

test('intl-messageformat is not in the initial JavaScript, only with the first ICU message', () => {
  // An error kind only intl-messageformat names. The first load's messages are all plain text;
  // the registration of an ICU message imports the engine (vite-plugins/split-catalogue.ts).
  const engine = /MISSING_INTL_API/;
  assert.ok(!initialScripts().some((code) => engine.test(code.toString('utf8'))));
  const withEngine = allScripts().filter(({ code }) => engine.test(code));
  assert.equal(withEngine.length, 1, 'the ICU engine is not in exactly one chunk');
  const name = withEngine[0].name;
  assert.ok(
    allScripts().filter(({ code }) => code.includes(name)).length > 1,
    'no chunk imports the ICU engine',
  );
});

test('the first load is one script, without the router parts the portal does not use', () => {
  // The shell's modules in one chunk (vite.config.ts, codeSplitting): 18 files before. Next to
  // it only the early script (vite-plugins/early-requests.ts).
  const scripts = initialScripts().filter((code) => !code.includes('startEarlyRequests('));
  assert.equal(scripts.length, 1, `${scripts.length} shell scripts in the first load`);
  // react-router's <Form> and its submission code (the encoding types it names) stay out once
  // its unmarked forwardRef and displayName lines no longer count as side effects
  // (vite-plugins/strip-display-name.ts); the portal routes declaratively and submits with Apollo.
  assert.ok(!scripts[0].toString('utf8').includes('application/x-www-form-urlencoded'));
});

test('the Dutch catalogue is not in the first chunk as a whole', () => {
  // Each message is its own registration in the chunk of the pages that use it
  // (vite-plugins/split-catalogue.ts); the first load carries only what the shell shows.
  const registrations = (code) => [...code.matchAll(/\(\{"[\w.-]+":/g)].length;
  const initial = initialScripts().reduce((n, code) => n + registrations(code.toString()), 0);
  const all = allScripts().reduce((n, { code }) => n + registrations(code), 0);
  assert.ok(all > 1000, `only ${all} messages registered in the whole build`);
  assert.ok(initial < all / 10, `${initial} of ${all} messages are in the initial JavaScript`);
});

test("the shell's stylesheet carries only the library rules the portal's pages can use", () => {
  // vite-plugins/prune-unused-css.ts: Utrecht's whole component library was ~400 kB of the first
  // stylesheet (29 kB brotli); after the build, rules needing a class no script names are dropped.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const sheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+\.css)"/g)].map(
    (m) => m[1],
  );
  assert.equal(sheets.length, 1, 'index.html loads one stylesheet');
  const css = readFileSync(join(dist, sheets[0]), 'utf8');
  const scripts = allScripts()
    .map(({ code }) => code)
    .join('\n');
  // A component the portal renders keeps its rules, one it never renders has none left.
  for (const kept of [
    '.utrecht-button',
    '.utrecht-form-field',
    '.utrecht-table__cell',
    '.utrecht-document',
  ])
    assert.ok(
      css.includes(`${kept}{`) || css.includes(`${kept} `) || css.includes(`${kept},`),
      kept,
    );
  for (const dropped of ['utrecht-calendar', 'utrecht-accordion', 'utrecht-drawer']) {
    assert.ok(!scripts.includes(dropped), `${dropped} is rendered after all`);
    assert.ok(!css.includes(`.${dropped}`), `${dropped} still has rules`);
  }
  // The file's name carries the hash of what it holds: it is cached for a year (immutable).
  const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8);
  assert.ok(sheets[0].endsWith(`-${hash}.css`), `${sheets[0]} does not carry its content's hash`);
  // No script names it (a cached script would ask for a name that is gone after an update).
  for (const { name, code } of allScripts())
    assert.ok(!code.includes(sheets[0].replace(/^.*\//, '')), `${name} names the stylesheet`);
  const brotli = brotliCompressSync(css).length;
  assert.ok(brotli < 16_000, `the first stylesheet is ${brotli} bytes brotli`);
});

test("the shell carries the error texts of a failed session check, not every error's text", () => {
  // SessionUnavailable names its four keys; useErrorMessage (every `error.*`) is the pages'.
  const [shell] = initialScripts()
    .map((code) => code.toString('utf8'))
    .filter((code) => !code.includes('startEarlyRequests('));
  const errorKeys = [...shell.matchAll(/\{"(error\.[A-Z_]+)":/g)].map((m) => m[1]).sort();
  assert.deepEqual(errorKeys, [
    'error.AUDIT_UNAVAILABLE',
    'error.INTERNAL',
    'error.NETWORK',
    'error.SERVICE_UNAVAILABLE',
  ]);
  assert.ok(
    allScripts().some(({ code }) => code.includes('{"error.PASSWORD_TOO_SHORT":')),
    'the other error texts are in no chunk at all',
  );
});

test('every file a script names is in the build (no stylesheet or chunk by a name that is gone)', () => {
  // A lazy import's preload list once named the first stylesheet by its name before pruning
  // (vite-plugins/prune-unused-css.ts): the page's chunk then failed to load.
  const present = new Set(readdirSync(join(dist, 'assets')).map((name) => `assets/${name}`));
  const named = new Set(
    allScripts().flatMap(({ code }) =>
      [...code.matchAll(/assets\/[\w.-]+\.(?:js|css)\b/g)].map((m) => m[0]),
    ),
  );
  assert.ok(named.size > 50, `only ${named.size} files named by the scripts`);
  assert.deepEqual(
    [...named].filter((name) => !present.has(name)),
    [],
  );
});
