import { casePolicyColumns } from './need-to-know';

/** The policy fields and status of one case of the region, for checks before a write. */
export function caseAccessQuery(
  caseId: string,
  regionId: string,
): { sql: string; params: unknown[] } {
  return {
    sql: `SELECT ${casePolicyColumns('c')}, c.status
         FROM case_file c
        WHERE c.id = $1 AND c.region_id = $2`,
    params: [caseId, regionId],
  };
}
