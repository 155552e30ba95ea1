import type { AppAbility } from '@schakel/sharing-policy';
import type { Statement } from '../common/sql';
import { PERSON_NAME, policyFilter, SqlParams } from '../sharing/policy-sql';

/** Who asks: all a meeting statement needs of the caller. */
export interface MeetingCaller {
  id: string;
  agencyId: string;
  regionId: string;
}

/**
 * Need-to-know for meetings, as SQL over `meeting m`, `meeting_item i` and `case_file c`: an item
 * is visible when the caller may read its case AND (their agency is invited OR they chair the
 * meeting). Minutes additionally need PLAN read; the person's name IDENTITY read.
 */
export function itemVisibility(ability: AppAbility, user: MeetingCaller, params: SqlParams) {
  const caseRead = policyFilter(ability, 'read', { subject: 'Case', alias: 'c' }, params);
  const userId = params.add(user.id);
  const agencyId = params.add(user.agencyId);
  const visible = `((${caseRead}) AND (m.chair_user_id = ${userId} OR EXISTS (
      SELECT 1 FROM meeting_item_invitee vi WHERE vi.item_id = i.id AND vi.agency_id = ${agencyId})))`;
  return { visible, userId };
}

/** PLAN read (minutes, decisions) and IDENTITY read (the person's name) on case `c`. */
function contentVisibility(ability: AppAbility, params: SqlParams) {
  const planRead = policyFilter(
    ability,
    'read',
    { subject: 'CaseCategory', caseAlias: 'c', category: 'PLAN' },
    params,
  );
  const nameRead = policyFilter(
    ability,
    'read',
    { subject: 'CaseSubject', caseAlias: 'c', ...PERSON_NAME },
    params,
  );
  return { planRead: `(${planRead})`, nameRead: `(${nameRead})` };
}

/** Meetings of the region in a time window that the caller chairs or has a visible item in. */
export function myMeetingsQuery(
  ability: AppAbility,
  user: MeetingCaller,
  from: Date,
  to: Date,
): Statement {
  const params = new SqlParams([user.regionId, from, to]);
  const v = itemVisibility(ability, user, params);
  const sql = `SELECT m.id FROM meeting m
    WHERE m.region_id = $1 AND m.starts_at < $3 AND m.ends_at > $2
      AND (m.chair_user_id = ${v.userId} OR EXISTS (
        SELECT 1 FROM meeting_item i JOIN case_file c ON c.id = i.case_id AND c.region_id = i.region_id
         WHERE i.meeting_id = m.id AND ${v.visible}))
    ORDER BY m.starts_at, m.id
    LIMIT 50`;
  return { sql, params: params.values };
}

export interface MeetingRow {
  id: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  status: 'PLANNED' | 'IN_PROGRESS' | 'CLOSED';
  chair: { id: string; displayName: string };
  chairUserId: string;
  currentItemId: string | null;
  startedAt: Date | null;
  closedAt: Date | null;
  lastEventId: string | null;
}

export interface AgendaRow {
  meetingId: string;
  startsAt: Date;
  endsAt: Date;
  current: boolean;
  /** Null for a hidden item: nothing else of it leaves the database. */
  id: string | null;
  caseId: string | null;
  /** For the audit trail only; not in the GraphQL model. */
  personId: string | null;
  caseReference: string | null;
  personName: string | null;
  nameVisible: boolean | null;
  status: 'PLANNED' | 'DISCUSSED' | null;
  minutes: string | null;
  decisions: string | null;
  planVisible: boolean | null;
  minutesUpdatedAt: Date | null;
  revision: number | null;
  invitees: { id: string; name: string; type: string }[] | null;
  attendance: { agency: { id: string; name: string; type: string }; present: boolean }[] | null;
}

