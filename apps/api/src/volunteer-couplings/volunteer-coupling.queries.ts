import type { Statement } from '../common/sql';
import { consentCoversCase } from '../consents/consent.queries';
import { consentActive, participationActive } from '../sharing/need-to-know';

/*
 * Volunteer couplings (ADR 0034). The coordinator's statements are scoped to its own organisation
 * in SQL and select only the request's fields — never the case, the person or other categories.
 * The request's personal fields are shown only while a consent of the person for the
 * organisation covers the case (withdrawal takes effect on the next request); the offence summary
 * only while that consent names JUSTICE.
 */

/** An active consent of case `c`'s person for the organisation `agency` in `category` covers it. */
const consentInCategory = (caseAlias: string, agency: string, category: string) =>
  `EXISTS (SELECT 1 FROM consent k WHERE k.region_id = ${caseAlias}.region_id
      AND k.recipient_agency_id = ${agency} AND k.person_id = ${caseAlias}.subject_person_id
      AND (k.case_id IS NULL OR k.case_id = ${caseAlias}.id) AND k.category = '${category}'
      AND ${consentActive('k')})`;

/** `$consented`: a boolean SQL expression; the personal fields are null without it. */
function couplingColumns(consented: string, justice: string): string {
  const shown = (column: string, as: string) =>
    `CASE WHEN ${consented} THEN ${column} END AS "${as}"`;
  return `vc.id, vc.status, vc.revision, vc.requested_at AS "requestedAt",
       json_build_object('id', va.id, 'name', va.name, 'type', va.type) AS "volunteerAgency",
       json_build_object('id', ra.id, 'name', ra.name, 'type', ra.type) AS "requestedByAgency",
       CASE WHEN ${consented} THEN 'FULL' ELSE 'WITHHELD' END AS access,
       ${shown('vc.first_name', 'firstName')}, ${shown('vc.age_band', 'ageBand')},
       ${shown('vc.wijk', 'wijk')},
       CASE WHEN ${consented} THEN vc.help_asked ELSE '{}'::text[] END AS "helpAsked",
       ${shown('vc.help_other', 'helpOther')}, ${shown('vc.availability', 'availability')},
       ${shown('vc.safety_note', 'safetyNote')},
       CASE WHEN ${consented} AND ${justice} THEN vc.offence_summary END AS "offenceSummary",
       vc.decided_at AS "decidedAt", vc.decline_reason AS "declineReason",
       ${shown('vc.volunteer_name', 'volunteerName')},
       ${shown('vc.volunteer_phone', 'volunteerPhone')},
       vc.coupled_at AS "coupledAt", vc.ended_at AS "endedAt", vc.end_reason AS "endReason",
       vc.end_text AS "endText",
       CASE WHEN ${consented} THEN COALESCE((
         SELECT json_agg(json_build_object('id', p.id, 'notedOn', to_char(p.noted_on, 'YYYY-MM-DD'),
                                           'note', p.note) ORDER BY p.noted_on DESC, p.recorded_at DESC)
           FROM volunteer_coupling_progress p WHERE p.coupling_id = vc.id), '[]'::json)
         ELSE '[]'::json END AS progress`;
}

const COUPLING_FROM = `FROM volunteer_coupling vc
  JOIN case_file c ON c.id = vc.case_id AND c.region_id = vc.region_id
  JOIN agency va ON va.id = vc.volunteer_agency_id AND va.region_id = vc.region_id
  JOIN agency ra ON ra.id = vc.requested_by_agency_id AND ra.region_id = vc.region_id`;

const COORDINATOR_COLUMNS = couplingColumns(
  consentCoversCase('c', 'vc.volunteer_agency_id'),
  consentInCategory('c', 'vc.volunteer_agency_id', 'JUSTICE'),
);

/** The requests to the caller's own organisation, newest first (the coordinator's list). */
export function requestsToAgencyQuery(agencyId: string, regionId: string): Statement {
  return {
    sql: `SELECT ${COORDINATOR_COLUMNS}
  ${COUPLING_FROM}
 WHERE vc.volunteer_agency_id = $1 AND vc.region_id = $2
 ORDER BY (vc.status IN ('REQUESTED', 'ACCEPTED', 'COUPLED')) DESC, vc.requested_at DESC, vc.id
 LIMIT 200`,
    params: [agencyId, regionId],
  };
}

