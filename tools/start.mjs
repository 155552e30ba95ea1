#!/usr/bin/env node
// `npm start`: PostgreSQL (embedded, unless DATABASE_URL is set) + the API serving the portal on
// one origin.
//
// Stopping (Ctrl-C, SIGTERM, SIGHUP) goes in order: the API first (SIGTERM, so it writes its queued
// audit events and `audit.stopped`; SIGKILL after API_STOP_MS), then PostgreSQL (fast shutdown,
// harder after a bound, see tools/db/embedded.mjs). Both run in their own process groups, so a
// terminal's Ctrl-C reaches only this launcher. The API has an IPC channel to this launcher and
// stops by itself when the launcher disappears (even kill -9); a PostgreSQL left running that way is
// stopped cleanly by the next start (docs/operations.md, "Stopping `npm start`").
//
// Options: --port N (default 3000 or $PORT), --ephemeral (a throw-away database, removed on exit;
// used by the browser tests), --state-dir DIR (secrets and database, default .data),
// --data-dir DIR (the database only, default <state-dir>/postgres), --quiet (no API output).
// SCHAKEL_STATE_DIR sets the state folder like --state-dir.
//
// Mail: without SMTP_URL (and outside NODE_ENV=production) an embedded SMTP sink takes the API's
// mails, prints them here and lists them at a page of this launcher (port+1 when free, 127.0.0.1
// only; tools/dev/mail-sink.mjs). With SMTP_URL the API sends through that server instead.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ownerOf, portHolder, startEmbeddedPostgres } from './db/embedded.mjs';
import { startMailSink } from './dev/mail-sink.mjs';

/** How long the API may take to stop before it is killed (its own bound is 5 s). */
const API_STOP_MS = 10_000;
/** How long a stale API of this launcher (see below) gets to give up its port. */
const STALE_API_WAIT_MS = 20_000;

const root = resolve(import.meta.dirname, '..');
const say = (line) => console.log(line);
const fail = (line) => console.error(line);

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      port: { type: 'string' },
      ephemeral: { type: 'boolean', default: false },
      'state-dir': { type: 'string' },
      'data-dir': { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail(
    `${error.message}. Options: --port N, --ephemeral, --state-dir DIR, --data-dir DIR, --quiet.`,
  );
  process.exit(2);
}
const port = Number(args.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  fail(`Invalid port "${args.port ?? process.env.PORT}": give a number from 1 to 65535.`);
  process.exit(2);
}
const apiMain = join(root, 'dist/apps/api/main.js');
// PORTAL_DIST: another portal build (tools/bench/phone.mjs compares two builds side by side).
const portalDist = process.env.PORTAL_DIST
  ? resolve(process.env.PORTAL_DIST)
  : join(root, 'dist/apps/portal');
if (!existsSync(apiMain)) {
  fail('The API build is missing: run `npm start` (which builds first) or `npm run build`.');
  process.exit(1);
}
if (!existsSync(join(portalDist, 'index.html'))) {
  console.warn('The portal build is missing (dist/apps/portal): only the API will be served.');
}

const stateDir = args.ephemeral
  ? mkdtempSync(join(tmpdir(), 'schakel-'))
  : resolve(args['state-dir'] ?? process.env.SCHAKEL_STATE_DIR ?? join(root, '.data'));
mkdirSync(stateDir, { recursive: true });
const dataDir = args['data-dir'] ? resolve(args['data-dir']) : join(stateDir, 'postgres');

/** A secret kept in the state folder, so sessions and the database password survive restarts. */
function persistentSecret(name) {
  const file = join(stateDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** An error as one line that says what happened (never "undefined"). */
function describe(error) {
  if (error instanceof Error) return error.message || error.name;
  return error === undefined ? 'an unknown error (no reason given)' : String(error);
}

let pg = null;
let pgStarting = null;
let api = null;
let apiExit = null;
let stopping = false;

function apiRunning() {
  return api !== null && api.exitCode === null && api.signalCode === null;
}

async function stopApi() {
  if (!apiRunning()) return;
  say(`Stopping the API (pid ${api.pid})…`);
  api.kill('SIGTERM');
  const stopped = await Promise.race([
    apiExit.then(() => true),
    new Promise((r) => setTimeout(() => r(false), API_STOP_MS)),
  ]);
  if (!stopped) {
    fail(`The API did not stop within ${API_STOP_MS / 1000} s: killing it (SIGKILL).`);
    try {
      process.kill(-api.pid, 'SIGKILL'); // its process group
    } catch {
      api.kill('SIGKILL');
    }
    await apiExit;
  }
  say('API stopped.');
}

async function shutdown(code) {
  if (stopping) {
    say('Still stopping (the API first, then PostgreSQL)…');
    return;
  }
  stopping = true;
  try {
    await stopApi();
    // A stop during PostgreSQL's start: it is stopped once it runs.
    if (pgStarting) pg = (await pgStarting.catch(() => null)) ?? pg;
    if (pg?.running) {
      say('Stopping PostgreSQL (fast shutdown)…');
      say(`PostgreSQL stopped (${await pg.stop()}).`);
    }
    await mailSink?.close();
  } catch (error) {
    fail(`Stopping failed: ${describe(error)}`);
    code ||= 1;
  }
  if (args.ephemeral) rmSync(stateDir, { recursive: true, force: true });
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => shutdown(0));
process.on('uncaughtException', (error) => {
  fail(`npm start failed: ${describe(error)}`);
  shutdown(1);
});
process.on('unhandledRejection', (error) => {
  fail(`npm start failed: ${describe(error)}`);
  shutdown(1);
});

function portFree(p) {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', (error) =>
      error.code === 'EADDRINUSE'
        ? resolvePort(false)
        : reject(
            new Error(`Port ${p} cannot be used: ${error.message}. Choose another with --port.`),
          ),
    );
    server.listen(p, process.env.HOST ?? '127.0.0.1', () => server.close(() => resolvePort(true)));
  });
}

