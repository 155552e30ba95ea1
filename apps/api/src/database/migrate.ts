import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import {
  appliedMigrationsQuery,
  migrationLockQuery,
  migrationTableExistsQuery,
  migrationUnlockQuery,
} from './database.queries';

/** Applies pending migrations under a PostgreSQL advisory lock. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const lock = migrationLockQuery();
    await runner.query(lock.sql, lock.params);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      const unlock = migrationUnlockQuery();
      await runner.query(unlock.sql, unlock.params);
    }
  } finally {
    await runner.release();
  }
}

/**
 * Migrations over their own short-lived connection as the login user (the owner). Used when the
 * app's pool switches to a restricted role (DB_APP_ROLE), which could not run them, and which
 * a fresh database does not even have until the migrations create it.
 */
export async function runMigrationsAsOwner(url: string): Promise<string[]> {
  const owner = new DataSource({ ...dataSourceOptions(url), extra: { max: 2 } });
  await owner.initialize();
  try {
    return await runMigrations(owner);
  } finally {
    await owner.destroy();
  }
}

/** The migrations this build knows that the database has not applied yet, in order. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const exists = migrationTableExistsQuery();
  const [table] = await dataSource.query<{ present: boolean }[]>(exists.sql, exists.params);
  const applied = new Set<string>();
  if (table?.present) {
    const names = appliedMigrationsQuery();
    const rows = await dataSource.query<{ name: string }[]>(names.sql, names.params);
    for (const row of rows) applied.add(row.name);
  }
  return dataSource.migrations
    .map((migration) => migration.name ?? migration.constructor.name)
    .filter((name) => !applied.has(name));
}

/**
 * DB_MIGRATE_AT_START=off: the migrations are someone else's job (`admin.js migrate`, the
 * Kubernetes migration Job); an instance of a newer build than the schema refuses to start.
 */
export async function assertMigrated(dataSource: DataSource): Promise<void> {
  const pending = await pendingMigrations(dataSource);
  if (pending.length > 0) {
    throw new Error(
      `${pending.length} database migration(s) pending (${pending[0]}…) and DB_MIGRATE_AT_START=off: ` +
        'run `node dist/apps/api/admin.js migrate` with the owner URL first (docs/operations.md#kubernetes)',
    );
  }
}
