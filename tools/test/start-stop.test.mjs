// `npm start` stops in order and leaves nothing behind (issue 13 item 4), with real processes and
// signals: tools/start.mjs on its own embedded PostgreSQL and the built API (dist/apps/api).
// Run: node --test tools/test/start-stop.test.mjs (npm test runs it after building the API).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pgModule from 'pg';
import { freePort, portHolder, startEmbeddedPostgres } from '../db/embedded.mjs';

const root = resolve(import.meta.dirname, '../..');
const stateDir = mkdtempSync(join(tmpdir(), 'schakel-start-stop-'));
const dataDir = join(stateDir, 'postgres');
/** Generous: a loaded two-core machine migrates and seeds the demo region in this time. */
const START_MS = 180_000;
const STOP_MS = 60_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, ms, condition) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await sleep(100);
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}

/** Live processes whose command line names the test's state folder (PostgreSQL and its backends). */
function processesOfStateDir() {
  const found = [];
  for (const pid of readdirSync('/proc').filter(Number)) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmd.includes(stateDir) && alive(Number(pid))) found.push(`${pid}: ${cmd.trim()}`);
    } catch {
      /* gone */
    }
  }
  return found;
}

const started = new Set();

/** Starts the launcher in its own process group (as a shell does), and waits until it serves. */
async function launch() {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(root, 'tools/start.mjs'), '--data-dir', dataDir, '--port', String(port), '--quiet'],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SCHAKEL_STATE_DIR: stateDir },
    },
  );
  started.add(child);
  const run = { child, port, output: '', exit: null };
  child.stdout.on('data', (c) => (run.output += c));
  child.stderr.on('data', (c) => (run.output += c));
  run.exit = new Promise((r) => child.on('exit', (code, signal) => r({ code, signal })));
  await until('the launcher to serve', START_MS, () => {
    if (child.exitCode !== null) throw new Error(`the launcher ended early:\n${run.output}`);
    return run.output.includes('Press Ctrl-C to stop');
  });
  run.apiPid = portHolder(port)?.pid;
  run.pgPid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  assert.ok(run.apiPid, `a process listens on the API port ${port}`);
  return run;
}

