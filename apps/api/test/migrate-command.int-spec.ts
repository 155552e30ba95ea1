import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { runAdminCommand } from '../src/administration/admin-command';
import { dataSourceOptions } from '../src/database/data-source-options';
import { assertMigrated, pendingMigrations } from '../src/database/migrate';
import { MIGRATIONS } from '../src/database/migrations';
import { createTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

// Issue 19 item 1: in Kubernetes a Job migrates with the owner's URL, read from a mounted secret
// file (DATABASE_URL_FILE), and the app runs with DB_MIGRATE_AT_START=off as a login role that is
// only a member of the restricted role schakel_app.

let database: TestDatabase;
let secrets: string;
const apiRole = `schakel_api_${randomBytes(4).toString('hex')}`;
const apiPassword = randomBytes(12).toString('hex');

async function admin(
  argv: string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdminCommand(argv, env, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err };
}

async function asOwner<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  secrets = mkdtempSync(join(tmpdir(), 'schakel-secrets-'));
});
afterAll(async () => {
  await database.drop();
  await asOwner((c) => c.query(`DROP ROLE IF EXISTS ${apiRole}`)).catch(() => undefined);
  rmSync(secrets, { recursive: true, force: true });
});

it('an instance with DB_MIGRATE_AT_START=off refuses a database that is not migrated, and changes nothing', async () => {
  await expect(
    createTestApp({ DB_MIGRATE_AT_START: 'off', SCHAKEL_DEMO_DATA: 'false' }, database),
  ).rejects.toThrow(/database migration\(s\) pending .*admin\.js migrate/);
  const [table] = await asOwner(async (c) => {
    const { rows } = await c.query<{ present: boolean }>(
      `SELECT to_regclass('schema_migration') IS NOT NULL AS present`,
    );
    return rows;
  });
  expect(table?.present).toBe(false);
});

it('`admin migrate` reads the owner URL from DATABASE_URL_FILE, migrates once and then finds nothing to do', async () => {
  const urlFile = join(secrets, 'uri');
  writeFileSync(urlFile, `${database.url}\n`);

  const first = await admin(['migrate'], { DATABASE_URL_FILE: urlFile });
  expect(first.err).toEqual([]);
  expect(first.code).toBe(0);
  expect(first.out[0]).toMatch(/^Applied \d+ migration\(s\):$/);
  expect(first.out.length).toBeGreaterThan(10);

  const again = await admin(['migrate'], { DATABASE_URL_FILE: urlFile });
  expect(again).toEqual({
    code: 0,
    out: ['The database is up to date: no migration pending.'],
    err: [],
  });
  const [count] = await asOwner(async (c) => {
    const { rows } = await c.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM schema_migration`,
    );
    return rows;
  });
  expect(count?.n).toBe(first.out.length - 1);
});

it('`admin migrate` refuses both DATABASE_URL and DATABASE_URL_FILE, and an unreadable file', async () => {
  const both = await admin(['migrate'], {
    DATABASE_URL: database.url,
    DATABASE_URL_FILE: join(secrets, 'uri'),
  });
  expect(both.code).toBe(2);
  expect(both.err).toEqual(['Set DATABASE_URL or DATABASE_URL_FILE, not both']);

  const missing = await admin(['migrate'], { DATABASE_URL_FILE: join(secrets, 'nothing-here') });
  expect(missing.code).toBe(2);
  expect(missing.err[0]).toMatch(/^DATABASE_URL_FILE: cannot read /);
});

it('the app then starts without migrating, as a login role that only inherits schakel_app (no role switch), and cannot change the trail', async () => {
  await asOwner((c) =>
    c.query(`CREATE ROLE ${apiRole} LOGIN PASSWORD '${apiPassword}' IN ROLE schakel_app`),
  );
  const url = new URL(database.url);
  url.username = apiRole;
  url.password = apiPassword;
  const urlFile = join(secrets, 'api-uri');
  writeFileSync(urlFile, url.toString());
  const secretFile = join(secrets, 'session-secret');
  writeFileSync(secretFile, 'k8s-secret-file-0123456789abcdef-0123456789\n');

  const t = await createTestApp(
    {
      DATABASE_URL: '',
      DATABASE_URL_FILE: urlFile,
      SESSION_SECRET: '',
      SESSION_SECRET_FILE: secretFile,
      DB_MIGRATE_AT_START: 'off',
      // As deploy/kubernetes runs it: no role switch (PgBouncer drops the start-up option).
      DB_APP_ROLE: 'off',
      SCHAKEL_DEMO_DATA: 'false',
    },
    database,
  );
  try {
    expect(t.config.sessionSecret).toBe('k8s-secret-file-0123456789abcdef-0123456789');
    await request(t.app.getHttpServer()).get('/health/ready').expect(200);
    const [who] = await t.db.query<{ role: string; login: string }[]>(
      `SELECT current_user AS role, session_user AS login`,
    );
    expect(who).toEqual({ role: apiRole, login: apiRole });
    await expect(t.db.query(`DELETE FROM audit_event`)).rejects.toThrow(/permission denied/);
    await expect(t.db.query(`DELETE FROM schema_migration`)).rejects.toThrow(/permission denied/);

    // docs/operations.md#kubernetes: the first region is made with the API's own login role.
    const region = await admin(
      ['create-region', '--code', 'k8s-noord', '--name', 'Zorg- en Veiligheidshuis K8s'],
      { DATABASE_URL_FILE: urlFile },
    );
    expect(region.err).toEqual([]);
    expect(region.code).toBe(0);
    const events = await t.db.query<{ operation: string }[]>(
      `SELECT operation FROM audit_event ORDER BY operation`,
    );
    expect(events.map((e) => e.operation)).toEqual(
      expect.arrayContaining(['admin.agency.create', 'admin.region.create']),
    );
  } finally {
    await t.app.close();
  }

  // The login role alone, outside the app: schakel_app's rights, and no more.
  const plain = new Client({ connectionString: url.toString() });
  await plain.connect();
  try {
    const { rows } = await plain.query<{ n: number }>(`SELECT count(*)::int AS n FROM region`);
    expect(rows[0]?.n).toBe(1);
    await expect(plain.query(`UPDATE audit_event SET operation = 'x'`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(plain.query(`INSERT INTO schema_migration VALUES (0, 0, 'x')`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(plain.query(`CREATE TABLE intruder (id int)`)).rejects.toThrow(
      /permission denied/,
    );
  } finally {
    await plain.end();
  }
});

it('during a rolling upgrade the previous release starts on the newer schema, and a newer build does not start on the older one', async () => {
  // The previous release knows fewer migrations: nothing of its own is pending.
  const previous = new DataSource({
    ...dataSourceOptions(database.url),
    migrations: MIGRATIONS.slice(0, -1),
  });
  await previous.initialize();
  try {
    expect(await pendingMigrations(previous)).toEqual([]);
    await expect(assertMigrated(previous)).resolves.toBeUndefined();
  } finally {
    await previous.destroy();
  }

  // A database one migration behind this build: the build names the one it misses.
  const last = MIGRATIONS[MIGRATIONS.length - 1]!;
  const lastName = (new last() as { name?: string }).name ?? last.name;
  await asOwner((c) => c.query(`DELETE FROM schema_migration WHERE name = $1`, [lastName]));
  const current = new DataSource(dataSourceOptions(database.url));
  await current.initialize();
  try {
    expect(await pendingMigrations(current)).toEqual([lastName]);
    await expect(assertMigrated(current)).rejects.toThrow(
      `1 database migration(s) pending (${lastName}…)`,
    );
  } finally {
    await current.destroy();
  }
});