/** The meetings (by id, within the region) that the caller chairs or has a visible item in. */
export function meetingsQuery(
  ability: AppAbility,
  user: MeetingCaller,
  ids: readonly string[],
): Statement {
  const params = new SqlParams([user.regionId, ids]);
  const v = itemVisibility(ability, user, params);
  const sql = `SELECT m.id, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.location,
      m.online_url AS "onlineUrl", m.status, m.chair_user_id AS "chairUserId",
      json_build_object('id', u.id, 'displayName', u.display_name) AS chair,
      m.current_item_id AS "currentItemId", m.started_at AS "startedAt", m.closed_at AS "closedAt",
      (SELECT max(e.id)::text FROM meeting_event e WHERE e.meeting_id = m.id) AS "lastEventId"
    FROM meeting m JOIN app_user u ON u.id = m.chair_user_id
   WHERE m.region_id = $1 AND m.id = ANY($2::uuid[])
     AND (m.chair_user_id = ${v.userId} OR EXISTS (
        SELECT 1 FROM meeting_item i JOIN case_file c ON c.id = i.case_id AND c.region_id = i.region_id
         WHERE i.meeting_id = m.id AND ${v.visible}))
   ORDER BY m.starts_at, m.id`;
  return { sql, params: params.values };
}

/**
 * Every slot of the meetings' agendas; the columns of an item the caller may not see are NULL
 * in SQL, so its case, person and content never leave the database.
 */
export function agendaQuery(
  ability: AppAbility,
  user: MeetingCaller,
  meetingIds: readonly string[],
): Statement {
  const params = new SqlParams([user.regionId, meetingIds]);
  const v = { ...itemVisibility(ability, user, params), ...contentVisibility(ability, params) };
  const shown = (expr: string) => `CASE WHEN x.visible THEN ${expr} END`;
  const agency = (alias: string) =>
    `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'type', ${alias}.type)`;
  const sql = `SELECT x.meeting_id AS "meetingId", x.starts_at AS "startsAt", x.ends_at AS "endsAt",
      x.current,
      ${shown('x.id')} AS id,
      ${shown('x.case_id')} AS "caseId",
      ${shown('x.person_id')} AS "personId",
      ${shown('x.reference')} AS "caseReference",
      ${shown('CASE WHEN x.name_visible THEN x.person_name END')} AS "personName",
      ${shown('x.name_visible')} AS "nameVisible",
      ${shown('x.status')} AS status,
      ${shown('CASE WHEN x.plan_visible THEN x.minutes END')} AS minutes,
      ${shown('CASE WHEN x.plan_visible THEN x.decisions END')} AS decisions,
      ${shown('x.plan_visible')} AS "planVisible",
      ${shown('CASE WHEN x.plan_visible THEN x.minutes_updated_at END')} AS "minutesUpdatedAt",
      ${shown('x.revision')} AS revision,
      ${shown(`(SELECT coalesce(json_agg(${agency('a')} ORDER BY a.name), '[]'::json)
                  FROM meeting_item_invitee ii JOIN agency a ON a.id = ii.agency_id
                 WHERE ii.item_id = x.id)`)} AS invitees,
      ${shown(`(SELECT coalesce(json_agg(json_build_object('agency', ${agency('a')},
                  'present', at.present) ORDER BY a.name), '[]'::json)
                  FROM meeting_item_attendance at JOIN agency a ON a.id = at.agency_id
                 WHERE at.item_id = x.id)`)} AS attendance
    FROM (
      SELECT i.id, i.meeting_id, i.case_id, i.starts_at, i.ends_at, i.status, i.minutes,
             i.decisions, i.minutes_updated_at, i.revision, c.reference, p.id AS person_id,
             p.given_names || ' ' || p.family_name AS person_name,
             (m.current_item_id IS NOT DISTINCT FROM i.id) AS current,
             ${v.visible} AS visible,
             ${v.planRead} AS plan_visible,
             ${v.nameRead} AS name_visible
        FROM meeting_item i
        JOIN meeting m ON m.id = i.meeting_id
        JOIN case_file c ON c.id = i.case_id AND c.region_id = i.region_id
        JOIN person p ON p.id = c.subject_person_id
       WHERE i.region_id = $1 AND i.meeting_id = ANY($2::uuid[])
      -- A fence: the outer columns name visible, plan_visible and name_visible ~20 times; pulled
      -- up, each mention re-ran its participation tests per row (~0.5 s for 48 meetings).
      OFFSET 0
    ) x
   ORDER BY x.meeting_id, x.starts_at, x.ends_at`;
  return { sql, params: params.values };
}
