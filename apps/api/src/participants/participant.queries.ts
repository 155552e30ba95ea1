import type { InformationCategory } from '@schakel/domain';
import { participationActive, takesPart } from '../sharing/need-to-know';

/* The participation statements as pure functions; the service holds the checks. */

// The shape of `Statement` (cases/case.queries.ts), not imported: cases imports participants.
interface Statement {
  sql: string;
  params: unknown[];
}

const PARTICIPANT_SELECT = `SELECT cp.id, cp.case_id AS "caseId",
       json_build_object('id', a.id, 'name', a.name, 'type', a.type) AS "agency",
       cp.role, cp.reason, cp.reason_categories AS "reasonCategories",
       cp.legal_basis AS "legalBasis", cp.started_at AS "startedAt",
       cp.ended_at AS "endedAt", cp.end_reason AS "endReason",
       ${participationActive('cp')} AS "active"
  FROM case_participant cp JOIN agency a ON a.id = cp.agency_id`;

/** The invited agency's name and the case's reference; no row when the agency is not the region's. */
export function inviteeQuery(agencyId: string, regionId: string, caseId: string): Statement {
  return {
    sql: `SELECT a.name, c.reference FROM agency a, case_file c
        WHERE a.id = $1 AND a.region_id = $2 AND c.id = $3`,
    params: [agencyId, regionId, caseId],
  };
}

export interface NewParticipation {
  regionId: string;
  caseId: string;
  agencyId: string;
  role: string;
  reason: string;
  legalBasis: string;
  /** A planned end, or null. */
  until: Date | null;
  addedByUserId: string;
  reasonCategories: readonly InformationCategory[];
}

/** Adds the participation unless the agency takes part already (then no row is returned). */
export function insertParticipationQuery(p: NewParticipation): Statement {
  return {
    sql: `INSERT INTO case_participant
           (region_id, case_id, agency_id, role, reason, legal_basis, ended_at, added_by_user_id,
            reason_categories)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9::text[]
          WHERE NOT ${takesPart('$2', '$3')}
         ON CONFLICT DO NOTHING
         RETURNING id`,
    params: [
      p.regionId,
      p.caseId,
      p.agencyId,
      p.role,
      p.reason,
      p.legalBasis,
      p.until,
      p.addedByUserId,
      p.reasonCategories,
    ],
  };
}

/** The case of a participation of the region. */
export function participationCaseQuery(participantId: string, regionId: string): Statement {
  return {
    sql: `SELECT case_id AS "caseId" FROM case_participant WHERE id = $1 AND region_id = $2`,
    params: [participantId, regionId],
  };
}

/** Ends an active participation now; returns the agency's name (no row: it had ended). */
export function endParticipationQuery(
  participantId: string,
  reason: string,
  userId: string,
): Statement {
  return {
    sql: `UPDATE case_participant
            SET ended_at = now(), end_reason = $2, ended_by_user_id = $3
          WHERE id = $1 AND ${participationActive('case_participant')}
        RETURNING (SELECT name FROM agency WHERE id = case_participant.agency_id) AS agency`,
    params: [participantId, reason, userId],
  };
}

/** The case changed (its list order and `updatedAt`). */
export function caseTouchedQuery(caseId: string): Statement {
  return { sql: `UPDATE case_file SET updated_at = now() WHERE id = $1`, params: [caseId] };
}

export function participationByIdQuery(id: string): Statement {
  return { sql: `${PARTICIPANT_SELECT} WHERE cp.id = $1`, params: [id] };
}
