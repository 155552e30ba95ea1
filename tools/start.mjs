#!/usr/bin/env node
// `npm start`: PostgreSQL (embedded, unless DATABASE_URL is set) + the API serving the portal on
// one origin. Ctrl-C or SIGTERM stops the API and then PostgreSQL, leaving no processes behind.
//
// Options: --port N (default 3000 or $PORT), --ephemeral (a throw-away database, removed on exit;
// used by the browser tests), --data-dir DIR (default .data/postgres).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { killPostgres, startEmbeddedPostgres } from './db/embedded.mjs';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    port: { type: 'string' },
    ephemeral: { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const port = Number(args.port ?? process.env.PORT ?? 3000);
const apiMain = join(root, 'dist/apps/api/main.js');
const portalDist = join(root, 'dist/apps/portal');
if (!existsSync(apiMain)) {
  console.error(
    'The API build is missing: run `npm start` (which builds first) or `npm run build`.',
  );
  process.exit(1);
}
if (!existsSync(join(portalDist, 'index.html'))) {
  console.warn('The portal build is missing (dist/apps/portal): only the API will be served.');
}

const stateDir = args.ephemeral ? mkdtempSync(join(tmpdir(), 'schakel-')) : join(root, '.data');
mkdirSync(stateDir, { recursive: true });

/** A secret kept in the state folder, so sessions and the database password survive restarts. */
function persistentSecret(name) {
  const file = join(stateDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

let pg = null;
let api = null;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  if (api && api.exitCode === null && api.signalCode === null) {
    const exited = new Promise((done) => api.once('exit', done));
    api.kill('SIGTERM');
    const timer = setTimeout(() => api.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (pg) {
    try {
      await pg.stop({ remove: false });
    } catch (error) {
      console.error('Stopping PostgreSQL failed:', error);
    }
  }
  if (args.ephemeral) rmSync(stateDir, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  const dataDir = args['data-dir'] ? resolve(args['data-dir']) : join(stateDir, 'postgres');
  pg = await startEmbeddedPostgres({
    dir: dataDir,
    password: persistentSecret('postgres-password'),
    // A throw-away server is removed on any exit; a kept one is stopped gracefully in shutdown().
    throwAway: args.ephemeral,
  });
  // Whatever ends this process (even a crash), PostgreSQL must not outlive it.
  process.once('exit', () => killPostgres(dataDir));
  await pg.ensureDatabase('schakel');
  databaseUrl = pg.urlFor('schakel');
  console.log(
    `PostgreSQL ${pg.fresh ? 'created' : 'started'} (embedded, port ${pg.port}, data in ${dataDir})`,
  );
}

api = spawn(process.execPath, [apiMain], {
  stdio: args.quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    PORTAL_DIST: portalDist,
    SESSION_SECRET: process.env.SESSION_SECRET ?? persistentSecret('session-secret'),
    PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
  },
});
api.on('exit', (code, signal) => {
  if (!stopping) {
    console.error(`The API stopped unexpectedly (${signal ?? code}).`);
    shutdown(code || 1);
  }
});

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
  console.log(`\nSchakel is running at ${url}\n`);
  if (await demoUsersPresent(databaseUrl, demo.DEMO_USERS[0].email)) {
    console.log(`Demo logins (password for all: ${demo.DEMO_PASSWORD}):`);
    for (const user of demo.DEMO_USERS) console.log(`  ${user.email.padEnd(42)} ${user.persona}`);
  }
  console.log('\nPress Ctrl-C to stop.');
}
