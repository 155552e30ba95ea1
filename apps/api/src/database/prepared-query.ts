import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';
import { NAMED_STATEMENTS } from './data-source-options';

/**
 * At most this many distinct statements are prepared (per pooled connection); any further text
 * runs unprepared. The texts of the hot read paths are few (their values are parameters), so the
 * cap only guards the server's memory against statements built with a varying shape.
 */
export const MAX_PREPARED_STATEMENTS = 200;

const names = new Map<string, string>();

function nameFor(sql: string): string | undefined {
  let name = names.get(sql);
  if (name === undefined && names.size < MAX_PREPARED_STATEMENTS) {
    name = `schakel_${createHash('sha256').update(sql).digest('hex').slice(0, 32)}`;
    names.set(sql, name);
  }
  return name;
}

/** Whether the data source's pool may keep named statements (DATABASE_PREPARED_STATEMENTS). */
export function namedStatementsOn(db: DataSource): boolean {
  const extra = (db.options as { extra?: Record<string, unknown> }).extra;
  return extra?.[NAMED_STATEMENTS] !== false;
}

/**
 * A read outside a transaction as a named prepared statement on the pool: PostgreSQL parses and
 * plans it once per connection instead of on every request (planning the case page cost more than
 * running it), and TypeORM's query runner is skipped. Values are always parameters.
 *
 * With DATABASE_PREPARED_STATEMENTS=off (the default behind a transaction-mode pooler, ADR 0030)
 * the statement goes unnamed: a pooler hands each transaction to any server connection, where a
 * statement prepared on another one does not exist.
 */
export async function preparedQuery<T extends QueryResultRow>(
  db: DataSource,
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  // TypeORM's PostgresDriver keeps its node-postgres pool as `master`.
  const pool = (db.driver as unknown as { master: Pool }).master;
  const name = namedStatementsOn(db) ? nameFor(sql) : undefined;
  const values = params as unknown[];
  const result = await pool.query<T>(name ? { name, text: sql, values } : { text: sql, values });
  return result.rows;
}
