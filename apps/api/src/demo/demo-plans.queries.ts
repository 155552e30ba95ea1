import type { Statement } from '../common/sql';
import { AMSTERDAM_TODAY } from '../database/amsterdam-today';

/*
 * The statements of demo-plans.ts as pure builders. Seed data only: the values are the demo data's,
 * passed through as given, so the parameters are not typed beyond `unknown`.
 */

export function caseByReferenceQuery(regionId: unknown, reference: unknown): Statement {
  return {
    sql: `SELECT id FROM case_file WHERE region_id = $1 AND reference = $2`,
    params: [regionId, reference],
  };
}

export function insertPlanVersionQuery(
  regionId: unknown,
  caseId: unknown,
  number: unknown,
  basedOn: unknown,
  director: unknown,
  daysAgo: unknown,
): Statement {
  return {
    sql: `INSERT INTO plan_version (region_id, case_id, number, based_on_version_id,
                                 created_by_user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6), now() - make_interval(days => $6))
       RETURNING id`,
    params: [regionId, caseId, number, basedOn, director, daysAgo],
  };
}

export function insertPlanVersionEventQuery(
  regionId: unknown,
  caseId: unknown,
  daysAgo: unknown,
  director: unknown,
  zvh: unknown,
  number: unknown,
): Statement {
  return {
    sql: `INSERT INTO case_event (region_id, case_id, kind, at, actor_user_id, actor_agency_id, data)
       VALUES ($1, $2, 'PLAN_VERSION_CREATED', now() - make_interval(days => $3), $4, $5,
               jsonb_build_object('version', $6::int))`,
    params: [regionId, caseId, daysAgo, director, zvh, number],
  };
}

export function insertPlanGoalQuery(
  regionId: unknown,
  v1: unknown,
  lifeDomain: unknown,
  description: unknown,
  position: unknown,
): Statement {
  return {
    sql: `INSERT INTO plan_goal (region_id, version_id, life_domain, description, position)
       VALUES ($1, $2, $3, $4, $5) RETURNING id, key`,
    params: [regionId, v1, lifeDomain, description, position],
  };
}

export function insertPlanActionQuery(
  regionId: unknown,
  caseId: unknown,
  v1: unknown,
  goalId: unknown,
  description: unknown,
  ownerAgencyId: unknown,
  ownerUserId: unknown,
  dueInDays: unknown,
  index: unknown,
): Statement {
  return {
    sql: `INSERT INTO plan_action (region_id, case_id, version_id, goal_id, description,
                                  owner_agency_id, owner_user_id, due_date, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, ${AMSTERDAM_TODAY} + $8::int, $9) RETURNING key`,
    params: [
      regionId,
      caseId,
      v1,
      goalId,
      description,
      ownerAgencyId,
      ownerUserId,
      dueInDays,
      index,
    ],
  };
}

export function insertPlanActionProgressQuery(
  key: unknown,
  regionId: unknown,
  caseId: unknown,
  status: unknown,
): Statement {
  return {
    sql: `INSERT INTO plan_action_progress (action_key, region_id, case_id, status)
         VALUES ($1, $2, $3, $4)`,
    params: [key, regionId, caseId, status],
  };
}

export function insertPlanActionNoteQuery(
  regionId: unknown,
  caseId: unknown,
  key: unknown,
  text: unknown,
  authorUserId: unknown,
  authorAgencyId: unknown,
): Statement {
  return {
    sql: `INSERT INTO plan_action_note (region_id, case_id, action_key, text, author_user_id,
                                         author_agency_id, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, now() - interval '2 days')`,
    params: [regionId, caseId, key, text, authorUserId, authorAgencyId],
  };
}

export function adoptPlanVersionQuery(v1: unknown, director: unknown, zvh: unknown): Statement {
  return {
    sql: `UPDATE plan_version SET status = 'ADOPTED', adopted_on = ${AMSTERDAM_TODAY} - 21,
            adopted_at = now() - interval '21 days', adopted_by_user_id = $2,
            adopted_by_agency_id = $3
      WHERE id = $1`,
    params: [v1, director, zvh],
  };
}

export function insertPlanAdoptedEventQuery(
  regionId: unknown,
  caseId: unknown,
  director: unknown,
  zvh: unknown,
): Statement {
  return {
    sql: `INSERT INTO case_event (region_id, case_id, kind, at, actor_user_id, actor_agency_id, data)
     VALUES ($1, $2, 'PLAN_ADOPTED', now() - interval '21 days', $3, $4,
             jsonb_build_object('version', 1))`,
    params: [regionId, caseId, director, zvh],
  };
}

export function insertDraftPlanGoalQuery(
  regionId: unknown,
  v2: unknown,
  key: unknown,
  lifeDomain: unknown,
  description: unknown,
  position: unknown,
): Statement {
  return {
    sql: `INSERT INTO plan_goal (region_id, version_id, key, life_domain, description, position)
       VALUES ($1, $2, COALESCE($3::uuid, gen_random_uuid()), $4, $5, $6) RETURNING id`,
    params: [regionId, v2, key, lifeDomain, description, position],
  };
}

export function insertDraftPlanActionQuery(
  regionId: unknown,
  caseId: unknown,
  v2: unknown,
  goalId: unknown,
  description: unknown,
  ownerAgencyId: unknown,
  ownerUserId: unknown,
  dueInDays: unknown,
  index: unknown,
  v1: unknown,
): Statement {
  return {
    sql: `INSERT INTO plan_action (region_id, case_id, version_id, goal_id, key, description,
                                  owner_agency_id, owner_user_id, due_date, position)
         VALUES ($1, $2, $3, $4,
                 COALESCE((SELECT a.key FROM plan_action a
                            WHERE a.version_id = $10 AND a.description = $5), gen_random_uuid()),
                 $5, $6, $7, ${AMSTERDAM_TODAY} + $8::int, $9) RETURNING key`,
    params: [
      regionId,
      caseId,
      v2,
      goalId,
      description,
      ownerAgencyId,
      ownerUserId,
      dueInDays,
      index,
      v1,
    ],
  };
}

export function insertDraftPlanActionProgressQuery(
  key: unknown,
  regionId: unknown,
  caseId: unknown,
  status: unknown,
): Statement {
  return {
    sql: `INSERT INTO plan_action_progress (action_key, region_id, case_id, status)
           VALUES ($1, $2, $3, $4)`,
    params: [key, regionId, caseId, status],
  };
}
