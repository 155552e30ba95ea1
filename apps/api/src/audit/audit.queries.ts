import type { Statement } from '../common/sql';

/*
 * The audit trail's own statements (writing events, verifying the chain) as pure builders.
 * Its search and review statements are the privacy office's (privacy-office.queries.ts).
 */

const EVENT_COLUMNS = `region_id, actor_user_id, on_behalf_of_user_id, actor_agency_id,
    actor_agency_type, actor_roles, action, result, operation, person_ids, case_id, categories,
    fields, record_type, record_id, access_basis, purpose, reason_code, origin_address,
    user_agent, request_id, detail, content_hash`;

const EVENT_VALUES = `x.region_id, x.actor_user_id, x.on_behalf_of_user_id, x.actor_agency_id,
    x.actor_agency_type, x.actor_roles, x.action, x.result, x.operation, x.person_ids, x.case_id,
    x.categories, x.fields, x.record_type, x.record_id, x.access_basis, x.purpose, x.reason_code,
    x.origin_address, x.user_agent, x.request_id, x.detail, decode(x.content_hash, 'hex')`;

const EVENT_RECORD = `x(region_id uuid, actor_user_id uuid,
      on_behalf_of_user_id uuid, actor_agency_id uuid, actor_agency_type text,
      actor_roles text[], action text, result text, operation text, person_ids uuid[],
      case_id uuid, categories text[], fields text[], record_type text, record_id text,
      access_basis text, purpose text, reason_code text, origin_address text, user_agent text,
      request_id text, detail text, content_hash text, outbox_id uuid)`;

// One statement for one row or many; seq, time and the chain link come from the insert trigger.
// An event of a committed write carries its outbox row's id (ADR 0011): it is inserted only if
// this statement deletes that row, so it is linked once, whoever (this writer or a sweeper) is
// first. SKIP LOCKED: a row a sweeper is linking is left to it, and no writer ever waits for
// another on an outbox row while holding a chain head.
const INSERT_SQL = `
  WITH claimed AS (
    DELETE FROM audit_outbox WHERE id IN (
      SELECT id FROM audit_outbox
       WHERE id IN (SELECT (e->>'outbox_id')::uuid FROM jsonb_array_elements($1::jsonb) AS e
                     WHERE e->>'outbox_id' IS NOT NULL)
         FOR UPDATE SKIP LOCKED)
    RETURNING id)
  INSERT INTO audit_event (${EVENT_COLUMNS})
  SELECT ${EVENT_VALUES}
    FROM jsonb_to_recordset($1::jsonb) AS ${EVENT_RECORD}
   WHERE x.outbox_id IS NULL OR x.outbox_id IN (SELECT id FROM claimed)`;

/** Events as rows of audit_event's columns (content_hash in hex), one statement for all. */
export function insertAuditEventsQuery(rows: readonly unknown[]): Statement {
  return { sql: INSERT_SQL, params: [JSON.stringify(rows)] };
}

// The event of an access whose change commits in this transaction; `$1` is the row an earlier
// transaction of the same access wrote, replaced so one access leaves one event.
const OUTBOX_SQL = `
  WITH replaced AS (DELETE FROM audit_outbox WHERE id = $1::uuid)
  INSERT INTO audit_outbox (region_id, event) VALUES ($2::uuid, $3::jsonb)
  RETURNING id::text AS id`;

/** Writes (or replaces) the outbox row of an access's event (ADR 0011). */
export function auditOutboxQuery(
  replacesId: string | null,
  regionId: string,
  row: unknown,
): Statement {
  return { sql: OUTBOX_SQL, params: [replacesId, regionId, JSON.stringify(row)] };
}

// Rows older than the grace (their writer crashed, or could not link them), oldest first, linked
// from their stored content; rows another sweeper or writer holds are skipped.
const SWEEP_SQL = `
  WITH claimed AS (
    DELETE FROM audit_outbox WHERE id IN (
      SELECT id FROM audit_outbox
       WHERE created_at < clock_timestamp() - make_interval(secs => $1::double precision)
       ORDER BY created_at
       LIMIT $2
         FOR UPDATE SKIP LOCKED)
    RETURNING event, created_at)
  INSERT INTO audit_event (${EVENT_COLUMNS})
  SELECT ${EVENT_VALUES}
    FROM (SELECT event, created_at FROM claimed ORDER BY created_at) AS c,
         jsonb_to_record(c.event) AS ${EVENT_RECORD}
  RETURNING id`;