/**
 * The API's port must be free. An API of an earlier launcher that was killed stops by itself within
 * seconds (its launcher's IPC channel closed): wait for it. Anything else: say who holds the port.
 */
async function ensurePortFree() {
  if (await portFree(port)) return;
  let holder = portHolder(port);
  const launcher = holder ? ownerOf(holder.pid) : null;
  if (holder?.command.includes(apiMain) && launcher) {
    throw new Error(
      `Port ${port} is in use by the API (pid ${holder.pid}) of another \`npm start\` (pid ` +
        `${launcher.pid}). Stop that one first (Ctrl-C in its terminal, or \`kill ${launcher.pid}\`), ` +
        `or start on another port: \`npm start -- --port ${port + 1}\`.`,
    );
  }
  if (holder?.command.includes(apiMain)) {
    say(
      `An API of an earlier start (pid ${holder.pid}) still holds port ${port}: waiting for it to stop…`,
    );
    const until = Date.now() + STALE_API_WAIT_MS;
    while (Date.now() < until && !(await portFree(port)))
      await new Promise((r) => setTimeout(r, 200));
    if (await portFree(port)) return;
    holder = portHolder(port);
  }
  const who = holder
    ? `by pid ${holder.pid} (${holder.command || 'command unknown'})`
    : `by a process this user cannot see (find it with \`ss -ltnp 'sport = :${port}'\` or \`lsof -i :${port}\`)`;
  const what = holder
    ? `If that is a Schakel API left from an earlier start, stop it with \`kill ${holder.pid}\`; or`
    : 'Stop it, or';
  throw new Error(
    `Port ${port} is already in use ${who}. ${what} start on another port: \`npm start -- --port ${port + 1}\`.`,
  );
}

try {
  await ensurePortFree();
} catch (error) {
  fail(describe(error));
  if (args.ephemeral) rmSync(stateDir, { recursive: true, force: true });
  process.exit(1);
}

let mailSink = null;
if (!process.env.SMTP_URL && process.env.NODE_ENV !== 'production') {
  mailSink = await startMailSink({ pagePort: port + 1, log: say });
  if (mailSink)
    say(`Mail sink: the API's e-mails are printed here and shown at ${mailSink.pageUrl}`);
}

let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  pgStarting = startEmbeddedPostgres({
    dir: dataDir,
    password: persistentSecret('postgres-password'),
    // A throw-away server is removed on any exit; a kept one is stopped in shutdown().
    throwAway: args.ephemeral,
    detached: true,
    log: say,
  });
  try {
    pg = await pgStarting;
    await pg.ensureDatabase('schakel');
  } catch (error) {
    if (!stopping) fail(`PostgreSQL could not be started: ${describe(error)}`);
    await shutdown(1);
    await new Promise(() => {}); // the shutdown under way ends this process
  }
  pgStarting = null;
  databaseUrl = pg.urlFor('schakel');
  say(
    `PostgreSQL ${pg.fresh ? 'created' : 'started'} (embedded, pid ${pg.pid}, port ${pg.port}, data in ${dataDir})`,
  );
}

if (!stopping) {
  api = spawn(process.execPath, [apiMain], {
    // Its own process group (a terminal's Ctrl-C reaches only this launcher, which stops it first),
    // and an IPC channel that tells it when this launcher is gone.
    detached: true,
    stdio: args.quiet
      ? ['ignore', 'ignore', 'inherit', 'ipc']
      : ['ignore', 'inherit', 'inherit', 'ipc'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      PORTAL_DIST: portalDist,
      SESSION_SECRET: process.env.SESSION_SECRET ?? persistentSecret('session-secret'),
      PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
      ...(mailSink ? { SMTP_URL: mailSink.smtpUrl } : {}),
      SCHAKEL_EXIT_WITH_LAUNCHER: '1',
    },
  });
  apiExit = new Promise((r) => api.once('exit', r));
  api.on('error', (error) => {
    fail(`The API could not be started: ${describe(error)}`);
    shutdown(1);
  });
  api.on('exit', (code, signal) => {
    if (!stopping) {
      fail(`The API stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping PostgreSQL.`);
      shutdown(code || 1);
    }
  });
  say(`API started (pid ${api.pid}).`);
}

/** The logins are only worth printing when the demo region is really in this database. */
async function demoUsersPresent(url, email) {
  const { default: pgModule } = await import('pg');
  const client = new pgModule.Client({ connectionString: url });
  try {
    await client.connect();
    const res = await client.query('SELECT 1 FROM app_user WHERE email = $1', [email]);
    return res.rowCount > 0;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

// Wait until the API answers, then say where to go and who to be.
const url = `http://localhost:${port}`;
for (let i = 0; i < 600 && !stopping; i++) {
  try {
    const res = await fetch(`${url}/health/ready`);
    if (res.ok) break;
  } catch {
    /* not yet */
  }
  await new Promise((r) => setTimeout(r, 200));
}
if (!stopping) {
  const require = createRequire(import.meta.url);
  const demo = require(join(root, 'dist/apps/api/demo/demo-data.js'));
  say(`\nSchakel is running at ${url}\n`);
  if (await demoUsersPresent(databaseUrl, demo.DEMO_USERS[0].email)) {
    say(`Demo logins (password for all: ${demo.DEMO_PASSWORD}):`);
    for (const user of demo.DEMO_USERS) say(`  ${user.email.padEnd(42)} ${user.persona}`);
  }
  say('\nPress Ctrl-C to stop.');
}
