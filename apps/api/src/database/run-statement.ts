import type { Queryable } from './queryable';

/** Runs a statement built by a `*.queries.ts` builder; the caller types the rows it expects. */
export function runStatement(
  on: Queryable,
  statement: { sql: string; params: unknown[] },
): Promise<unknown> {
  return on.query(statement.sql, statement.params);
}