/**
 * Bounds for one sweep transaction: a sweeper waiting on a stalled chain head gives up (and tries
 * again on its next round) instead of holding a connection, or a stop, for as long as it lasts.
 */
export function auditOutboxSweepTimeoutsQuery(): Statement {
  return {
    sql: `SELECT set_config('lock_timeout', '2s', true), set_config('statement_timeout', '5s', true)`,
    params: [],
  };
}

/** Links at most `limit` outbox rows older than `graceSeconds` into the chain. */
export function auditOutboxSweepQuery(graceSeconds: number, limit: number): Statement {
  return { sql: SWEEP_SQL, params: [graceSeconds, limit] };
}

/** The role and commit setting of a connection. */
export function auditConnectionSettingsQuery(): Statement {
  return {
    sql: `SELECT current_user AS role, current_setting('synchronous_commit') AS synchronous_commit`,
    params: [],
  };
}

/** Every region (the writer logs its start and stop in each). */
export function auditRegionIdsQuery(): Statement {
  return { sql: `SELECT id::text AS id FROM region`, params: [] };
}

// Every value as PostgreSQL prints it; the time is formatted here, not by a stored function.
const ROW_SQL = `
  SELECT id::text AS id, region_id::text AS "regionId", seq::text AS seq,
         to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "occurredAt",
         actor_user_id::text AS "actorUserId", on_behalf_of_user_id::text AS "onBehalfOfUserId",
         actor_agency_id::text AS "actorAgencyId", actor_agency_type AS "actorAgencyType",
         actor_roles AS "actorRoles", action, result, operation,
         person_ids::text[] AS "personIds", case_id::text AS "caseId", categories, fields,
         record_type AS "recordType", record_id AS "recordId", access_basis AS "accessBasis",
         purpose, reason_code AS "reasonCode", origin_address AS "originAddress",
         user_agent AS "userAgent", request_id AS "requestId", detail, prev_hash AS "prevHash", hash,
         content_hash AS "contentHash"
    FROM audit_event
   WHERE region_id = $1 AND seq >= $2 AND seq <= $4
   ORDER BY audit_event.seq -- the column: the output "seq" is text
   LIMIT $3`;

/** Rows of a region's chain from `fromSeq` up to `untilSeq`, at most `limit`, in order. */
export function auditRowsQuery(
  regionId: string,
  fromSeq: string,
  limit: number,
  untilSeq: string,
): Statement {
  return { sql: ROW_SQL, params: [regionId, fromSeq, limit, untilSeq] };
}

/** Whether the audit_purge table exists (it came with a later migration). */
export function auditPurgeTableExistsQuery(): Statement {
  return { sql: `SELECT to_regclass('audit_purge') IS NOT NULL AS "exists"`, params: [] };
}

/** The newest purge anchor of a region. */
export function auditPurgeAnchorQuery(regionId: string): Statement {
  return {
    sql: `SELECT first_seq::text AS "firstSeq", prev_hash AS "prevHash" FROM audit_purge
      WHERE region_id = $1 ORDER BY first_seq DESC LIMIT 1`,
    params: [regionId],
  };
}

/** The head of a region's chain. */
export function auditChainHeadQuery(regionId: string): Statement {
  return {
    sql: `SELECT last_seq::text AS "lastSeq", last_hash AS "lastHash" FROM audit_chain
      WHERE region_id = $1`,
    params: [regionId],
  };
}

/** Every region with a trail or that should have one. */
export function auditChainRegionIdsQuery(): Statement {
  return {
    sql: `SELECT id::text AS id FROM region
     UNION SELECT region_id::text FROM audit_chain ORDER BY 1`,
    params: [],
  };
}
