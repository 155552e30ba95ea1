import type { Statement } from '../common/sql';

/*
 * The retention settings' statements (periods, legal holds, deletion records) as pure builders;
 * `RetentionService` holds the decisions.
 */

// The closing moment: the closure for a closed case, the triage decision for one referred back
// or rejected; null while the case is open.
export const CLOSED_AT_SQL = `CASE c.status
    WHEN 'CLOSED' THEN (SELECT cc.closed_at FROM case_closure cc WHERE cc.case_id = c.id)
    WHEN 'REFERRED_BACK' THEN (SELECT r.decided_at FROM referral r WHERE r.case_id = c.id)
    WHEN 'REJECTED' THEN (SELECT r.decided_at FROM referral r WHERE r.case_id = c.id)
  END`;

const HOLD_SELECT = `
  SELECT h.id, c.reference AS "caseReference", c.status AS "caseStatus",
         ${CLOSED_AT_SQL} AS "closedAt", h.reason, h.set_at AS "setAt",
         su.display_name AS "setByName", h.released_at AS "releasedAt",
         ru.display_name AS "releasedByName", h.release_reason AS "releaseReason",
         c.id AS "caseId"
    FROM legal_hold h
    JOIN case_file c ON c.id = h.case_id AND c.region_id = h.region_id
    LEFT JOIN app_user su ON su.id = h.set_by_user_id
    LEFT JOIN app_user ru ON ru.id = h.released_by_user_id`;

/** The region's periods, in the order of the categories. */
export function retentionPeriodsQuery(regionId: string): Statement {
  return {
    sql: `SELECT p.category, p.months, p.source, p.revision, p.updated_at AS "updatedAt",
              u.display_name AS "updatedByName"
         FROM retention_period p LEFT JOIN app_user u ON u.id = p.updated_by_user_id
        WHERE p.region_id = $1
        ORDER BY array_position(ARRAY['IDENTITY','BSN','POLICE','JUSTICE','PROBATION','CARE',
          'CARE_SIGNAL','SOCIAL','SAFETY','PLAN'], p.category)`,
    params: [regionId],
  };
}

export function retentionHistoryQuery(regionId: string, limit: number): Statement {
  return {
    sql: `SELECT h.category, h.months, h.source, h.revision, h.changed_at AS "changedAt",
              u.display_name AS "changedByName"
         FROM retention_period_history h LEFT JOIN app_user u ON u.id = h.changed_by_user_id
        WHERE h.region_id = $1
        ORDER BY h.changed_at DESC, h.id DESC LIMIT $2`,
    params: [regionId, limit],
  };
}

/** Changes a period at the revision the caller saw; no row when someone else changed it. */
export function updateRetentionPeriodQuery(p: {
  regionId: string;
  category: string;
  months: number;
  source: string;
  userId: string;
  revision: number;
}): Statement {
  return {
    sql: `UPDATE retention_period
          SET months = $3, source = $4, revision = revision + 1, updated_at = now(),
              updated_by_user_id = $5
        WHERE region_id = $1 AND category = $2 AND revision = $6
        RETURNING category`,
    params: [p.regionId, p.category, p.months, p.source, p.userId, p.revision],
  };
}

export function legalHoldsQuery(regionId: string, includeReleased: boolean): Statement {
  return {
    sql: `${HOLD_SELECT}
        WHERE h.region_id = $1 AND ($2 OR h.released_at IS NULL)
        ORDER BY h.released_at IS NOT NULL, h.set_at DESC LIMIT 200`,
    params: [regionId, includeReleased],
  };
}

export function legalHoldByIdQuery(holdId: string): Statement {
  return { sql: `${HOLD_SELECT} WHERE h.id = $1`, params: [holdId] };
}

/** The case of a reference in the own region, locked for setting a hold. */
export function caseByReferenceForUpdateQuery(regionId: string, reference: string): Statement {
  return {
    sql: `SELECT id FROM case_file WHERE region_id = $1 AND reference = $2 FOR UPDATE`,
    params: [regionId, reference],
  };
}

export function activeLegalHoldQuery(caseId: string): Statement {
  return {
    sql: `SELECT 1 FROM legal_hold WHERE case_id = $1 AND released_at IS NULL`,
    params: [caseId],
  };
}

export function insertLegalHoldQuery(
  regionId: string,
  caseId: string,
  reason: string,
  userId: string,
): Statement {
  return {
    sql: `INSERT INTO legal_hold (region_id, case_id, reason, set_by_user_id)
         VALUES ($1, $2, $3, $4) RETURNING id`,
    params: [regionId, caseId, reason, userId],
  };
}

export function legalHoldForUpdateQuery(holdId: string, regionId: string): Statement {
  return {
    sql: `SELECT case_id AS "caseId", released_at AS "releasedAt" FROM legal_hold
          WHERE id = $1 AND region_id = $2 FOR UPDATE`,
    params: [holdId, regionId],
  };
}

export function releaseLegalHoldQuery(holdId: string, userId: string, reason: string): Statement {
  return {
    sql: `UPDATE legal_hold SET released_at = now(), released_by_user_id = $2, release_reason = $3
          WHERE id = $1`,
    params: [holdId, userId, reason],
  };
}

export function deletionRecordsQuery(regionId: string, limit: number): Statement {
  return {
    sql: `SELECT d.id, d.scope, d.case_status AS "caseStatus", to_char(d.closed_on, 'YYYY-MM-DD') AS "closedOn",
              d.deleted_at AS "deletedAt", d.categories, d.person_deleted AS "personDeleted",
              (SELECT coalesce(sum(value::bigint), 0)::int FROM jsonb_each_text(d.row_counts))
                AS "rowCount"
         FROM deletion_record d
        WHERE d.region_id = $1
        ORDER BY d.deleted_at DESC, d.id LIMIT $2`,
    params: [regionId, limit],
  };
}
