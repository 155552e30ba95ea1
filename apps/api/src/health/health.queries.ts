import type { Statement } from '../common/sql';

/** The cheapest statement that proves the database answers. */
export function readinessQuery(): Statement {
  return { sql: 'SELECT 1', params: [] };
}
