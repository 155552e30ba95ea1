#!/usr/bin/env node
// `npm test`: every check in one run — lint, folder rules, formatting, type-check, generated-code
// drift, the Kubernetes manifests, public-code and docs checks, Jest (libs, API unit, API
// integration on real PostgreSQL), the same on Node 24 for a subset, Vitest (portal), the short
// fault suite, the replicas behind PgBouncer and Playwright (Chromium + axe).
// It keeps going after a failure so one run shows everything, and ends with one line
// `N passed, N failed` summing all runners; the exit code is non-zero when anything failed.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'tmp/test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const bin = (name) => join(root, 'node_modules/.bin', name);
const results = [];
const started = Date.now();
/** While two lanes run side by side, steps keep their output until they end. */
const lane = { parallel: false };

/**
 * Runs one step. Steps of the two parallel lanes (see below) write to a log file that is printed in
 * one piece when the step ends, so the output of two runners never interleaves.
 */
function run(label, command, args, env = {}) {
  const t0 = Date.now();
  const live = !lane.parallel;
  if (live) process.stdout.write(`\n=== ${label}\n`);
  const log = join(out, `${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.log`);
  const file = createWriteStream(log);
  const child = spawn(command, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', ...env },
  });
  child.stdout.pipe(file, { end: false });
  child.stderr.pipe(file, { end: false });
  if (live) {
    child.stdout.pipe(process.stdout, { end: false });
    child.stderr.pipe(process.stderr, { end: false });
  }
  return new Promise((resolveStep) => {
    child.on('close', (code, signal) => {
      file.end(() => {
        const seconds = ((Date.now() - t0) / 1000).toFixed(1);
        if (!live)
          process.stdout.write(`\n=== ${label} (${seconds} s)\n${readFileSync(log, 'utf8')}`);
        resolveStep({ ok: code === 0, status: code ?? signal, seconds });
      });
    });
  });
}

/** A step that counts as one check. */
async function check(label, command, args, env) {
  const r = await run(label, command, args, env);
  results.push({ label, passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1, seconds: r.seconds });
}

/** A test runner whose JSON report gives the counts; a crash without a report counts as a failure. */
async function runner(label, command, args, reportFile, count, env) {
  const r = await run(label, command, args, env);
  let passed = 0;
  let failed = 0;
  let names = [];
  if (existsSync(reportFile)) {
    ({ passed, failed, names = [] } = count(JSON.parse(readFileSync(reportFile, 'utf8'))));
  }
  if (!r.ok && failed === 0) failed = 1;
  if (r.ok && passed === 0) {
    // A runner that ran nothing is a broken set-up, not a pass.
    failed += 1;
    console.error(`${label}: no tests ran`);
  }
  results.push({ label, passed, failed, seconds: r.seconds, names });
}

/** Names of failed tests in a Jest/Vitest JSON report, so the summary says what failed. */
function failedInJestLike(report) {
  const names = [];
  for (const file of report.testResults ?? []) {
    const rel = String(file.name ?? '').replace(`${root}/`, '');
    const failures = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failures) names.push(`${rel} › ${a.fullName ?? a.title}`);
    if (failures.length === 0 && file.status === 'failed')
      names.push(`${rel} (${file.message?.split('\n')[0] ?? 'failed to run'})`);
  }
  return names;
}

/** Names of failed tests in a Playwright JSON report. */
function failedInPlaywright(report) {
  const names = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      if (!spec.ok) names.push(`${spec.file}:${spec.line} › ${[...path, spec.title].join(' › ')}`);
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return names;
}

