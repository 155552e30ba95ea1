import type { Statement } from '../common/sql';
import type { CaseEventKind } from './case-event.kinds';

/*
 * The case timeline's statements. The timeline is read only after the caller's `read` right on
 * the case was checked on the loaded case (case-event.service.ts).
 */

export function recordCaseEventQuery(e: {
  regionId: string;
  caseId: string;
  kind: CaseEventKind;
  actorUserId: string | null;
  actorAgencyId: string | null;
  /** The labels, as JSON. */
  data: string;
}): Statement {
  return {
    sql: `INSERT INTO case_event (region_id, case_id, kind, actor_user_id, actor_agency_id, data)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
    params: [e.regionId, e.caseId, e.kind, e.actorUserId, e.actorAgencyId, e.data],
  };
}

/** The timeline of a case of the region, oldest first. */
export function caseTimelineQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `SELECT e.id::text AS id, e.kind, e.at, e.data,
              CASE WHEN a.id IS NULL THEN NULL
                   ELSE json_build_object('id', a.id, 'name', a.name, 'type', a.type) END
                AS "actorAgency"
         FROM case_event e LEFT JOIN agency a ON a.id = e.actor_agency_id
        WHERE e.case_id = $1 AND e.region_id = $2
        ORDER BY e.at, e.id`,
    params: [caseId, regionId],
  };
}
