import type { CaseStatus } from '@schakel/domain';
import type { Statement } from '../common/sql';
import { participationActive } from '../sharing/need-to-know';
import type { CloseOutcome } from './case-closing.enums';

/* The closing statements as pure functions; the service holds the checks and the transaction. */

const CLOSURE_SELECT = `SELECT cc.case_id AS "caseId", cc.outcome, cc.reason, cc.closed_at AS "closedAt",
       CASE WHEN a.id IS NULL THEN NULL
            ELSE json_build_object('id', a.id, 'name', a.name, 'type', a.type) END AS "closedByAgency",
       cc.grace_days AS "graceDays", cc.access_ends_at AS "accessEndsAt"
  FROM case_closure cc LEFT JOIN agency a ON a.id = cc.closed_by_agency_id`;

/**
 * Closes the case if it still has the status the caller saw: of two concurrent closings, the
 * second changes nothing. Returns the reference and the region's grace period.
 */
export function closeCaseQuery(caseId: string, regionId: string, status: CaseStatus): Statement {
  return {
    sql: `UPDATE case_file c SET status = 'CLOSED', updated_at = now()
           FROM region r
          WHERE c.id = $1 AND c.region_id = $2 AND c.status = $3 AND r.id = c.region_id
        RETURNING c.reference, r.closing_grace_days AS "graceDays"`,
    params: [caseId, regionId, status],
  };
}

export interface NewClosure {
  caseId: string;
  regionId: string;
  outcome: CloseOutcome;
  reason: string;
  closedByUserId: string;
  closedByAgencyId: string;
  graceDays: number;
}

export function insertClosureQuery(closure: NewClosure): Statement {
  return {
    sql: `INSERT INTO case_closure (case_id, region_id, outcome, reason, closed_by_user_id,
                                   closed_by_agency_id, grace_days, access_ends_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(days => $7))`,
    params: [
      closure.caseId,
      closure.regionId,
      closure.outcome,
      closure.reason,
      closure.closedByUserId,
      closure.closedByAgencyId,
      closure.graceDays,
    ],
  };
}

/**
 * Plans the end of every participation still active after the grace period; an earlier planned
 * end stays, ended participations stay ended. Returns the agencies whose participation it planned.
 */
export function planParticipationEndsQuery(
  caseId: string,
  graceDays: number,
  endReason: string,
  userId: string,
): Statement {
  return {
    sql: `UPDATE case_participant
            SET ended_at = now() + make_interval(days => $2), end_reason = $3,
                ended_by_user_id = $4
          WHERE case_id = $1 AND ${participationActive('case_participant', 'now() + make_interval(days => $2)')}
        RETURNING agency_id AS "agencyId"`,
    params: [caseId, graceDays, endReason, userId],
  };
}

export function closureQuery(caseId: string): Statement {
  return { sql: `${CLOSURE_SELECT} WHERE cc.case_id = $1`, params: [caseId] };
}