// Nx computes (and caches) the project graph here; ESLint's module-boundary rule needs that cache
// and silently skips itself without it, so this comes first and the probe below proves it ran.
await check('build libraries', bin('nx'), [
  'run-many',
  '-t',
  'build',
  '--projects=tag:type:domain,tag:type:policy',
  '--outputStyle=static',
]);
// Two lanes side by side: Jest and Vitest each use one worker on a 2-core machine, and the
// integration tests spend much of their time waiting on PostgreSQL and child processes, so the static
// checks and Vitest run next to Jest. Everything after needs the machine alone (the built app,
// signals, faults, the browser).
lane.parallel = true;
await Promise.all([
  (async () => {
    await check('lint (ESLint, Nx module boundaries)', bin('eslint'), ['.', '--max-warnings=0']);
    await check(
      'module boundaries are enforced (forbidden imports are rejected)',
      process.execPath,
      [join(root, 'tools/test/check-boundaries.mjs')],
    );
    await check(
      'folder rules of apps/api/src (dependency-cruiser, tools/arch/layers.cjs)',
      process.execPath,
      [join(root, 'tools/arch/check-folders.mjs')],
    );
    await check('format (Prettier)', bin('prettier'), ['--check', '.', '--log-level=warn']);
    await check('type-check (all projects)', bin('nx'), [
      'run-many',
      '-t',
      'typecheck',
      '--outputStyle=static',
    ]);
    await check('generated GraphQL types match schema.gql', process.execPath, [
      join(root, 'tools/test/check-codegen.mjs'),
    ]);
    // deploy/kubernetes rendered with kustomize, checked against the Kubernetes API schemas and
    // the house policy (tools/deploy/manifests.mjs); a few seconds, no cluster needed.
    const deployReport = join(out, 'deploy-manifests.json');
    await runner(
      'Kubernetes manifests (kustomize, schemas, policy)',
      process.execPath,
      [
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        `--test-reporter=${join(root, 'tools/test/node-test-counts.mjs')}`,
        `--test-reporter-destination=${deployReport}`,
        join(root, 'tools/test/deploy-manifests.test.mjs'),
      ],
      deployReport,
      (j) => j,
    );

    // Public code and releases (ADR 0032): licence, REUSE, publiccode.yml, the image's SBOM, and
    // docs/operations.md against the settings the API reads.
    const repositoryReport = join(out, 'repository.json');
    await runner(
      'public code, SBOM and operations docs (static)',
      process.execPath,
      [
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        `--test-reporter=${join(root, 'tools/test/node-test-counts.mjs')}`,
        `--test-reporter-destination=${repositoryReport}`,
        join(root, 'tools/test/public-code.test.mjs'),
        join(root, 'tools/test/operations-docs.test.mjs'),
        join(root, 'tools/test/sbom.test.mjs'),
      ],
      repositoryReport,
      (j) => j,
    );

    const vitestReport = join(out, 'vitest.json');
    await runner(
      'Vitest (portal components)',
      bin('vitest'),
      [
        'run',
        '--config',
        'apps/portal/vitest.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile=${vitestReport}`,
      ],
      vitestReport,
      (j) => ({ passed: j.numPassedTests, failed: j.numFailedTests, names: failedInJestLike(j) }),
    );

    // This lane ends minutes before the Jest lane, so the Node 24 run fits in its shadow.
    // The image runs Node 24 LTS, development machines Node 20: the libraries, the API unit tests and
    // an integration subset run on Node 24 too (tools/test/node24.mjs says which and why; ADR 0032).
    const node24Report = join(out, 'jest-node24.json');
    await runner(
      'Jest on Node 24 (libs, API unit, integration subset)',
      process.execPath,
      [join(root, 'tools/test/node24.mjs'), '--json', node24Report],
      node24Report,
      (j) => ({
        passed: j.numPassedTests,
        failed: j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0),
        names: failedInJestLike(j),
      }),
    );
  })(),
  (async () => {
    const jestReport = join(out, 'jest.json');
    await runner(
      'Jest (libs, API unit, API integration on PostgreSQL)',
      bin('jest'),
      ['--config', 'jest.config.cjs', '--ci', '--json', `--outputFile=${jestReport}`],
      jestReport,
      (j) => ({
        passed: j.numPassedTests,
        failed: j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0),
        names: failedInJestLike(j),
      }),
      // ESM-only libraries (openid-client, nodemailer, otplib, oidc-provider) are loaded with import();
      // Jest on Node 20 runs import() only with the VM modules API.
      {
        NODE_OPTIONS:
          `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --disable-warning=ExperimentalWarning`.trim(),
      },
    );
  })(),
]);
lane.parallel = false;

await check('build API and portal', bin('nx'), [
  'run-many',
  '-t',
  'build',
  '--projects=api,portal',
  '--outputStyle=static',
]);

// The built portal's first load (issue 14, target 4): the initial JavaScript's gzip budget, no ICU
// parser, graphql-ws and the Dutch catalogue out of the first chunk; build output, no timings.
const bundleReport = join(out, 'portal-bundle.json');
await runner(
  "portal bundle: the first load's budget (build output)",
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'tools/test/node-test-counts.mjs')}`,
    `--test-reporter-destination=${bundleReport}`,
    join(root, 'tools/test/portal-bundle.test.mjs'),
  ],
  bundleReport,
  (j) => j,
);

// `npm start` stops in order and leaves nothing behind: the launcher with real signals (SIGINT to
// its process group, SIGTERM, kill -9) on its own embedded PostgreSQL; needs the built API.
const startStopReport = join(out, 'start-stop.json');
await runner(
  'npm start: stop order and stale processes (real signals)',
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'tools/test/node-test-counts.mjs')}`,
    `--test-reporter-destination=${startStopReport}`,
    join(root, 'tools/test/start-stop.test.mjs'),
  ],
  startStopReport,
  (j) => j,
);

// Two API replicas behind PgBouncer (transaction mode) and a load balancer (tools/replicas, ADR
// 0030): sessions, login throttling, the live meeting mode, the schedules and the audit chain
// across replicas; needs the built API. `npm run test:replicas` runs the long version.
const replicasReport = join(out, 'replicas.json');
await runner(
  'replicas behind PgBouncer (two API processes, load balancer)',
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'tools/test/node-test-counts.mjs')}`,
    `--test-reporter-destination=${replicasReport}`,
    join(root, 'tools/replicas/replicas.test.mjs'),
  ],
  replicasReport,
  (j) => j,
);

// The short fault suite (tools/faults, docs/operations.md#fault-suite): the built API and its own
// PostgreSQL under load while each fault is injected; `npm run test:faults` runs the long one.
await check('fault suite, short (audit trail under PostgreSQL and API faults)', process.execPath, [
  join(root, 'tools/faults/run.mjs'),
  '--short',
  '--json',
  'tmp/test-results/faults-report.json',
]);

const pwReport = join(out, 'playwright.json');
await runner(
  'Playwright (Chromium + axe, against the built app on embedded PostgreSQL)',
  bin('playwright'),
  ['test', '--config', 'apps/portal-e2e/playwright.config.ts', '--reporter=list,json'],
  pwReport,
  (j) => ({
    passed: j.stats.expected + j.stats.flaky,
    failed: j.stats.unexpected,
    names: failedInPlaywright(j),
  }),
  { PLAYWRIGHT_JSON_OUTPUT_NAME: pwReport },
);

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\nSummary:');
for (const r of results) {
  console.log(
    `  ${r.failed ? 'FAIL' : 'ok  '}  ${r.label}: ${r.passed} passed, ${r.failed} failed (${r.seconds} s)`,
  );
  for (const name of (r.names ?? []).slice(0, 20)) console.log(`          failed: ${name}`);
}
console.log(`  total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
