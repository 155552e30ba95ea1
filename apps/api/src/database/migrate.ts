import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

// Any fixed number shared by all instances; keeps two starting instances from migrating at once.
const MIGRATION_LOCK_KEY = 727001;

/** Applies pending migrations under a PostgreSQL advisory lock. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
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
