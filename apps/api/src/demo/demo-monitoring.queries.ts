import type { Statement } from '../common/sql';
import { participationActive } from '../sharing/need-to-know';

const CASE_WORKER = `u.active AND u.roles && ARRAY['MEMBER','PROCESREGISSEUR']::text[]`;

/*
 * The statements of demo-monitoring.ts as pure builders. Seed data only: the values are the demo data's,
 * passed through as given, so the parameters are not typed beyond `unknown`.
 */

export function insertCaseClosureQuery(regionId: unknown): Statement {
  return {
    sql: `INSERT INTO case_closure (case_id, region_id, outcome, reason, closed_at, closed_by_agency_id,
                               grace_days, access_ends_at)
     SELECT c.id, c.region_id, 'REFERRED_TO_REGULAR_CARE',
            'Cliënt is in beeld bij de huisarts en het wijkteam; geen overlast meer sinds drie maanden.',
            now() - interval '60 days', z.id, 30, now() - interval '30 days'
       FROM case_file c JOIN agency z ON z.region_id = c.region_id AND z.type = 'ZVH'
      WHERE c.region_id = $1 AND c.status = 'CLOSED'
        AND NOT EXISTS (SELECT 1 FROM case_closure cc WHERE cc.case_id = c.id)`,
    params: [regionId],
  };
}

export function insertReferredEventsQuery(regionId: unknown): Statement {
  return {
    sql: `INSERT INTO case_event (region_id, case_id, kind, at, actor_agency_id, data)
     SELECT c.region_id, c.id, 'REFERRED', c.created_at, c.referring_agency_id,
            jsonb_build_object('agency', a.name)
       FROM case_file c JOIN agency a ON a.id = c.referring_agency_id
      WHERE c.region_id = $1
        AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.kind = 'REFERRED')`,
    params: [regionId],
  };
}

export function insertTriageEventsQuery(regionId: unknown): Statement {
  return {
    sql: `INSERT INTO case_event (region_id, case_id, kind, at, actor_agency_id, data)
     SELECT c.region_id, c.id, 'TRIAGE_DECIDED', c.created_at + interval '4 days', z.id,
            jsonb_build_object('decision', 'ACCEPTED')
       FROM case_file c JOIN agency z ON z.region_id = c.region_id AND z.type = 'ZVH'
      WHERE c.region_id = $1 AND c.status IN ('ACCEPTED', 'ACTIVE', 'CLOSED')
        AND NOT EXISTS (SELECT 1 FROM case_event e
                         WHERE e.case_id = c.id AND e.kind = 'TRIAGE_DECIDED')`,
    params: [regionId],
  };
}

export function insertParticipantAddedEventsQuery(regionId: unknown): Statement {
  return {
    sql: `INSERT INTO case_event (region_id, case_id, kind, at, actor_agency_id, data)
     SELECT cp.region_id, cp.case_id, 'PARTICIPANT_ADDED',
            GREATEST(cp.started_at, c.created_at + interval '4 days'), z.id,
            jsonb_build_object('agency', a.name, 'role', cp.role)
       FROM case_participant cp
       JOIN case_file c ON c.id = cp.case_id
       JOIN agency a ON a.id = cp.agency_id
       JOIN agency z ON z.region_id = cp.region_id AND z.type = 'ZVH'
      WHERE cp.region_id = $1
        AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = cp.case_id
                           AND e.kind = 'PARTICIPANT_ADDED' AND e.data->>'agency' = a.name)`,
    params: [regionId],
  };
}

export function insertCaseClosedEventsQuery(regionId: unknown): Statement {
  return {
    sql: `INSERT INTO case_event (region_id, case_id, kind, at, actor_agency_id, data)
     SELECT cc.region_id, cc.case_id, 'CASE_CLOSED', cc.closed_at, cc.closed_by_agency_id,
            jsonb_build_object('outcome', cc.outcome, 'graceDays', cc.grace_days)
       FROM case_closure cc
      WHERE cc.region_id = $1
        AND NOT EXISTS (SELECT 1 FROM case_event e
                         WHERE e.case_id = cc.case_id AND e.kind = 'CASE_CLOSED')`,
    params: [regionId],
  };
}

export function insertParticipantEndedEventsQuery(regionId: unknown): Statement {
  return {
    sql: `INSERT INTO case_event (region_id, case_id, kind, at, actor_agency_id, data)
     SELECT cp.region_id, cp.case_id, 'PARTICIPANT_ENDED', cp.ended_at, z.id,
            jsonb_build_object('agency', a.name)
       FROM case_participant cp
       JOIN agency a ON a.id = cp.agency_id
       JOIN agency z ON z.region_id = cp.region_id AND z.type = 'ZVH'
      WHERE cp.region_id = $1 AND NOT ${participationActive('cp')}
        AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = cp.case_id
                           AND e.kind = 'PARTICIPANT_ENDED' AND e.data->>'agency' = a.name)`,
    params: [regionId],
  };
}

export function insertNotificationQuery(regionId: unknown): Statement {
  return {
    sql: `INSERT INTO notification (region_id, recipient_user_id, kind, case_id, data, created_at,
                               read_at)
     SELECT c.region_id, u.id, 'CASE_INVITED', c.id, jsonb_build_object('caseReference', c.reference),
            cp.started_at, cp.started_at + interval '1 day'
       FROM case_participant cp
       JOIN case_file c ON c.id = cp.case_id
       JOIN app_user u ON u.agency_id = cp.agency_id AND ${CASE_WORKER}
      WHERE c.region_id = $1 AND c.status IN ('ACCEPTED', 'ACTIVE') AND cp.role = 'PARTNER'
     UNION ALL
     SELECT c.region_id, u.id, 'REFERRAL_RECEIVED', c.id,
            jsonb_build_object('caseReference', c.reference, 'agency', ra.name), c.created_at, NULL
       FROM case_file c
       JOIN agency ra ON ra.id = c.referring_agency_id
       JOIN agency z ON z.region_id = c.region_id AND z.type = 'ZVH'
       JOIN app_user u ON u.agency_id = z.id AND ${CASE_WORKER}
      WHERE c.region_id = $1 AND c.status IN ('REFERRED', 'IN_TRIAGE')
     UNION ALL
     SELECT c.region_id, u.id, 'CASE_CLOSED', c.id, jsonb_build_object('caseReference', c.reference),
            cc.closed_at, cc.closed_at + interval '2 days'
       FROM case_closure cc
       JOIN case_file c ON c.id = cc.case_id
       JOIN case_participant cp ON cp.case_id = c.id
       JOIN app_user u ON u.agency_id = cp.agency_id AND ${CASE_WORKER}
      WHERE c.region_id = $1`,
    params: [regionId],
  };
}