async function exitOf(run) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new Error(`the launcher did not exit within ${STOP_MS / 1000} s:\n${run.output}`)),
      STOP_MS,
    );
  });
  try {
    return await Promise.race([run.exit, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The API instances in the trail: each `audit.started` must have its `audit.stopped`. */
async function trail() {
  // A launcher without SCHAKEL_STATE_DIR (before issue 13) keeps it in <root>/.data.
  const file = [stateDir, join(root, '.data')]
    .map((dir) => join(dir, 'postgres-password'))
    .find(existsSync);
  const password = readFileSync(file, 'utf8').trim();
  const pg = await startEmbeddedPostgres({ dir: dataDir, password });
  const client = new pgModule.Client({ connectionString: pg.urlFor('schakel') });
  try {
    await client.connect();
    const { rows } = await client.query(
      `SELECT record_id AS instance, region_id::text AS region,
              count(*) FILTER (WHERE operation = 'audit.started')::int AS started,
              count(*) FILTER (WHERE operation = 'audit.stopped')::int AS stopped
         FROM audit_event WHERE action = 'LOGGING'
        GROUP BY record_id, region_id`,
    );
    return rows;
  } finally {
    await client.end().catch(() => {});
    await pg.stop();
  }
}

/**
 * After a stop: the API had ended before the launcher did, nothing of the data folder runs, the
 * trail is complete and the exit code was 0. (Checked trail first: that is what matters most.)
 */
async function assertStoppedCleanly(run, how, minInstances) {
  const { code, signal } = await exitOf(run);
  const apiOutlivedLauncher = alive(run.apiPid);
  // Let a surviving API end (it may still write into the trail) before the trail is read.
  await until(`the API (pid ${run.apiPid}) to end`, 20_000, () => !alive(run.apiPid)).catch(
    () => {},
  );
  assert.deepEqual(processesOfStateDir(), [], `no process of the data folder remains after ${how}`);
  await assertTrailComplete(minInstances);
  assert.equal(apiOutlivedLauncher, false, `the API (pid ${run.apiPid}) ended before the launcher`);
  assert.equal(
    existsSync(join(dataDir, 'postmaster.pid')),
    false,
    'PostgreSQL removed its lock file',
  );
  assert.deepEqual(
    { code, signal },
    { code: 0, signal: null },
    `exit after ${how}:\n${run.output}`,
  );
}

async function assertTrailComplete(minInstances) {
  const rows = await trail();
  const instances = new Set(rows.map((r) => r.instance));
  assert.ok(instances.size >= minInstances, `${instances.size} API instances in the trail`);
  const unstopped = rows.filter((r) => r.started !== r.stopped);
  assert.deepEqual(unstopped, [], 'every audit.started has its audit.stopped');
}

before(() => {
  assert.ok(
    existsSync(join(root, 'dist/apps/api/main.js')),
    'the API is built (node_modules/.bin/nx run api:build)',
  );
});

after(() => {
  for (const child of started) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  for (const line of processesOfStateDir()) {
    try {
      process.kill(Number(line.split(':')[0]), 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  rmSync(stateDir, { recursive: true, force: true });
});

test(
  'Ctrl-C (SIGINT to the terminal’s process group): API, then PostgreSQL; nothing left, exit 0',
  { timeout: START_MS + STOP_MS * 3 },
  async () => {
    const run = await launch();
    process.kill(-run.child.pid, 'SIGINT');
    await assertStoppedCleanly(run, 'Ctrl-C', 1);
  },
);

test(
  'SIGTERM to the launcher: API, then PostgreSQL; nothing left, exit 0',
  { timeout: START_MS + STOP_MS * 3 },
  async () => {
    const run = await launch();
    process.kill(run.child.pid, 'SIGTERM');
    await assertStoppedCleanly(run, 'SIGTERM', 2);
  },
);

test(
  'kill -9 of the launcher: the API stops by itself, the next start stops the stale PostgreSQL',
  { timeout: START_MS * 2 + STOP_MS * 3 },
  async () => {
    const killed = await launch();
    process.kill(killed.child.pid, 'SIGKILL');
    await exitOf(killed);
    await until(
      `the API (pid ${killed.apiPid}) to stop without its launcher`,
      20_000,
      () => !alive(killed.apiPid),
    );

    const next = await launch();
    assert.match(
      next.output,
      new RegExp(`Found PostgreSQL \\(pid ${killed.pgPid}\\) still running on .* stopping it`),
    );
    assert.match(next.output, new RegExp(`Stale PostgreSQL \\(pid ${killed.pgPid}\\) stopped`));
    assert.equal(alive(killed.pgPid), false, `the stale PostgreSQL (pid ${killed.pgPid}) is gone`);
    process.kill(next.child.pid, 'SIGTERM');
    // The killed launcher's API wrote its audit.stopped too (its PostgreSQL was still running).
    await assertStoppedCleanly(next, 'SIGTERM', 4);
  },
);

test(
  'an API that does not stop is killed after 10 s, then PostgreSQL stops; nothing left, exit 0',
  { timeout: START_MS + STOP_MS * 2 },
  async () => {
    const run = await launch();
    process.kill(run.apiPid, 'SIGSTOP'); // frozen: it cannot act on SIGTERM
    const t0 = Date.now();
    process.kill(run.child.pid, 'SIGTERM');
    const { code, signal } = await exitOf(run);
    const seconds = (Date.now() - t0) / 1000;
    assert.equal(alive(run.apiPid), false, `the frozen API (pid ${run.apiPid}) was killed`);
    assert.deepEqual(processesOfStateDir(), [], 'no process of the data folder remains');
    assert.match(run.output, /The API did not stop within 10 s: killing it \(SIGKILL\)/);
    assert.match(run.output, /PostgreSQL stopped \(fast shutdown\)/);
    assert.ok(seconds >= 10 && seconds < STOP_MS / 1000, `stopped after ${seconds} s`);
    assert.deepEqual({ code, signal }, { code: 0, signal: null }, run.output);
  },
);
