import type { Statement } from '../common/sql';

/*
 * The statements that change a plan (plan-edit.service.ts holds the decisions: the checks, the
 * transaction, the revision guard). None of them filters by the policy: the service checks the
 * policy on the loaded case before it runs them.
 */

/** The case's draft version, if any (two people clicking "wijzigen" at once share it). */
export function draftVersionQuery(caseId: string): Statement {
  return {
    sql: `SELECT id FROM plan_version WHERE case_id = $1 AND status = 'DRAFT'`,
    params: [caseId],
  };
}

/** The last adopted version of a case: a new draft starts as its copy. */
export function lastAdoptedVersionQuery(caseId: string): Statement {
  return {
    sql: `SELECT id FROM plan_version WHERE case_id = $1 AND status = 'ADOPTED'
        ORDER BY number DESC LIMIT 1`,
    params: [caseId],
  };
}

export function insertDraftVersionQuery(
  regionId: string,
  caseId: string,
  basedOnVersionId: string | null,
  userId: string,
): Statement {
  return {
    sql: `INSERT INTO plan_version (region_id, case_id, number, based_on_version_id, created_by_user_id)
       VALUES ($1, $2, (SELECT COALESCE(max(number), 0) + 1 FROM plan_version WHERE case_id = $2),
               $3, $4)
       RETURNING id, number`,
    params: [regionId, caseId, basedOnVersionId, userId],
  };
}

/** Copies the goals of version `fromId` into `toId`, with the same keys. */
export function copyGoalsQuery(fromId: string, toId: string): Statement {
  return {
    sql: `INSERT INTO plan_goal (region_id, version_id, key, life_domain, description, position)
         SELECT region_id, $2, key, life_domain, description, position
           FROM plan_goal WHERE version_id = $1`,
    params: [fromId, toId],
  };
}

/** Copies the actions of version `fromId` into `toId`, under the copied goals of the same key. */
export function copyActionsQuery(fromId: string, toId: string): Statement {
  return {
    sql: `INSERT INTO plan_action (region_id, case_id, version_id, goal_id, key, description,
                                  owner_agency_id, owner_user_id, due_date, position)
         SELECT a.region_id, a.case_id, $2, ng.id, a.key, a.description, a.owner_agency_id,
                a.owner_user_id, a.due_date, a.position
           FROM plan_action a
           JOIN plan_goal og ON og.id = a.goal_id
           JOIN plan_goal ng ON ng.version_id = $2 AND ng.key = og.key
          WHERE a.version_id = $1`,
    params: [fromId, toId],
  };
}

export function insertGoalQuery(
  regionId: string,
  versionId: string,
  lifeDomain: string,
  description: string,
): Statement {
  return {
    sql: `INSERT INTO plan_goal (region_id, version_id, life_domain, description, position)
         VALUES ($1, $2, $3, $4,
                 (SELECT COALESCE(max(position), -1) + 1 FROM plan_goal WHERE version_id = $2))`,
    params: [regionId, versionId, lifeDomain, description],
  };
}

/** Changes what is given (null keeps the stored value). */
export function updateGoalQuery(
  goalId: string,
  lifeDomain: string | null,
  description: string | null,
): Statement {
  return {
    sql: `UPDATE plan_goal SET life_domain = COALESCE($2, life_domain),
                              description = COALESCE($3, description)
          WHERE id = $1`,
    params: [goalId, lifeDomain, description],
  };
}

export function deleteGoalQuery(goalId: string): Statement {
  return { sql: `DELETE FROM plan_goal WHERE id = $1`, params: [goalId] };
}

export interface NewAction {
  regionId: string;
  caseId: string;
  versionId: string;
  goalId: string;
  description: string;
  ownerAgencyId: string;
  ownerUserId: string | null;
  dueDate: string;
}

export function insertActionQuery(action: NewAction): Statement {
  return {
    sql: `INSERT INTO plan_action (region_id, case_id, version_id, goal_id, description,
                                  owner_agency_id, owner_user_id, due_date, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
                 (SELECT COALESCE(max(position), -1) + 1 FROM plan_action WHERE goal_id = $4))
         RETURNING key`,
    params: [
      action.regionId,
      action.caseId,
      action.versionId,
      action.goalId,
      action.description,
      action.ownerAgencyId,
      action.ownerUserId,
      action.dueDate,
    ],
  };
}