/** One request to the caller's own organisation; nothing for any other. */
export function requestOfAgencyQuery(id: string, agencyId: string, regionId: string): Statement {
  return {
    sql: `SELECT ${COORDINATOR_COLUMNS}
  ${COUPLING_FROM}
 WHERE vc.id = $1 AND vc.volunteer_agency_id = $2 AND vc.region_id = $3`,
    params: [id, agencyId, regionId],
  };
}

/**
 * The couplings of one case as probation (and the other PROBATION readers) see them; the case's
 * PROBATION read is checked before. The personal fields follow the same consent test, so a
 * reader sees what the organisation sees.
 */
export function couplingsOfCaseQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `SELECT ${COORDINATOR_COLUMNS}
  ${COUPLING_FROM}
 WHERE vc.case_id = $1 AND vc.region_id = $2
 ORDER BY vc.requested_at DESC, vc.id
 LIMIT 50`,
    params: [caseId, regionId],
  };
}

/** A coupling's case, status and organisation, whatever the caller may see (checked after). */
export function couplingByIdQuery(id: string, regionId: string): Statement {
  return {
    sql: `SELECT vc.id, vc.case_id AS "caseId", vc.status, vc.revision,
       vc.volunteer_agency_id AS "volunteerAgencyId", c.reference AS "caseReference",
       c.subject_person_id AS "personId", va.name AS "volunteerAgencyName",
       ${consentCoversCase('c', 'vc.volunteer_agency_id')} AS consented
  FROM volunteer_coupling vc
  JOIN case_file c ON c.id = vc.case_id AND c.region_id = vc.region_id
  JOIN agency va ON va.id = vc.volunteer_agency_id
 WHERE vc.id = $1 AND vc.region_id = $2`,
    params: [id, regionId],
  };
}

/** A volunteer organisation of the region and whether the person's consents cover the case. */
/** The region's volunteer organisations, by name. */
export function volunteerAgenciesQuery(regionId: string): Statement {
  return {
    sql: `SELECT id FROM agency WHERE region_id = $1 AND type = 'VOLUNTEER' ORDER BY name, id`,
    params: [regionId],
  };
}

export function volunteerAgencyConsentQuery(
  agencyId: string,
  caseId: string,
  regionId: string,
): Statement {
  return {
    sql: `SELECT a.name, ${consentCoversCase('c', 'a.id')} AS consented,
       ${consentInCategory('c', 'a.id', 'JUSTICE')} AS "justiceConsented"
  FROM agency a JOIN case_file c ON c.id = $2 AND c.region_id = a.region_id
 WHERE a.id = $1 AND a.region_id = $3 AND a.type = 'VOLUNTEER'`,
    params: [agencyId, caseId, regionId],
  };
}

/** What a request takes from the person: the first given name, date of birth and wijk. */
export function matchPersonQuery(caseId: string): Statement {
  return {
    sql: `SELECT split_part(btrim(p.given_names), ' ', 1) AS "firstName",
       to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
       COALESCE(ar.name, p.wijk) AS wijk
  FROM case_file c JOIN person p ON p.id = c.subject_person_id AND p.region_id = c.region_id
  LEFT JOIN area ar ON ar.id = p.area_id AND ar.region_id = p.region_id
 WHERE c.id = $1`,
    params: [caseId],
  };
}

export interface RequestWrite {
  regionId: string;
  caseId: string;
  volunteerAgencyId: string;
  agencyId: string;
  userId: string;
  firstName: string;
  ageBand: string;
  wijk: string | null;
  helpAsked: string[];
  helpOther: string | null;
  availability: string;
  safetyNote: string | null;
  offenceSummary: string | null;
}

/** A new request. */
export function insertRequestQuery(r: RequestWrite): Statement {
  return {
    sql: `INSERT INTO volunteer_coupling (region_id, case_id, volunteer_agency_id,
            requested_by_agency_id, requested_by_user_id, first_name, age_band, wijk, help_asked,
            help_other, availability, safety_note, offence_summary)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[], $10, $11, $12, $13)
          RETURNING id`,
    params: [
      r.regionId,
      r.caseId,
      r.volunteerAgencyId,
      r.agencyId,
      r.userId,
      r.firstName,
      r.ageBand,
      r.wijk,
      r.helpAsked,
      r.helpOther,
      r.availability,
      r.safetyNote,
      r.offenceSummary,
    ],
  };
}

