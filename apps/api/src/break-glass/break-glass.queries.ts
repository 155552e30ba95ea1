import type { Statement } from '../common/sql';

export interface NewBreakGlass {
  regionId: string;
  caseId: string;
  userId: string;
  agencyId: string;
  reason: string;
  hours: number;
}

/** Opens the case to the user for `hours`; returns the opening as the client sees it. */
export function openBreakGlassQuery(opening: NewBreakGlass): Statement {
  return {
    sql: `INSERT INTO break_glass (region_id, case_id, user_id, agency_id, reason, expires_at)
         VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6))
         RETURNING id, case_id AS "caseId", reason, created_at AS "createdAt",
                   expires_at AS "expiresAt"`,
    params: [
      opening.regionId,
      opening.caseId,
      opening.userId,
      opening.agencyId,
      opening.reason,
      opening.hours,
    ],
  };
}

/** The id of the region's case with this reference (case numbers are unique per region). */
export function caseByReferenceQuery(reference: string, regionId: string): Statement {
  return {
    sql: `SELECT id FROM case_file WHERE region_id = $2 AND upper(reference) = upper($1) LIMIT 1`,
    params: [reference, regionId],
  };
}