/** The progress of a new action (its status lives with its key, across versions). */
export function insertActionProgressQuery(
  actionKey: string,
  regionId: string,
  caseId: string,
  userId: string,
): Statement {
  return {
    sql: `INSERT INTO plan_action_progress (action_key, region_id, case_id, status_changed_by_user_id)
         VALUES ($1, $2, $3, $4)`,
    params: [actionKey, regionId, caseId, userId],
  };
}

/** Whether the goal belongs to the version. */
export function goalInVersionQuery(goalId: string, versionId: string): Statement {
  return {
    sql: `SELECT 1 FROM plan_goal WHERE id = $1 AND version_id = $2`,
    params: [goalId, versionId],
  };
}

export interface ActionChange {
  actionId: string;
  description: string | null;
  dueDate: string | null;
  goalId: string | null;
  ownerAgencyId: string;
  ownerUserId: string | null;
}

/** Changes what is given (null keeps description, due date and goal); the owner is always set. */
export function updateActionQuery(change: ActionChange): Statement {
  return {
    sql: `UPDATE plan_action SET description = COALESCE($2, description),
                                due_date = COALESCE($3::date, due_date),
                                goal_id = COALESCE($4, goal_id),
                                owner_agency_id = $5, owner_user_id = $6
          WHERE id = $1`,
    params: [
      change.actionId,
      change.description,
      change.dueDate,
      change.goalId,
      change.ownerAgencyId,
      change.ownerUserId,
    ],
  };
}

export function deleteActionQuery(actionId: string): Statement {
  return { sql: `DELETE FROM plan_action WHERE id = $1`, params: [actionId] };
}

/** The date of the case's last adoption (a new one cannot lie before it). */
export function lastAdoptedOnQuery(caseId: string): Statement {
  return {
    sql: `SELECT to_char(max(adopted_on), 'YYYY-MM-DD') AS "adoptedOn" FROM plan_version
        WHERE case_id = $1 AND status = 'ADOPTED'`,
    params: [caseId],
  };
}

/**
 * Adopts the draft at this revision; returns its number and goal count, or no row when the
 * revision is stale or the version no longer a draft.
 */
export function adoptVersionQuery(
  versionId: string,
  revision: number,
  adoptedOn: string,
  userId: string,
  agencyId: string,
): Statement {
  return {
    sql: `UPDATE plan_version
            SET status = 'ADOPTED', adopted_on = $3, adopted_at = now(), adopted_by_user_id = $4,
                adopted_by_agency_id = $5, revision = revision + 1, updated_at = now()
          WHERE id = $1 AND revision = $2 AND status = 'DRAFT'
        RETURNING number,
                  (SELECT count(*)::int FROM plan_goal g WHERE g.version_id = plan_version.id)
                    AS goals`,
    params: [versionId, revision, adoptedOn, userId, agencyId],
  };
}

/** Adopting the plan starts the work on an accepted case. */
export function activateCaseQuery(caseId: string): Statement {
  return {
    sql: `UPDATE case_file SET updated_at = now(),
                status = CASE WHEN status = 'ACCEPTED' THEN 'ACTIVE' ELSE status END
          WHERE id = $1`,
    params: [caseId],
  };
}

/** Moves the draft's revision on; changes no row when the revision is stale. */
export function bumpDraftRevisionQuery(versionId: string, revision: number): Statement {
  return {
    sql: `UPDATE plan_version SET revision = revision + 1, updated_at = now()
          WHERE id = $1 AND revision = $2 AND status = 'DRAFT'`,
    params: [versionId, revision],
  };
}

export function touchCaseQuery(caseId: string): Statement {
  return { sql: `UPDATE case_file SET updated_at = now() WHERE id = $1`, params: [caseId] };
}

/** An active professional of the agency who can own an action. */
export function actionOwnerUserQuery(userId: string, agencyId: string): Statement {
  return {
    sql: `SELECT 1 FROM app_user WHERE id = $1 AND agency_id = $2 AND active
          AND roles && ARRAY['MEMBER','PROCESREGISSEUR']::text[]`,
    params: [userId, agencyId],
  };
}

/** Progress of an action that no version holds any more goes with it. */
export function dropOrphanProgressQuery(caseId: string): Statement {
  return {
    sql: `DELETE FROM plan_action_progress p
        WHERE p.case_id = $1 AND NOT EXISTS (SELECT 1 FROM plan_action a WHERE a.key = p.action_key)`,
    params: [caseId],
  };
}
