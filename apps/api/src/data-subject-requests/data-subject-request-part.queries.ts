import type { AppAbility } from '@schakel/sharing-policy';
import type { Statement } from '../common/sql';
import { NOTHING, policyFilter, SqlParams } from '../sharing/policy-sql';

/**
 * SQL of a partner's privacy contact. Every statement is pinned to the caller's region ($1) and
 * filtered by the caller's ability on DataSubjectRequestPart (its own agency's parts only).
 */

const TASK_COLUMNS = `
  pt.id, pt.request_id AS "requestId", r.type AS "requestType", r.status AS "requestStatus",
  r.person_id AS "personId", pt.agency_id AS "agencyId", a.name AS "agencyName",
  r.given_names AS "givenNames", r.family_name AS "familyName",
  to_char(r.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
  to_char(r.received_on, 'YYYY-MM-DD') AS "receivedOn",
  to_char(COALESCE(r.extended_deadline, r.deadline), 'YYYY-MM-DD') AS deadline,
  pt.review_status AS "reviewStatus", pt.review_started_at AS "reviewStartedAt",
  pt.released_at AS "releasedAt", ru.display_name AS "releasedByName",
  pt.release_note AS "releaseNote", pt.revision`;

const TASK_FROM = `
    FROM data_subject_request_part pt
    JOIN data_subject_request r ON r.id = pt.request_id AND r.region_id = pt.region_id
    JOIN agency a ON a.id = pt.agency_id
    LEFT JOIN app_user ru ON ru.id = pt.released_by_user_id`;

/** The caller's parts: unreleased first, soonest deadline first. */
const PART_TASKS_SQL = (readable: string) => `
  SELECT ${TASK_COLUMNS}
  ${TASK_FROM}
   WHERE pt.region_id = $1 AND (${readable})
   ORDER BY (pt.review_status = 'RELEASED'), COALESCE(r.extended_deadline, r.deadline), pt.id
   LIMIT 500`;

/** One part ($2) the caller may read. */
const PART_TASK_SQL = (readable: string) => `
  SELECT ${TASK_COLUMNS}
  ${TASK_FROM}
   WHERE pt.region_id = $1 AND pt.id = $2 AND (${readable})`;

/** Locks one part ($2) the caller may update, with its request's state. */
const PART_FOR_UPDATE_SQL = (updatable: string) => `
  SELECT pt.id, pt.review_status AS "reviewStatus", r.status AS "requestStatus",
         r.person_id AS "personId", r.id AS "requestId"
    FROM data_subject_request_part pt
    JOIN data_subject_request r ON r.id = pt.request_id AND r.region_id = pt.region_id
   WHERE pt.region_id = $1 AND pt.id = $2 AND (${updatable})
     FOR UPDATE OF pt`;

/** OPEN → IN_REVIEW ($3: the user). */
const START_REVIEW_SQL = `
  UPDATE data_subject_request_part
     SET review_status = 'IN_REVIEW', review_started_at = now(), review_started_by_user_id = $3,
         revision = revision + 1
   WHERE region_id = $1 AND id = $2 AND review_status = 'OPEN'`;

/**
 * → RELEASED ($3: the user, $4: the note). The contactpunt's own tracking moves on with it: an
 * open part counts as delivered.
 */
const RELEASE_SQL = `
  UPDATE data_subject_request_part
     SET review_status = 'RELEASED', released_at = now(), released_by_user_id = $3,
         release_note = $4,
         review_started_at = COALESCE(review_started_at, now()),
         review_started_by_user_id = COALESCE(review_started_by_user_id, $3),
         status = CASE WHEN status = 'OPEN' THEN 'DELIVERED' ELSE status END,
         updated_at = now(), updated_by_user_id = $3, revision = revision + 1
   WHERE region_id = $1 AND id = $2 AND review_status <> 'RELEASED'`;

/** The caller's ability on parts as SQL, after `params`; null when it allows none at all. */
function partFilter(
  ability: AppAbility,
  action: 'read' | 'update',
  params: SqlParams,
): string | null {
  const sql = policyFilter(
    ability,
    action,
    { subject: 'DataSubjectRequestPart', alias: 'pt' },
    params,
  );
  return sql === NOTHING ? null : sql;
}

/** The caller's parts; null when the policy allows reading none. */
export function partTasksQuery(ability: AppAbility, regionId: string): Statement | null {
  const params = new SqlParams([regionId]);
  const readable = partFilter(ability, 'read', params);
  return readable === null ? null : { sql: PART_TASKS_SQL(readable), params: params.values };
}

/** One part the caller may read; null when the policy allows reading none. */
export function partTaskQuery(
  ability: AppAbility,
  regionId: string,
  partId: string,
): Statement | null {
  const params = new SqlParams([regionId, partId]);
  const readable = partFilter(ability, 'read', params);
  return readable === null ? null : { sql: PART_TASK_SQL(readable), params: params.values };
}

/** Locks one part the caller may update; null when the policy allows updating none. */
export function partForUpdateQuery(
  ability: AppAbility,
  regionId: string,
  partId: string,
): Statement | null {
  const params = new SqlParams([regionId, partId]);
  const updatable = partFilter(ability, 'update', params);
  return updatable === null ? null : { sql: PART_FOR_UPDATE_SQL(updatable), params: params.values };
}

export function startPartReviewQuery(regionId: string, partId: string, userId: string): Statement {
  return { sql: START_REVIEW_SQL, params: [regionId, partId, userId] };
}

export function releasePartQuery(
  regionId: string,
  partId: string,
  userId: string,
  note: string | null,
): Statement {
  return { sql: RELEASE_SQL, params: [regionId, partId, userId, note] };
}
