import { OPEN_CASE_STATUSES } from '@schakel/domain';
import type { AppAbility } from '@schakel/sharing-policy';
import type { Statement } from '../common/sql';
import { AMSTERDAM_TODAY } from '../database/amsterdam-today';
import { takesPart } from '../sharing/need-to-know';
import { NOTHING, PERSON_ADDRESS, policyFilter, SqlParams } from '../sharing/policy-sql';
import { subjectNameColumns } from '../sharing/subject-name';
import type { PlanActionStatus } from './plan.enums';
import { NOTES_LIMIT } from './plan.model';

/*
 * The plan statements as pure functions, so the authorization SQL of the lists can be read and
 * committed. Every version, goal and action is loaded with its nested rows in ONE statement.
 */

const OPEN_STATUSES = `ARRAY[${OPEN_CASE_STATUSES.map((s) => `'${s}'`).join(',')}]::text[]`;

const agencyJson = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'type', ${alias}.type)`;
const userJson = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL
        ELSE json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name) END`;

/** Not finished and past its due date (`a` an action, `p` its progress). */
export const OVERDUE = `(p.status IN ('OPEN','IN_PROGRESS') AND a.due_date < ${AMSTERDAM_TODAY})`;

const ACTION_JSON = `json_build_object(
  'id', a.id, 'key', a.key, 'description', a.description,
  'ownerAgency', ${agencyJson('oa')}, 'ownerUser', ${userJson('ou')},
  'ownerActive', ${takesPart('a.case_id', 'a.owner_agency_id')},
  'dueDate', to_char(a.due_date, 'YYYY-MM-DD'), 'status', p.status,
  'statusRevision', p.revision, 'statusChangedAt', p.status_changed_at, 'overdue', ${OVERDUE},
  'noteCount', (SELECT count(*)::int FROM plan_action_note n WHERE n.action_key = a.key))`;

const NOTE_COLUMNS = `n.id, n.action_key AS "actionKey", n.text, ${userJson('nu')} AS author,
       ${agencyJson('na')} AS "authorAgency", n.created_at AS "createdAt"`;
const NOTE_FROM = `FROM plan_action_note n JOIN agency na ON na.id = n.author_agency_id
  LEFT JOIN app_user nu ON nu.id = n.author_user_id`;

const ACTION_FROM = `plan_action a
  JOIN plan_action_progress p ON p.action_key = a.key
  JOIN agency oa ON oa.id = a.owner_agency_id
  LEFT JOIN app_user ou ON ou.id = a.owner_user_id`;

const VERSION_SELECT = `SELECT v.id, v.case_id AS "caseId", v.number, v.status, v.revision,
       b.number AS "basedOnNumber", to_char(v.adopted_on, 'YYYY-MM-DD') AS "adoptedOn",
       CASE WHEN aa.id IS NULL THEN NULL ELSE ${agencyJson('aa')} END AS "adoptedByAgency",
       ${userJson('au')} AS "adoptedBy", v.created_at AS "createdAt", v.updated_at AS "updatedAt",
       COALESCE((SELECT json_agg(json_build_object('id', g.id, 'key', g.key,
                   'lifeDomain', g.life_domain, 'description', g.description,
                   'actions', COALESCE((SELECT json_agg(${ACTION_JSON} ORDER BY a.position, a.id)
                                          FROM ${ACTION_FROM} WHERE a.goal_id = g.id), '[]'::json))
                   ORDER BY g.position, g.id)
                  FROM plan_goal g WHERE g.version_id = v.id), '[]'::json) AS goals
  FROM plan_version v
  LEFT JOIN plan_version b ON b.id = v.based_on_version_id
  LEFT JOIN agency aa ON aa.id = v.adopted_by_agency_id
  LEFT JOIN app_user au ON au.id = v.adopted_by_user_id`;

/**
 * The draft and the last adopted version of a case, the agencies an action can be given to and
 * the newest notes — one statement.
 */
