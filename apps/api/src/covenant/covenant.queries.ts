import type { Statement } from '../common/sql';

/*
 * The covenant's statements as pure builders; `CovenantService` and `insertCovenantVersion`
 * hold the decisions. None filters by the policy: the covenant is authorised in memory, per region.
 */

const VERSION_SELECT = `SELECT v.id, v.version, v.note, v.created_at AS "createdAt",
       u.display_name AS "createdBy", d.display_name AS "approvedBy", p.decided_at AS "approvedAt"
  FROM covenant_version v LEFT JOIN app_user u ON u.id = v.created_by_user_id
  LEFT JOIN covenant_proposal p ON p.version_id = v.id AND p.region_id = v.region_id
  LEFT JOIN app_user d ON d.id = p.decided_by_user_id`;

const PROPOSAL_SELECT = `SELECT p.id, p.status, p.base_version AS "baseVersion",
       v.version AS "resultingVersion", p.note, pu.display_name AS "proposedBy",
       p.proposed_at AS "proposedAt", du.display_name AS "decidedBy", p.decided_at AS "decidedAt",
       p.decision_reason AS "decisionReason", p.proposed_by_user_id AS "proposedByUserId"
  FROM covenant_proposal p
  LEFT JOIN covenant_version v ON v.id = p.version_id
  LEFT JOIN app_user pu ON pu.id = p.proposed_by_user_id
  LEFT JOIN app_user du ON du.id = p.decided_by_user_id`;

/** One version of the region (`version`), or the newest when null. */
export function covenantVersionQuery(regionId: string, version: number | null): Statement {
  return {
    sql: `${VERSION_SELECT} WHERE v.region_id = $1 AND ($2::int IS NULL OR v.version = $2)
        ORDER BY v.version DESC LIMIT 1`,
    params: [regionId, version],
  };
}

export function latestCovenantVersionQuery(regionId: string): Statement {
  return {
    sql: `SELECT max(version) AS "latest" FROM covenant_version WHERE region_id = $1`,
    params: [regionId],
  };
}

export function covenantEntriesQuery(versionId: string): Statement {
  return {
    sql: `SELECT e.agency_type AS "agencyType",
              CASE WHEN a.id IS NULL THEN NULL
                   ELSE json_build_object('id', a.id, 'name', a.name, 'type', a.type) END AS "agency",
              e.category, e.read, e.write, e.read_summary AS "readSummary"
         FROM covenant_entry e LEFT JOIN agency a ON a.id = e.agency_id
        WHERE e.version_id = $1
        ORDER BY e.category, e.agency_type NULLS LAST, a.name`,
    params: [versionId],
  };
}

export function covenantVersionsQuery(regionId: string): Statement {
  return {
    sql: `${VERSION_SELECT} WHERE v.region_id = $1 ORDER BY v.version DESC`,
    params: [regionId],
  };
}

/** Pending first, then the newest decided, at most `limit`. */
export function covenantProposalsQuery(regionId: string, limit: number): Statement {
  return {
    sql: `${PROPOSAL_SELECT} WHERE p.region_id = $1
        ORDER BY p.status = 'PENDING' DESC, p.proposed_at DESC, p.id LIMIT ${limit}`,
    params: [regionId],
  };
}

export function covenantProposalQuery(regionId: string, id: string): Statement {
  return {
    sql: `${PROPOSAL_SELECT} WHERE p.region_id = $1 AND p.id = $2`,
    params: [regionId, id],
  };
}

export function insertCovenantProposalQuery(p: {
  regionId: string;
  baseVersion: number;
  note: string;
  entriesJson: string;
  userId: string;
}): Statement {
  return {
    sql: `INSERT INTO covenant_proposal
           (region_id, base_version, note, entries, proposed_by_user_id)
         VALUES ($1, $2, $3, $4::jsonb, $5) RETURNING id`,
    params: [p.regionId, p.baseVersion, p.note, p.entriesJson, p.userId],
  };
}

/** Locks the proposal: of two decisions on it, the second waits and then sees it decided. */
export function covenantProposalForUpdateQuery(id: string, regionId: string): Statement {
  return {
    sql: `SELECT id, status, base_version AS "baseVersion", entries, note,
                  proposed_by_user_id AS "proposedBy"
             FROM covenant_proposal WHERE id = $1 AND region_id = $2 FOR UPDATE`,
    params: [id, regionId],
  };
}

