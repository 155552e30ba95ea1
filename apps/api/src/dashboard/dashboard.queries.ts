import { OPEN_CASE_STATUSES } from '@schakel/domain';
import type { AppAbility } from '@schakel/sharing-policy';
import { NOTHING, policyFilter, SqlParams } from '../sharing/policy-sql';

export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Every figure of the dashboard in one statement, over the cases the caller may read. The wijk is
 * part of the person's address (IDENTITY): where the caller may not read it, the case is counted
 * under "afgeschermd". Null when the caller can read no case at all.
 */
export function dashboardQuery(ability: AppAbility, regionId: string): Statement | null {
  const params = new SqlParams([regionId]);
  const readable = policyFilter(ability, 'read', { subject: 'Case', alias: 'c' }, params);
  if (readable === NOTHING) return null;
  const address = policyFilter(
    ability,
    'read',
    { subject: 'CaseSubject', caseAlias: 'c', category: 'IDENTITY' },
    params,
  );
  const open = params.add(OPEN_CASE_STATUSES);
  const referred = params.add(['REFERRED', 'IN_TRIAGE']);
  const sql = `WITH visible AS (
  SELECT c.id, c.reference, c.status, c.created_at,
         (${address}) AS address_readable,
         CASE WHEN (${address}) THEN NULLIF(btrim(p.wijk), '') END AS wijk
    FROM case_file c JOIN person p ON p.id = c.subject_person_id
   WHERE c.region_id = $1 AND (${readable}))
SELECT
  (SELECT count(*)::int FROM visible WHERE status = ANY(${referred}::text[])) AS "openReferrals",
  (SELECT json_build_object('caseId', id, 'reference', reference, 'since', created_at)
     FROM visible WHERE status = ANY(${referred}::text[])
    ORDER BY created_at, id LIMIT 1) AS "oldestReferral",
  COALESCE((SELECT json_agg(json_build_object('status', status, 'count', n) ORDER BY status)
     FROM (SELECT status, count(*)::int AS n FROM visible GROUP BY status) s), '[]'::json)
    AS "byStatus",
  COALESCE((SELECT json_agg(json_build_object('wijk', wijk, 'withheld', NOT address_readable,
                   'openCount', open_count, 'totalCount', total_count)
                   ORDER BY open_count DESC, total_count DESC, NOT address_readable, wijk)
     FROM (SELECT wijk, address_readable,
                  count(*) FILTER (WHERE status = ANY(${open}::text[]))::int AS open_count,
                  count(*)::int AS total_count
             FROM visible GROUP BY wijk, address_readable) w), '[]'::json) AS "byWijk"`;
  return { sql, params: params.values };
}
