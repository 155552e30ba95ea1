import type { Statement } from '../cases/case.queries';

/** The cheapest statement that proves the database answers. */
export function readinessQuery(): Statement {
  return { sql: 'SELECT 1', params: [] };
}