export function casePlanQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `SELECT
  COALESCE((SELECT json_agg(pv) FROM (${VERSION_SELECT}
     WHERE v.case_id = $1 AND v.region_id = $2
       AND (v.status = 'DRAFT' OR v.id = (SELECT lv.id FROM plan_version lv
                                           WHERE lv.case_id = $1 AND lv.status = 'ADOPTED'
                                           ORDER BY lv.number DESC LIMIT 1))) pv), '[]'::json)
    AS versions,
  COALESCE((SELECT json_agg(${agencyJson('pa')} ORDER BY pa.name, pa.id)
              FROM agency pa WHERE ${takesPart('$1', 'pa.id')}), '[]'::json)
    AS "ownerAgencies",
  COALESCE((SELECT json_agg(nn) FROM (SELECT ${NOTE_COLUMNS} ${NOTE_FROM}
     WHERE n.case_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT ${NOTES_LIMIT}) nn),
    '[]'::json) AS notes`,
    params: [caseId, regionId],
  };
}

export function versionByIdQuery(versionId: string, regionId: string): Statement {
  return {
    sql: `${VERSION_SELECT}\n WHERE v.id = $1 AND v.region_id = $2`,
    params: [versionId, regionId],
  };
}

export function versionsByNumberQuery(
  caseId: string,
  regionId: string,
  numbers: readonly number[],
): Statement {
  return {
    sql: `${VERSION_SELECT}\n WHERE v.case_id = $1 AND v.region_id = $2 AND v.number = ANY($3::int[])`,
    params: [caseId, regionId, numbers],
  };
}

export function versionHistoryQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `SELECT v.id, v.number, v.status, to_char(v.adopted_on, 'YYYY-MM-DD') AS "adoptedOn",
       CASE WHEN aa.id IS NULL THEN NULL ELSE ${agencyJson('aa')} END AS "adoptedByAgency",
       b.number AS "basedOnNumber", v.created_at AS "createdAt",
       (SELECT count(*)::int FROM plan_goal g WHERE g.version_id = v.id) AS "goalCount",
       (SELECT count(*)::int FROM plan_action a WHERE a.version_id = v.id) AS "actionCount"
  FROM plan_version v
  LEFT JOIN plan_version b ON b.id = v.based_on_version_id
  LEFT JOIN agency aa ON aa.id = v.adopted_by_agency_id
 WHERE v.case_id = $1 AND v.region_id = $2
 ORDER BY v.number DESC`,
    params: [caseId, regionId],
  };
}

export function noteByIdQuery(noteId: string): Statement {
  return { sql: `SELECT ${NOTE_COLUMNS} ${NOTE_FROM} WHERE n.id = $1`, params: [noteId] };
}

export function actionByIdQuery(actionId: string, regionId: string): Statement {
  return {
    sql: `SELECT ${ACTION_JSON} AS action FROM ${ACTION_FROM}\n WHERE a.id = $1 AND a.region_id = $2`,
    params: [actionId, regionId],
  };
}

/** What a write needs to know about its target before it checks the policy. */
export type PlanTargetKind = 'version' | 'goal' | 'action';

export function planTargetQuery(kind: PlanTargetKind, id: string, regionId: string): Statement {
  const versionOf = {
    version: `$1::uuid`,
    goal: `(SELECT version_id FROM plan_goal WHERE id = $1)`,
    action: `(SELECT version_id FROM plan_action WHERE id = $1)`,
  }[kind];
  return {
    sql: `SELECT v.id AS "versionId", v.case_id AS "caseId", v.number, v.status, v.revision,
       c.reference AS "caseReference",
       a.key AS "actionKey", a.owner_agency_id AS "ownerAgencyId",
       a.owner_user_id AS "ownerUserId", a.goal_id AS "goalId"
  FROM plan_version v
  JOIN case_file c ON c.id = v.case_id
  LEFT JOIN plan_action a ON a.id = $1 AND $3::text = 'action'
 WHERE v.region_id = $2 AND v.id = ${versionOf}`,
    params: [id, regionId, kind],
  };
}

// ---------------------------------------------------------------- lists: "Mijn acties", monitoring

const MY_ACTION_COLUMNS = `a.id, a.key, c.id AS "caseId", c.reference AS "caseReference",
       c.subject_person_id AS "personId",
       v.number AS "versionNumber", v.status AS "versionStatus",
       g.life_domain AS "lifeDomain", g.description AS goal, a.description,
       ${agencyJson('oa')} AS "ownerAgency", ${userJson('ou')} AS "ownerUser",
       to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate", p.status, p.revision AS "statusRevision",
       ${OVERDUE} AS overdue`;

