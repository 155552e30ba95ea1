import type { AuditAction, AuditResult } from '../audit/audit.kinds';
import type { Statement } from '../common/sql';
import type { BreakGlassVerdict } from './privacy-office.enums';
import type { AuditEventModel, AuditUserModel } from './privacy-office.model';

const UUID_TEXT = `'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;

/**
 * The persons of an event with their names, in the event's order. The privacy officer sees whose
 * data it was (names only: no date of birth, no BSN); a person deleted under the retention rules
 * keeps its id and has no name (the portal marks it). Only persons of the event's own region.
 */
const PERSON_NAMES = (ids: string, region: string) => `
  (SELECT coalesce(json_agg(json_build_object(
            'id', x.pid, 'name', nullif(trim(p.given_names || ' ' || p.family_name), ''))
            ORDER BY x.ord), '[]'::json)
     FROM unnest(${ids}) WITH ORDINALITY AS x(pid, ord)
     LEFT JOIN person p ON p.id = x.pid AND p.region_id = ${region})`;

/** The columns of an event row; `e` is an audit_event row, joined with AUDIT_EVENT_JOINS. */
export const AUDIT_EVENT_SELECT = `
  SELECT e.id::text AS id, e.seq::text AS seq, e.occurred_at AS "occurredAt",
         audit_time(e.occurred_at) AS "cursorTime",
         e.actor_user_id AS "actorId", u.display_name AS "actorName", u.email AS "actorEmail",
         e.actor_agency_id AS "agencyId", a.name AS "agencyName",
         coalesce(a.type, e.actor_agency_type) AS "agencyType", e.actor_roles AS roles,
         e.on_behalf_of_user_id AS "onBehalfOfId", ob.display_name AS "onBehalfOfName",
         ob.email AS "onBehalfOfEmail", e.action, e.result, e.operation,
         e.case_id AS "caseId", c.reference AS "caseReference", e.person_ids AS "personIds",
         e.categories, e.fields, e.record_type AS "recordType", e.record_id AS "recordId",
         e.access_basis AS "accessBasis", coalesce(e.purpose, bg.reason) AS purpose,
         e.reason_code AS "reasonCode", e.origin_address AS "originAddress",
         e.request_id AS "requestId", e.detail,
         r.id AS "reviewId", r.verdict AS "reviewVerdict", r.note AS "reviewNote",
         r.reviewed_at AS "reviewedAt", r.reviewed_by_user_id AS "reviewerId",
         ru.display_name AS "reviewerName", ru.email AS "reviewerEmail",
         ${PERSON_NAMES('e.person_ids', 'e.region_id')} AS persons,
         coalesce(ra.name, rs.display_name) AS "recordName"`;

/** Names for the ids of an event; none of these rows is case content. */
export const AUDIT_EVENT_JOINS = `
  LEFT JOIN app_user u ON u.id = e.actor_user_id
  LEFT JOIN agency a ON a.id = e.actor_agency_id
  LEFT JOIN app_user ob ON ob.id = e.on_behalf_of_user_id
  LEFT JOIN case_file c ON c.id = e.case_id AND c.region_id = e.region_id
  LEFT JOIN break_glass bg ON e.action = 'BREAK_GLASS' AND e.record_type = 'break_glass'
        AND bg.id = CASE WHEN e.record_id ~ ${UUID_TEXT} THEN e.record_id::uuid END
        AND bg.region_id = e.region_id
  LEFT JOIN break_glass_review r ON r.audit_event_id = e.id AND r.region_id = e.region_id
  LEFT JOIN app_user ru ON ru.id = r.reviewed_by_user_id
  LEFT JOIN agency ra ON lower(e.record_type) = 'agency' AND ra.region_id = e.region_id
        AND ra.id = CASE WHEN e.record_id ~ ${UUID_TEXT} THEN e.record_id::uuid END
  LEFT JOIN app_user rs ON e.record_type = 'app_user'
        AND rs.id = CASE WHEN e.record_id ~ ${UUID_TEXT} THEN e.record_id::uuid END`;

export interface AuditEventRow {
  id: string;
  seq: string;
  occurredAt: Date;
  cursorTime: string;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  agencyId: string | null;
  agencyName: string | null;
  agencyType: string | null;
  roles: string[];
  onBehalfOfId: string | null;
  onBehalfOfName: string | null;
  onBehalfOfEmail: string | null;
  action: AuditAction;
  result: AuditResult;
  operation: string;
  caseId: string | null;
  caseReference: string | null;
  personIds: string[];
  categories: string[];
  fields: string[];
  recordType: string | null;
  recordId: string | null;
  accessBasis: string | null;
  purpose: string | null;
  reasonCode: string | null;
  originAddress: string | null;
  requestId: string | null;
  detail: string | null;
  reviewId: string | null;
  reviewVerdict: BreakGlassVerdict | null;
  reviewNote: string | null;
  reviewedAt: Date | null;
  reviewerId: string | null;
  reviewerName: string | null;
  reviewerEmail: string | null;
  persons: { id: string; name: string | null }[];
  recordName: string | null;
}

export const auditUser = (
  id: string | null,
  name: string | null,
  email: string | null,
): AuditUserModel | null => (id ? { id, name, email } : null);

export function toAuditEvent(row: AuditEventRow): AuditEventModel {
  return {
    id: row.id,
    seq: row.seq,
    occurredAt: row.occurredAt,
    actor: auditUser(row.actorId, row.actorName, row.actorEmail),
    agency: row.agencyId ? { id: row.agencyId, name: row.agencyName, type: row.agencyType } : null,
    roles: row.roles,
    onBehalfOf: auditUser(row.onBehalfOfId, row.onBehalfOfName, row.onBehalfOfEmail),
    action: row.action,
    result: row.result,
    operation: row.operation,
    caseId: row.caseId,
    caseReference: row.caseReference,
    personCount: row.personIds.length,
    personIds: row.personIds,
    persons: row.persons,
    categories: row.categories,
    fields: row.fields,
    recordType: row.recordType,
    recordId: row.recordId,
    recordName: row.recordName,
    accessBasis: row.accessBasis,
    purpose: row.purpose,
    reasonCode: row.reasonCode,
    originAddress: row.originAddress,
    requestId: row.requestId,
    detail: row.detail,
    review:
      row.reviewId && row.reviewVerdict && row.reviewedAt && row.reviewerId
        ? {
            id: row.reviewId,
            eventId: row.id,
            verdict: row.reviewVerdict,
            note: row.reviewNote ?? '',
            reviewedAt: row.reviewedAt,
            reviewer: { id: row.reviewerId, name: row.reviewerName, email: row.reviewerEmail },
          }
        : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Anomalies (audit-anomaly.service.ts)
// ---------------------------------------------------------------------------------------------

/**
 * Rule (a): an access to a person while the actor's agency took part in no case of that person
 * at that moment. A person's cases: cases about them (subject) and cases holding an item about
 * them. The privacy office's own trail searches are left out: they are about the trail.
 *
 * Judged when each event was appended (migration 1764000005000, ADR 0038): the daily roll-up
 * `audit_outside_access_day` holds only the accesses outside participation, so this reads the
 * flags themselves, not the week's trail.
 */
const OUTSIDE_FILTER = `r.region_id = $1 AND r.action = ANY($4::text[])
       AND r.operation <> ALL($5::text[])`;
// The distinct values of an array column over one flag's roll-up rows (a primary-key range).
const FLAG_VALUES = (column: string) => `coalesce((
    SELECT array_agg(DISTINCT v ORDER BY v)
      FROM audit_outside_access_day r CROSS JOIN LATERAL unnest(r.${column}) AS v
     WHERE ${OUTSIDE_FILTER} AND r.day = f.day AND r.actor_user_id = f.actor_user_id
       AND r.actor_agency_id = f.actor_agency_id AND r.person_id = f.person_id), '{}')`;

/**
 * The flags first (ordered and cut), then the names and values of those only. The flags are
 * counted day by day, newest first, each day's strongest first, until the limit is reached: a
 * week of a million-case region holds ~27,000 flags a day, and the page shows the newest 500, so
 * counting the whole week first (sorted by day, user, agency, person and action) read and sorted
 * twice the rows it needed (101 → 35 ms at 1M, docs/performance.md). The days' order comes from
 * the nested loop over `generate_series` (the only plan for a LATERAL on it); the final ORDER BY
 * states it again.
 */
const OUTSIDE_PARTICIPATION_SQL = `
  WITH keys AS (
    SELECT g.day::date AS day, k.actor_user_id, k.actor_agency_id, k.person_id, k.n
      FROM generate_series($3::date, $2::date, interval '-1 day') AS g(day)
     CROSS JOIN LATERAL (
       SELECT r.actor_user_id, r.actor_agency_id, r.person_id, sum(r.n)::int AS n
         FROM audit_outside_access_day r
        WHERE ${OUTSIDE_FILTER} AND r.day = g.day::date
        GROUP BY r.actor_user_id, r.actor_agency_id, r.person_id
        ORDER BY n DESC, r.actor_user_id, r.person_id
        LIMIT $6) AS k
     LIMIT $6
  ), flagged AS (
    SELECT k.*, d.actions, d.operations, d."lookupOnly", d."firstAt", d."lastAt"
      FROM keys k CROSS JOIN LATERAL (
        SELECT array_agg(DISTINCT r.action ORDER BY r.action) AS actions,
               array_agg(DISTINCT r.operation ORDER BY r.operation) AS operations,
               bool_and(r.action = 'LOOKUP') AS "lookupOnly",
               min(r.first_at) AS "firstAt", max(r.last_at) AS "lastAt"
          FROM audit_outside_access_day r
         WHERE ${OUTSIDE_FILTER} AND r.day = k.day AND r.actor_user_id = k.actor_user_id
           AND r.actor_agency_id = k.actor_agency_id AND r.person_id = k.person_id) AS d
  )
  SELECT to_char(f.day, 'YYYY-MM-DD') AS day, f.actor_user_id AS "userId",
         u.display_name AS "userName", u.email AS "userEmail", f.actor_agency_id AS "agencyId",
         a.name AS "agencyName", a.type AS "agencyType", f.person_id AS "personId",
         nullif(trim(p.given_names || ' ' || p.family_name), '') AS "personName", f.n,
         f.actions, f.operations, ${FLAG_VALUES('purposes')} AS purposes,
         ${FLAG_VALUES('bases')} AS bases, f."lookupOnly", f."firstAt", f."lastAt"
    FROM flagged f
    LEFT JOIN app_user u ON u.id = f.actor_user_id
    LEFT JOIN agency a ON a.id = f.actor_agency_id
    LEFT JOIN person p ON p.id = f.person_id AND p.region_id = $1
   ORDER BY f.day DESC, f.n DESC, f.actor_user_id, f.person_id`;

/**
 * Rule (b): a user's events on one day above
 *   max(minimum, factor × the user's own median, factor × the median of the user's role)
 * The own median is over the baseline days before the day (days without events count as 0). The
 * role's median is over the working days (days with events) of every user who acted with the same
 * roles, in the baseline days before the day and on the day itself: what a normal day of a
 * procesregisseur or a professional is, learnt from the trail. A user's roles on a day are the
 * roles most of their events carried (a role change mid-day counts for the majority).
 */
const VOLUME_SQL = `
  WITH raw AS (
    -- The daily roll-up of the trail (ADR 0038), from the first baseline day to the last day.
    SELECT r.actor_user_id AS user_id, r.day, r.role_key, r.n
      FROM audit_user_day r
     WHERE r.region_id = $1 AND r.day >= $2::date - $4::int AND r.day <= $3::date
  ), daily AS (
    SELECT user_id, day, sum(n)::int AS n,
           (array_agg(role_key ORDER BY n DESC, role_key))[1] AS role_key
      FROM raw GROUP BY user_id, day
  ), judged AS (
    SELECT d.user_id, d.day, d.n, d.role_key,
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY coalesce(b.n, 0))
              FROM generate_series(d.day - $4::int, d.day - 1, interval '1 day') AS g(day)
              LEFT JOIN daily b ON b.user_id = d.user_id AND b.day = g.day::date) AS median,
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY r.n)
              FROM daily r
             WHERE r.role_key = d.role_key AND r.day BETWEEN d.day - $4::int AND d.day)
             AS role_median,
           (SELECT count(*) FROM daily r
             WHERE r.role_key = d.role_key AND r.day BETWEEN d.day - $4::int AND d.day)::int
             AS role_days
      FROM daily d WHERE d.day BETWEEN $2::date AND $3::date
  ), thresholds AS (
    SELECT j.*, greatest($5::float8, $6::float8 * j.median,
                         $6::float8 * coalesce(j.role_median, 0))::float8 AS threshold
      FROM judged j
  )
  SELECT to_char(j.day, 'YYYY-MM-DD') AS day, j.user_id AS "userId", u.display_name AS "userName",
         u.email AS "userEmail", a.id AS "agencyId", a.name AS "agencyName",
         a.type AS "agencyType", j.n, j.median::float8 AS median,
         coalesce(j.role_median, 0)::float8 AS "roleMedian", j.role_days AS "roleDays",
         CASE WHEN j.role_key = '' THEN '{}'::text[] ELSE string_to_array(j.role_key, ',') END
           AS roles,
         j.threshold
    FROM thresholds j
    LEFT JOIN app_user u ON u.id = j.user_id
    LEFT JOIN agency a ON a.id = u.agency_id
   WHERE j.n > j.threshold
   ORDER BY j.day DESC, j.n DESC, j.user_id`;

/** Rule (a) over a period (local days `from`..`to`), at most `limit` rows. */
export function outsideParticipationQuery(p: {
  regionId: string;
  from: string;
  to: string;
  accessActions: readonly string[];
  excludedOperations: readonly string[];
  limit: number;
}): Statement {
  return {
    sql: OUTSIDE_PARTICIPATION_SQL,
    params: [p.regionId, p.from, p.to, p.accessActions, p.excludedOperations, p.limit],
  };
}

/** Rule (b) over a period (local days `from`..`to`). */
export function volumeQuery(p: {
  regionId: string;
  from: string;
  to: string;
  baselineDays: number;
  minimum: number;
  factor: number;
}): Statement {
  return {
    sql: VOLUME_SQL,
    params: [p.regionId, p.from, p.to, p.baselineDays, p.minimum, p.factor],
  };
}

// ---------------------------------------------------------------------------------------------
// The trail search (audit-search.service.ts)
// ---------------------------------------------------------------------------------------------

/** A validated trail search; each part present narrows the events. */
export interface AuditSearchFilter {
  personId: string | null;
  /** The actor by user id, or by e-mail address. */
  actor: { userId: string } | { email: string } | null;
  agencyId: string | null;
  /** Absent: any case; null: a reference that is unknown in the region, which matches nothing. */
  caseId?: string | null;
  /** Europe/Amsterdam days, both ends included. */
  from: string | null;
  to: string | null;
  actions: readonly string[] | null;
  result: string | null;
  after: { time: string; id: string } | null;
}

/** A page of the region's events (one more than `size`, to tell whether more follow). */
export function auditSearchQuery(regionId: string, f: AuditSearchFilter, size: number): Statement {
  const params: unknown[] = [regionId];
  const p = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['e.region_id = $1'];
  if (f.personId) where.push(`e.person_ids @> ARRAY[${p(f.personId)}]::uuid[]`);
  if (f.actor && 'userId' in f.actor) {
    where.push(`e.actor_user_id = ${p(f.actor.userId)}::uuid`);
  } else if (f.actor) {
    // Scalar subquery: the planner still uses the (actor_user_id, occurred_at) index.
    where.push(
      `e.actor_user_id = (SELECT u.id FROM app_user u WHERE u.email = ${p(f.actor.email)})`,
    );
  }
  if (f.agencyId) where.push(`e.actor_agency_id = ${p(f.agencyId)}::uuid`);
  if (f.caseId !== undefined) where.push(f.caseId ? `e.case_id = ${p(f.caseId)}::uuid` : 'false');
  if (f.from) {
    where.push(`e.occurred_at >= (${p(f.from)}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`);
  }
  if (f.to) {
    where.push(
      `e.occurred_at < ((${p(f.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`,
    );
  }
  if (f.actions) where.push(`e.action = ANY(${p(f.actions)}::text[])`);
  if (f.result) where.push(`e.result = ${p(f.result)}`);
  if (f.after) {
    const time = p(f.after.time);
    // Written out (not a row comparison) so occurred_at <= … is an index condition.
    where.push(
      `e.occurred_at <= ${time}::timestamptz AND (e.occurred_at < ${time}::timestamptz OR e.id < ${p(f.after.id)}::bigint)`,
    );
  }
  return {
    sql: `${AUDIT_EVENT_SELECT}
        FROM (SELECT e.* FROM audit_event e WHERE ${where.join(' AND ')}
               ORDER BY e.occurred_at DESC, e.id DESC LIMIT ${p(size + 1)}) e
        ${AUDIT_EVENT_JOINS}
       ORDER BY e.occurred_at DESC, e.id DESC`,
    params,
  };
}

/** The case of a reference in the region, for a trail search by case. */
export function caseIdByReferenceQuery(regionId: string, reference: string): Statement {
  return {
    sql: `SELECT id FROM case_file WHERE region_id = $1 AND reference = $2`,
    params: [regionId, reference],
  };
}

/** BSN → the region's persons, with what tells them apart. */
export function auditPersonByBsnQuery(regionId: string, bsn: string): Statement {
  return {
    sql: `SELECT id, given_names || ' ' || family_name AS "displayName",
              person_birth_date(date_of_birth, date_of_birth_precision) AS "dateOfBirth"
         FROM person WHERE region_id = $1 AND bsn = $2`,
    params: [regionId, bsn],
  };
}

// ---------------------------------------------------------------------------------------------
// The break-the-glass review (break-glass-review.service.ts)
// ---------------------------------------------------------------------------------------------

// Only accesses that happened: a refused break-glass opened nothing, so there is nothing to judge.
const OPEN_REVIEWS = `
  FROM audit_event e
 WHERE e.region_id = $1 AND e.action = 'BREAK_GLASS' AND e.result = 'ALLOWED'
   AND NOT EXISTS (SELECT 1 FROM break_glass_review r WHERE r.audit_event_id = e.id)`;

export function openBreakGlassReviewCountQuery(regionId: string): Statement {
  return { sql: `SELECT count(*)::int AS n ${OPEN_REVIEWS}`, params: [regionId] };
}

/** The oldest `size` accesses awaiting a verdict, each row with the total open. */
export function breakGlassReviewQueueQuery(regionId: string, size: number): Statement {
  return {
    sql: `WITH open AS (SELECT e.* ${OPEN_REVIEWS})
       SELECT q.id::text AS "eventId", q.occurred_at AS "occurredAt", q.total::int AS total,
              q.actor_user_id AS "actorId", u.display_name AS "actorName", u.email AS "actorEmail",
              q.actor_agency_id AS "agencyId", a.name AS "agencyName",
              coalesce(a.type, q.actor_agency_type) AS "agencyType",
              q.case_id AS "caseId", c.reference AS "caseReference", bg.reason,
              bg.expires_at AS "expiresAt", q.person_ids AS "personIds"
         FROM (SELECT o.*, count(*) OVER () AS total FROM open o
                ORDER BY o.occurred_at, o.id LIMIT $2) q
         LEFT JOIN app_user u ON u.id = q.actor_user_id
         LEFT JOIN agency a ON a.id = q.actor_agency_id
         LEFT JOIN case_file c ON c.id = q.case_id AND c.region_id = q.region_id
         LEFT JOIN break_glass bg ON q.record_type = 'break_glass' AND bg.region_id = q.region_id
               AND bg.id::text = q.record_id
        ORDER BY q.occurred_at, q.id`,
    params: [regionId, size],
  };
}

/** An allowed break-the-glass event of the region. */
export function breakGlassEventQuery(regionId: string, eventId: string): Statement {
  return {
    sql: `SELECT e.person_ids AS "personIds", e.case_id AS "caseId"
         FROM audit_event e
        WHERE e.region_id = $1 AND e.id = $2::bigint
          AND e.action = 'BREAK_GLASS' AND e.result = 'ALLOWED'`,
    params: [regionId, eventId],
  };
}

/** The unique event id decides a race: the second reviewer inserts nothing. */
export function insertBreakGlassReviewQuery(r: {
  regionId: string;
  eventId: string;
  verdict: string;
  note: string;
  userId: string;
}): Statement {
  return {
    sql: `INSERT INTO break_glass_review (region_id, audit_event_id, verdict, note, reviewed_by_user_id)
       VALUES ($1, $2::bigint, $3, $4, $5)
       ON CONFLICT (audit_event_id) DO NOTHING
       RETURNING id, audit_event_id::text AS "eventId", verdict, note, reviewed_at AS "reviewedAt"`,
    params: [r.regionId, r.eventId, r.verdict, r.note, r.userId],
  };
}
