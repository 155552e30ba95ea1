import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { migrationLockQuery, migrationUnlockQuery } from './database.queries';

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
