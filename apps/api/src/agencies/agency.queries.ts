import type { Statement } from '../common/sql';

/** The chain partners of one region; names and types only, no personal data. */
export function agenciesInRegionQuery(regionId: string): Statement {
  return {
    sql: `SELECT id, name, type FROM agency WHERE region_id = $1 ORDER BY name, id`,
    params: [regionId],
  };
}