/**
 * From the actions in force (ADR 0042: the version in force of every open case, kept by the
 * writes), so a list walks one index in due-date order and stops at its page.
 */
const MY_ACTION_FROM = `FROM plan_action_in_force f
  JOIN plan_action a ON a.id = f.action_id
  JOIN plan_action_progress p ON p.action_key = f.action_key
  JOIN agency oa ON oa.id = a.owner_agency_id
  LEFT JOIN app_user ou ON ou.id = a.owner_user_id
  JOIN plan_goal g ON g.id = a.goal_id
  JOIN plan_version v ON v.id = a.version_id
  JOIN case_file c ON c.id = f.case_id`;

const UNFINISHED = `f.status IN ('OPEN','IN_PROGRESS')`;
/** Overdue, as read from the actions in force (the same test as OVERDUE, on their columns). */
const OVERDUE_IN_FORCE = `(${UNFINISHED} AND f.due_date < ${AMSTERDAM_TODAY})`;
/** The overview names at most this many overdue actions in its count ("more than 1,000"). */
export const OVERDUE_COUNT_CAP = 1000;

export interface MyActionCursor {
  overdue: boolean;
  dueDate: string;
  id: string;
}

/**
 * The actions of the version in force of every open case, owned by the caller's agency, that the
 * caller may read the plan of — filtered in SQL. Overdue first, then by due date. For unfinished
 * actions (the default filter) overdue means due before today, so the order is the due date's
 * and the owner's index gives the page without reading the rest.
 */
export function myActionsQuery(
  ability: AppAbility,
  caller: { regionId: string; agencyId: string },
  filter: { statuses: readonly PlanActionStatus[]; overdueOnly: boolean },
  page: { first: number; after: MyActionCursor | null },
): Statement | null {
  const params = new SqlParams([caller.regionId, caller.agencyId, filter.statuses]);
  // Only the caller's own actions (owner = $2), so the part OWN_ACTIONS is enough: a volunteer
  // organisation whose consent names only its own actions sees them here, and nothing else.
  const readable = policyFilter(
    ability,
    'read',
    { subject: 'CaseCategory', caseAlias: 'c', category: 'PLAN', part: 'OWN_ACTIONS' },
    params,
  );
  if (readable === NOTHING) return null;
  const unfinishedOnly = filter.statuses.every((s) => s === 'OPEN' || s === 'IN_PROGRESS');
  const where = ['f.region_id = $1', 'f.owner_agency_id = $2', 'f.status = ANY($3::text[])'];
  if (filter.overdueOnly) where.push(OVERDUE_IN_FORCE);
  if (page.after) {
    const due = `${params.add(page.after.dueDate)}::date`;
    const id = `${params.add(page.after.id)}::uuid`;
    where.push(
      unfinishedOnly
        ? `(f.due_date, f.action_id) > (${due}, ${id})`
        : `((NOT ${OVERDUE_IN_FORCE}), f.due_date, f.action_id) > (${params.add(!page.after.overdue)}::boolean, ${due}, ${id})`,
    );
  }
  where.push(`(${readable})`);
  const order = unfinishedOnly
    ? 'f.due_date, f.action_id'
    : `(NOT ${OVERDUE_IN_FORCE}), f.due_date, f.action_id`;
  const inner = `SELECT ${MY_ACTION_COLUMNS}\n  ${MY_ACTION_FROM}\n WHERE ${where.join('\n   AND ')}
 ORDER BY ${order}
 LIMIT ${params.add(page.first + 1)}`;
  return { sql: withSubjectName(inner, ability, caller.agencyId, params), params: params.values };
}

/**
 * The person's name for the rows of a page, added around the page's statement: computed for
 * those few rows only. Inside it, the planner hashed the name's participation test over every
 * participation of the caller's agency before the LIMIT (1.1 s for the ZVH at 100k cases).
 */
function withSubjectName(
  page: string,
  ability: AppAbility,
  agencyId: string,
  params: SqlParams,
): string {
  return `SELECT x.*, ${subjectNameColumns(ability, 'c', agencyId, params)}
  FROM (${page}) x
  JOIN case_file c ON c.id = x."caseId"
 ORDER BY (NOT x.overdue), x."dueDate", x.id`;
}

