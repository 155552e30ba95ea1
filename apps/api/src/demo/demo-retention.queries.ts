import type { Statement } from '../common/sql';

/*
 * The statements of demo-retention.ts as pure builders. Seed data only: the values are the demo data's,
 * passed through as given, so the parameters are not typed beyond `unknown`.
 */

export function insertLegalHoldQuery(
  regionId: unknown,
  setByUserId: unknown,
  reason: unknown,
): Statement {
  return {
    sql: `INSERT INTO legal_hold (region_id, case_id, reason, set_at, set_by_user_id)
     SELECT c.region_id, c.id, $3, now() - interval '10 days', $2
       FROM case_file c
      WHERE c.region_id = $1 AND c.reference = 'ZVH-2025-017'
        AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.case_id = c.id)`,
    params: [regionId, setByUserId, reason],
  };
}

export function insertDeletionRecordQuery(
  regionId: unknown,
  caseId: unknown,
  runId: unknown,
): Statement {
  return {
    sql: `INSERT INTO deletion_record (region_id, scope, case_id, case_status, closed_on, deleted_at,
                                  categories, row_counts, periods, person_deleted, run_id)
     SELECT $1, 'CASE', $2, 'CLOSED', (now() - interval '2 years 1 month')::date,
            now() - interval '1 month', ARRAY['IDENTITY','BSN','POLICE','SOCIAL','PLAN'],
            '{"case_file":1,"person":1,"information_item":9,"case_participant":4,"case_event":12,
              "plan_version":2,"plan_goal":5,"plan_action":8,"referral":1,"case_closure":1}'::jsonb,
            '{"IDENTITY":24,"BSN":24,"POLICE":24,"SOCIAL":24,"PLAN":24}'::jsonb, true, $3
      WHERE NOT EXISTS (SELECT 1 FROM deletion_record WHERE region_id = $1)`,
    params: [regionId, caseId, runId],
  };
}