/**
 * A coordinator's step, at the revision it read and from the statuses it may leave; no row when
 * either is stale. `set` holds SQL assignments with parameters from $5 on.
 */
export function stepQuery(
  s: { id: string; agencyId: string; regionId: string; revision: number; userId: string },
  from: readonly string[],
  set: string,
  values: readonly unknown[],
): Statement {
  return {
    sql: `UPDATE volunteer_coupling
             SET ${set}, coordinator_user_id = $5, revision = revision + 1, updated_at = now()
           WHERE id = $1 AND volunteer_agency_id = $2 AND region_id = $3 AND revision = $4
             AND status = ANY ($${6 + values.length}::text[])
       RETURNING id`,
    params: [s.id, s.agencyId, s.regionId, s.revision, s.userId, ...values, [...from]],
  };
}

export function insertProgressQuery(p: {
  regionId: string;
  couplingId: string;
  notedOn: string;
  note: string;
  userId: string;
}): Statement {
  return {
    sql: `INSERT INTO volunteer_coupling_progress (region_id, coupling_id, noted_on, note,
            recorded_by_user_id)
          SELECT $1, vc.id, $3::date, $4, $5 FROM volunteer_coupling vc
           WHERE vc.id = $2 AND vc.region_id = $1 AND vc.status = 'COUPLED'
          RETURNING id`,
    params: [p.regionId, p.couplingId, p.notedOn, p.note, p.userId],
  };
}

/**
 * Year figures per volunteer organisation of the region (all of them, or `agencyId`): requests
 * made in the year, couplings made in it, couplings active at some time in it, the average
 * duration in days of the couplings that ended in it. Numbers only.
 */
export function yearFiguresQuery(
  regionId: string,
  year: number,
  agencyId: string | null,
): Statement {
  return {
    sql: `WITH span AS (
  SELECT make_timestamptz($2, 1, 1, 0, 0, 0, 'Europe/Amsterdam') AS starts,
         make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'Europe/Amsterdam') AS ends)
SELECT a.id AS "agencyId", a.name AS "agencyName",
       count(vc.id) FILTER (WHERE vc.requested_at >= span.starts AND vc.requested_at < span.ends)::int
         AS requests,
       count(vc.id) FILTER (WHERE vc.coupled_at >= span.starts AND vc.coupled_at < span.ends)::int
         AS couplings,
       count(vc.id) FILTER (WHERE vc.coupled_at < span.ends
         AND (vc.ended_at IS NULL OR vc.ended_at >= span.starts))::int AS active,
       round(avg(extract(epoch FROM vc.ended_at - vc.coupled_at) / 86400)
         FILTER (WHERE vc.coupled_at IS NOT NULL AND vc.ended_at >= span.starts
                 AND vc.ended_at < span.ends))::int AS "averageDays"
  FROM agency a CROSS JOIN span
  LEFT JOIN volunteer_coupling vc ON vc.volunteer_agency_id = a.id AND vc.region_id = a.region_id
 WHERE a.region_id = $1 AND a.type = 'VOLUNTEER' AND ($3::uuid IS NULL OR a.id = $3)
 GROUP BY a.id, a.name
 ORDER BY a.name, a.id`,
    params: [regionId, year, agencyId],
  };
}

export function couplingGoalQuery(regionId: string): Statement {
  return {
    sql: `SELECT volunteer_goal_min AS "goalMin", volunteer_goal_max AS "goalMax",
                 settings_version AS version
            FROM region WHERE id = $1`,
    params: [regionId],
  };
}

/** Writes the goal at the settings version read; no row when it is stale. */
export function updateCouplingGoalQuery(
  regionId: string,
  goalMin: number,
  goalMax: number,
  version: number,
): Statement {
  return {
    sql: `UPDATE region SET volunteer_goal_min = $2, volunteer_goal_max = $3,
                 settings_version = settings_version + 1
           WHERE id = $1 AND settings_version = $4
       RETURNING id`,
    params: [regionId, goalMin, goalMax, version],
  };
}

/** The probation agencies taking part in the case: whom a coordinator's step is told. */
export function requestingAgenciesQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `SELECT array_agg(DISTINCT a.id::text) AS ids
  FROM case_participant ap JOIN agency a ON a.id = ap.agency_id AND a.region_id = ap.region_id
 WHERE ap.case_id = $1 AND ap.region_id = $2 AND a.type = 'PROBATION'
   AND ${participationActive('ap')}`,
    params: [caseId, regionId],
  };
}