/**
 * Overdue actions in every open case of the region the caller may read the plan of, longest
 * overdue first, and how many there are, counted up to OVERDUE_COUNT_CAP + 1 so the count stays
 * cheap where tens of thousands are overdue ("more than 1,000").
 */
export function overdueActionsQuery(
  ability: AppAbility,
  caller: { regionId: string; agencyId: string },
  first: number,
): Statement | null {
  const params = new SqlParams([caller.regionId]);
  const readable = policyFilter(
    ability,
    'read',
    { subject: 'CaseCategory', caseAlias: 'c', category: 'PLAN' },
    params,
  );
  if (readable === NOTHING) return null;
  // The count's subquery has its own `f` and `c`; the policy's SQL names only those and the
  // parameters, so the same filter serves both.
  const page = `SELECT ${MY_ACTION_COLUMNS},
       (SELECT count(*)::int FROM (
          SELECT 1 FROM plan_action_in_force f JOIN case_file c ON c.id = f.case_id
           WHERE f.region_id = $1 AND ${OVERDUE_IN_FORCE} AND (${readable})
           LIMIT ${OVERDUE_COUNT_CAP + 1}) counted) AS "totalCount"
  ${MY_ACTION_FROM}
 WHERE f.region_id = $1 AND ${OVERDUE_IN_FORCE}
   AND (${readable})
 ORDER BY f.due_date, f.action_id
 LIMIT ${params.add(first)}`;
  return { sql: withSubjectName(page, ability, caller.agencyId, params), params: params.values };
}

/** Overdue actions per case (with the wijk where the caller may read the person's identity). */
export function overdueActionCountsQuery(ability: AppAbility, regionId: string): Statement | null {
  const params = new SqlParams([regionId]);
  const readable = policyFilter(
    ability,
    'read',
    { subject: 'CaseCategory', caseAlias: 'c', category: 'PLAN' },
    params,
  );
  if (readable === NOTHING) return null;
  const identity = policyFilter(
    ability,
    'read',
    { subject: 'CaseSubject', caseAlias: 'c', ...PERSON_ADDRESS },
    params,
  );
  return {
    sql: `SELECT c.id AS "caseId", c.reference AS "caseReference",
       CASE WHEN (${identity}) THEN pe.wijk END AS wijk, count(*)::int AS count
  FROM plan_action_in_force f
  JOIN case_file c ON c.id = f.case_id
  JOIN person pe ON pe.id = c.subject_person_id
 WHERE f.region_id = $1 AND ${OVERDUE_IN_FORCE}
   AND (${readable})
 GROUP BY c.id, c.reference, pe.wijk
 ORDER BY count(*) DESC, c.reference`,
    params: params.values,
  };
}

/**
 * Marks every newly overdue action of the version in force as notified and returns it — once
 * per action and due date (a new due date arms it again). Rows another instance is handling are
 * skipped, so two API processes never notify twice.
 */
export function claimOverdueActionsQuery(now: Date): Statement {
  return {
    sql: `WITH due AS (
  SELECT p.action_key, a.due_date, a.region_id, a.case_id, a.owner_agency_id, a.owner_user_id,
         c.reference
    FROM plan_action_in_force f
    JOIN plan_action a ON a.id = f.action_id
    JOIN plan_action_progress p ON p.action_key = f.action_key
    JOIN case_file c ON c.id = f.case_id
   WHERE ${UNFINISHED} AND p.status IN ('OPEN','IN_PROGRESS')
     AND f.due_date < ($1::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date
     AND p.overdue_notified_for IS DISTINCT FROM a.due_date
     AND c.status = ANY(${OPEN_STATUSES})
     AND ${takesPart('c.id', 'a.owner_agency_id')}
     FOR UPDATE OF p SKIP LOCKED)
UPDATE plan_action_progress pp SET overdue_notified_for = due.due_date
  FROM due WHERE pp.action_key = due.action_key
RETURNING due.region_id AS "regionId", due.case_id AS "caseId", due.reference AS "caseReference",
          due.owner_agency_id AS "ownerAgencyId", due.owner_user_id AS "ownerUserId",
          to_char(due.due_date, 'YYYY-MM-DD') AS "dueDate"`,
    params: [now.toISOString()],
  };
}
