import type { Statement } from '../common/sql';

// Any fixed number shared by all instances; keeps two starting instances from migrating at once.
const MIGRATION_LOCK_KEY = 727001;

export function migrationLockQuery(): Statement {
  return { sql: 'SELECT pg_advisory_lock($1)', params: [MIGRATION_LOCK_KEY] };
}

export function migrationUnlockQuery(): Statement {
  return { sql: 'SELECT pg_advisory_unlock($1)', params: [MIGRATION_LOCK_KEY] };
}

/** Whether the login user may switch to the restricted role `role` (DB_APP_ROLE). */
export function appRoleUsableQuery(role: string): Statement {
  return {
    sql: `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)
              AND pg_has_role(current_user, (SELECT oid FROM pg_roles WHERE rolname = $1), 'MEMBER')
              AS usable`,
    params: [role],
  };
}

/**
 * Behind a transaction-mode pooler: whether the pooled login user is the restricted role itself
 * (no start-up parameter can switch to it there, ADR 0030).
 */
export function pooledLoginIsRoleQuery(role: string): Statement {
  return { sql: `SELECT current_user = $1 AS usable`, params: [role] };
}

/** Whether the migration table exists (a fresh database has none). */
export function migrationTableExistsQuery(): Statement {
  return { sql: `SELECT to_regclass('schema_migration') IS NOT NULL AS present`, params: [] };
}

/** The names of the applied migrations. */
export function appliedMigrationsQuery(): Statement {
  return { sql: 'SELECT name FROM schema_migration', params: [] };
}
