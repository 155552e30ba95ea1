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

/**
 * The supervision steps of a case (ADR 0041), derived from the records themselves so the timeline
 * never holds more than they do: a condition's recording, its latest change or its end (JUSTICE:
 * only for a caller that reads JUSTICE in the case), and a violation signal's report and
 * assessment (for JUSTICE readers, and for the reporting agency its own signals). Labels only:
 * the condition's kind, never its subject, source, notes, the report's text or the follow-up.
 */
export function supervisionTimelineQuery(
  caseId: string,
  regionId: string,
  agencyId: string,
  readsJustice: boolean,
): Statement {
  return {
    sql: `WITH steps AS (
  SELECT 'condition-' || sc.id || '-recorded' AS id, 'CONDITION_RECORDED' AS kind,
         sc.created_at AS at, sc.source_agency_id AS agency_id,
         jsonb_build_object('conditionKind', sc.kind) AS data
    FROM supervision_condition sc
   WHERE sc.case_id = $1 AND sc.region_id = $2 AND $4::boolean
  UNION ALL
  SELECT 'condition-' || sc.id || '-r' || sc.revision,
         CASE WHEN sc.status = 'ENDED' THEN 'CONDITION_ENDED' ELSE 'CONDITION_CHANGED' END,
         sc.updated_at, sc.source_agency_id, jsonb_build_object('conditionKind', sc.kind)
    FROM supervision_condition sc
   WHERE sc.case_id = $1 AND sc.region_id = $2 AND $4::boolean AND sc.revision > 1
  UNION ALL
  SELECT 'signal-' || s.id || '-reported', 'VIOLATION_REPORTED', s.reported_at,
         s.reporter_agency_id,
         CASE WHEN sc.kind IS NULL THEN '{}'::jsonb
              ELSE jsonb_build_object('conditionKind', sc.kind) END
    FROM violation_signal s
    LEFT JOIN supervision_condition sc ON sc.id = s.condition_id AND sc.region_id = s.region_id
   WHERE s.case_id = $1 AND s.region_id = $2 AND ($4::boolean OR s.reporter_agency_id = $3)
  UNION ALL
  SELECT 'signal-' || s.id || '-assessed', 'VIOLATION_ASSESSED', s.assessed_at,
         s.assessed_by_agency_id, '{}'::jsonb
    FROM violation_signal s
   WHERE s.case_id = $1 AND s.region_id = $2 AND s.status = 'ASSESSED'
     AND ($4::boolean OR s.reporter_agency_id = $3))
SELECT steps.id, steps.kind, steps.at, steps.data,
       CASE WHEN a.id IS NULL THEN NULL
            ELSE json_build_object('id', a.id, 'name', a.name, 'type', a.type) END AS "actorAgency"
  FROM steps LEFT JOIN agency a ON a.id = steps.agency_id AND a.region_id = $2
 ORDER BY steps.at, steps.id`,
    params: [caseId, regionId, agencyId, readsJustice],
  };
}
