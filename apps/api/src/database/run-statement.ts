/** Anything that runs SQL: the DataSource, or the EntityManager of a transaction. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Runs a statement built by a `*.queries.ts` builder; the caller types the rows it expects. */
export function runStatement(on: Queryable, statement: { sql: string; params: unknown[] }) {
  return on.query(statement.sql, statement.params);
}
