import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/*
 * Retention demo rows, so the privacy officer's Bewaartermijnen page has something to show: a
 * legal hold on the closed demo case ZVH-2025-017, and one earlier deletion record of a case that
 * never was in the demo (a record holds no personal data, so there is nothing else to seed).
 */
export async function seedRetentionDemo(
  tx: EntityManager,
  regionId: string,
  userIds: ReadonlyMap<string, string>,
): Promise<void> {
  await tx.query(
    `INSERT INTO legal_hold (region_id, case_id, reason, set_at, set_by_user_id)
     SELECT c.region_id, c.id, $3, now() - interval '10 days', $2
       FROM case_file c
      WHERE c.region_id = $1 AND c.reference = 'ZVH-2025-017'
        AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.case_id = c.id)`,
    [
      regionId,
      userIds.get('privacy@zvh.demo.example') ?? null,
      'Lopende klacht bij de Nationale ombudsman over de afhandeling van deze casus.',
    ],
  );
  await tx.query(
    `INSERT INTO deletion_record (region_id, scope, case_id, case_status, closed_on, deleted_at,
                                  categories, row_counts, periods, person_deleted, run_id)
     SELECT $1, 'CASE', $2, 'CLOSED', (now() - interval '2 years 1 month')::date,
            now() - interval '1 month', ARRAY['IDENTITY','BSN','POLICE','SOCIAL','PLAN'],
            '{"case_file":1,"person":1,"information_item":9,"case_participant":4,"case_event":12,
              "plan_version":2,"plan_goal":5,"plan_action":8,"referral":1,"case_closure":1}'::jsonb,
            '{"IDENTITY":24,"BSN":24,"POLICE":24,"SOCIAL":24,"PLAN":24}'::jsonb, true, $3
      WHERE NOT EXISTS (SELECT 1 FROM deletion_record WHERE region_id = $1)`,
    [regionId, randomUUID(), randomUUID()],
  );
}
