import type { Statement } from '../common/sql';

/*
 * The audit trail's own statements (writing events, verifying the chain) as pure builders.
 * Its search and review statements are the privacy office's (privacy-office.queries.ts).
 */

// One statement for one row or many; seq, time and the chain link come from the insert trigger.
const INSERT_SQL = `
  INSERT INTO audit_event (region_id, actor_user_id, on_behalf_of_user_id, actor_agency_id,
    actor_agency_type, actor_roles, action, result, operation, person_ids, case_id, categories,
    fields, record_type, record_id, access_basis, purpose, reason_code, origin_address,
    user_agent, request_id, content_hash)
  SELECT region_id, actor_user_id, on_behalf_of_user_id, actor_agency_id, actor_agency_type,
    actor_roles, action, result, operation, person_ids, case_id, categories, fields, record_type,
    record_id, access_basis, purpose, reason_code, origin_address, user_agent, request_id,
    decode(content_hash, 'hex')
    FROM jsonb_to_recordset($1::jsonb) AS x(region_id uuid, actor_user_id uuid,
      on_behalf_of_user_id uuid, actor_agency_id uuid, actor_agency_type text,
      actor_roles text[], action text, result text, operation text, person_ids uuid[],
      case_id uuid, categories text[], fields text[], record_type text, record_id text,
      access_basis text, purpose text, reason_code text, origin_address text, user_agent text,
      request_id text, content_hash text)`;

/** Events as rows of audit_event's columns (content_hash in hex), one statement for all. */
export function insertAuditEventsQuery(rows: readonly unknown[]): Statement {
  return { sql: INSERT_SQL, params: [JSON.stringify(rows)] };
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
         user_agent AS "userAgent", request_id AS "requestId", prev_hash AS "prevHash", hash,
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