/** Conditional: only a pending proposal is decided, whatever ran in between. */
export function decideCovenantProposalQuery(p: {
  id: string;
  regionId: string;
  outcome: string;
  userId: string;
  reason: string | null;
  versionId: string | null;
}): Statement {
  return {
    sql: `UPDATE covenant_proposal
              SET status = $3, decided_by_user_id = $4, decided_at = now(),
                  decision_reason = $5, version_id = $6
            WHERE id = $1 AND region_id = $2 AND status = 'PENDING'
            RETURNING id`,
    params: [p.id, p.regionId, p.outcome, p.userId, p.reason, p.versionId],
  };
}

/** What each proposal changes compared with the version it started from, in one statement. */
export function covenantChangesQuery(regionId: string, proposalIds: readonly string[]): Statement {
  return {
    sql: `WITH p AS (
         SELECT cp.id AS proposal_id, x.*,
                cp.id || '|' || COALESCE(x.agency_type, x.agency_id::text) || '|' || x.category AS key
           FROM covenant_proposal cp,
                jsonb_to_recordset(cp.entries) AS x(agency_type text, agency_id uuid,
                  category text, read boolean, write boolean, read_summary boolean)
          WHERE cp.id = ANY($1::uuid[]) AND cp.region_id = $2),
       b AS (
         SELECT cp.id AS proposal_id, e.agency_type, e.agency_id, e.category, e.read, e.write,
                e.read_summary,
                cp.id || '|' || COALESCE(e.agency_type, e.agency_id::text) || '|' || e.category AS key
           FROM covenant_proposal cp
           JOIN covenant_version v ON v.region_id = cp.region_id AND v.version = cp.base_version
           JOIN covenant_entry e ON e.version_id = v.id
          WHERE cp.id = ANY($1::uuid[]) AND cp.region_id = $2)
       SELECT COALESCE(p.proposal_id, b.proposal_id) AS "proposalId",
              COALESCE(p.agency_type, b.agency_type) AS "agencyType",
              CASE WHEN a.id IS NULL THEN NULL
                   ELSE json_build_object('id', a.id, 'name', a.name, 'type', a.type) END AS "agency",
              COALESCE(p.category, b.category) AS category,
              CASE WHEN b.key IS NULL THEN NULL ELSE json_build_object('read', b.read,
                'write', b.write, 'readSummary', b.read_summary) END AS "before",
              CASE WHEN p.key IS NULL THEN NULL ELSE json_build_object('read', p.read,
                'write', p.write, 'readSummary', p.read_summary) END AS "after"
         FROM p FULL JOIN b ON p.key = b.key
         LEFT JOIN agency a ON a.id = COALESCE(p.agency_id, b.agency_id) AND a.region_id = $2
        WHERE (p.read, p.write, p.read_summary) IS DISTINCT FROM (b.read, b.write, b.read_summary)
        ORDER BY 4, 2 NULLS LAST, a.name`,
    params: [proposalIds, regionId],
  };
}

/** The region's current covenant version number, 0 before the first. */
export function currentCovenantVersionQuery(regionId: string): Statement {
  return {
    sql: `SELECT COALESCE(max(version), 0) AS "version" FROM covenant_version WHERE region_id = $1`,
    params: [regionId],
  };
}

/** The type of the named agencies, of one region only. */
export function agencyTypesQuery(regionId: string, ids: readonly string[]): Statement {
  return {
    sql: `SELECT id, type FROM agency WHERE region_id = $1 AND id = ANY($2::uuid[])`,
    params: [regionId, ids],
  };
}

export function insertCovenantVersionQuery(p: {
  regionId: string;
  version: number;
  note: string;
  userId: string | null;
}): Statement {
  return {
    sql: `INSERT INTO covenant_version (region_id, version, note, created_by_user_id)
     VALUES ($1, $2, $3, $4) RETURNING id`,
    params: [p.regionId, p.version, p.note, p.userId],
  };
}

/** A version's entries, given as a JSON array in covenant_entry's column names. */
export function insertCovenantEntriesQuery(
  versionId: string,
  regionId: string,
  entriesJson: string,
): Statement {
  return {
    sql: `INSERT INTO covenant_entry
       (version_id, region_id, agency_type, agency_id, category, read, write, read_summary)
     SELECT $1, $2, x.agency_type, x.agency_id, x.category, x.read, x.write, x.read_summary
       FROM jsonb_to_recordset($3::jsonb) AS x(agency_type text, agency_id uuid, category text,
            read boolean, write boolean, read_summary boolean)`,
    params: [versionId, regionId, entriesJson],
  };
}
