// Starts one throw-away PostgreSQL for the integration tests (or uses TEST_DATABASE_URL). Each test
// file then creates its own database on it (apps/api/test/support/test-database.ts).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded.mjs';

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) {
    process.env.SCHAKEL_TEST_ADMIN_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'schakel-jest-'));
  const pg = await startEmbeddedPostgres({
    dir: join(dir, 'postgres'),
    password: randomBytes(16).toString('hex'),
    throwAway: true,
  });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  globalThis.__SCHAKEL_TEST_PG__ = { pg, dir };
  process.env.SCHAKEL_TEST_ADMIN_URL = pg.urlFor('postgres');
}
