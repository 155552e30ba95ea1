import type { DataSourceOptions } from 'typeorm';
import { detachedFromRequests } from '../observability/request-context';
import { MIGRATIONS } from './migrations';

/** The key in the pool's settings that says whether preparedQuery may name its statements. */
export const NAMED_STATEMENTS = 'schakelNamedStatements';

export interface PoolingOptions {
  /** DATABASE_URL is a transaction-mode pooler: no start-up parameters (DATABASE_DIRECT_URL set). */
  pooled?: boolean;
  /** DATABASE_PREPARED_STATEMENTS: named prepared statements on the pool (default true). */
  namedStatements?: boolean;
}

export interface PoolErrorLogger {
  warn(message: string, meta?: Record<string, unknown>): void;
}

/**
 * One place for the database settings, used by the app, the migration runner and the tests.
 * `synchronize` is never on: the schema comes from migrations only. The entity classes belong to
 * their features; the app root registers them (`entities.ts`), so this folder imports no feature.
 */
export function dataSourceOptions(
  url: string,
  logger?: PoolErrorLogger,
  appRole?: string | null,
  pooling: PoolingOptions = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: {
      max: 10,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      application_name: 'schakel-api',
      // Every pooled connection starts as this role (set in the startup packet: no extra round trip).
      // Behind a transaction-mode pooler (pooling.pooled) no start-up parameter reaches
      // PostgreSQL: the pooled login user is the restricted role itself (ADR 0030).
      ...(appRole && !pooling.pooled ? { options: `-c role=${appRole}` } : {}),
      // Read by preparedQuery (node-postgres ignores keys it does not know).
      [NAMED_STATEMENTS]: pooling.namedStatements ?? true,
    },
    // Without a handler an idle client's error (e.g. the server restarting) crashes the process.
    // It runs in the context of the request that opened the connection: not that request's log.
    poolErrorHandler: detachedFromRequests((error: Error) => {
      logger?.warn('database pool client error', { error: error.message });
    }),
  };
}
