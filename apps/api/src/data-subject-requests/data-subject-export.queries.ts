/**
 * SQL of a person's data for a data-subject request. Every statement takes the region ($1), the
 * person ($2) and a content scope ($3): whose data it may include. Partners answer for their own
 * data (domain.md, "Rules settled later"), so no statement here reads a partner's content unless
 * the scope names that partner.
 */
import type { Statement } from '../common/sql';

/** Which partners' content a statement may include. */
export type ContentScope =
  /** The contactpunt's answer: only partners that released their part of this request ($3). */
  | { kind: 'released'; requestId: string }
  /** A partner's privacy contact reviewing its own part: only its own agency ($3). */
  | { kind: 'agency'; agencyId: string };

export const scopeParam = (scope: ContentScope): string =>
  scope.kind === 'released' ? scope.requestId : scope.agencyId;

/** The released parts of the request in $3, the one place a released part opens content. */
const RELEASED_AGENCIES = `
  SELECT rp.agency_id FROM data_subject_request_part rp
   WHERE rp.request_id = $3 AND rp.region_id = $1 AND rp.review_status = 'RELEASED'`;

/** "This agency column is in scope". */
export function inScope(scope: ContentScope, column: string): string {
  return scope.kind === 'released' ? `${column} IN (${RELEASED_AGENCIES})` : `${column} = $3`;
}

export const ITEMS_SQL = (scope: ContentScope) => `
  SELECT to_char(i.created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS date, i.category,
         a.name AS "sourceAgency", a.type AS "sourceType", i.legal_basis AS "legalBasis",
         c.reference AS "caseReference", i.text
    FROM information_item i
    JOIN agency a ON a.id = i.source_agency_id
    JOIN case_file c ON c.id = i.case_id
   WHERE i.region_id = $1 AND i.person_id = $2 AND ${inScope(scope, 'i.source_agency_id')}
   ORDER BY a.name, i.category, i.created_at, i.id`;

/** The person's cases in which a partner in scope takes or took part. */
export const CASES_SQL = (scope: ContentScope) => `
  SELECT c.reference, c.theme, c.status,
         to_char(c.created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "from",
         to_char(cc.closed_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS until
    FROM case_file c LEFT JOIN case_closure cc ON cc.case_id = c.id
   WHERE c.region_id = $1 AND c.subject_person_id = $2
     AND EXISTS (SELECT 1 FROM case_participant sp
                  WHERE sp.case_id = c.id AND ${inScope(scope, 'sp.agency_id')})
   ORDER BY c.created_at, c.reference`;

export const PARTICIPATIONS_SQL = (scope: ContentScope) => `
  SELECT a.name AS agency, a.type AS "agencyType", c.reference AS "caseReference", cp.role,
         to_char(cp.started_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "from",
         to_char(cp.ended_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS until,
         cp.legal_basis AS "legalBasis"
    FROM case_participant cp
    JOIN case_file c ON c.id = cp.case_id
    JOIN agency a ON a.id = cp.agency_id
   WHERE c.region_id = $1 AND c.subject_person_id = $2 AND ${inScope(scope, 'cp.agency_id')}
   ORDER BY a.name, cp.started_at, c.reference`;

/** The actions owned by a partner in scope, of the newest adopted plan of each case. */
export const PLAN_ACTIONS_SQL = (scope: ContentScope) => `
  SELECT c.reference AS "caseReference", pa.description, a.name AS "ownerAgency",
         to_char(pa.due_date, 'YYYY-MM-DD') AS "dueDate", COALESCE(pr.status, 'OPEN') AS status
    FROM case_file c
    JOIN LATERAL (SELECT pv.id FROM plan_version pv
                   WHERE pv.case_id = c.id AND pv.status = 'ADOPTED'
                   ORDER BY pv.number DESC LIMIT 1) v ON true
    JOIN plan_action pa ON pa.version_id = v.id
    JOIN agency a ON a.id = pa.owner_agency_id
    LEFT JOIN plan_action_progress pr ON pr.action_key = pa.key
   WHERE c.region_id = $1 AND c.subject_person_id = $2 AND ${inScope(scope, 'pa.owner_agency_id')}
   ORDER BY c.reference, pa.due_date, pa.position`;

/**
 * The consents the person gave (or withdrew), with how they were given (the evidence text), as
 * far as the agency that recorded them is in scope: the recording partner answers for them.
 */
export const CONSENTS_SQL = (scope: ContentScope) => `
  SELECT k.category, ra.name AS "recipientAgency", ba.name AS "recordedBy",
         c.reference AS "caseReference", k.parts,
         to_char(k.given_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "givenOn",
         to_char(k.valid_until AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "validUntil",
         to_char(k.withdrawn_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "withdrawnOn",
         k.evidence
    FROM consent k
    JOIN agency ra ON ra.id = k.recipient_agency_id
    JOIN agency ba ON ba.id = k.recorded_by_agency_id
    LEFT JOIN case_file c ON c.id = k.case_id
   WHERE k.region_id = $1 AND k.person_id = $2 AND ${inScope(scope, 'k.recorded_by_agency_id')}
   ORDER BY k.given_at, k.id`;

/**
 * The person's supervision conditions (ADR 0033/0041), as far as the probation agency that
 * recorded them is in scope: it answers for them. In full, as the partner released them.
 */
export const CONDITIONS_SQL = (scope: ContentScope) => `
  SELECT c.reference AS "caseReference", a.name AS "sourceAgency", sc.kind, sc.subject,
         sc.frequency, sc.alcohol_monitor AS "alcoholMonitor", sc.notes,
         sc.legal_source_kind AS "legalSourceKind",
         to_char(sc.legal_source_date, 'YYYY-MM-DD') AS "legalSourceDate",
         sc.parket_number AS "parketNumber", to_char(sc.starts_on, 'YYYY-MM-DD') AS "startsOn",
         to_char(sc.ends_on, 'YYYY-MM-DD') AS "endsOn", sc.status
    FROM supervision_condition sc
    JOIN case_file c ON c.id = sc.case_id AND c.region_id = sc.region_id
    JOIN agency a ON a.id = sc.source_agency_id
   WHERE sc.region_id = $1 AND c.subject_person_id = $2 AND ${inScope(scope, 'sc.source_agency_id')}
   ORDER BY c.reference, sc.starts_on, sc.id`;

/**
 * The violation signals about the person: the report as far as the reporting agency is in scope,
 * the assessment and follow-up only as far as the probation agency that assessed is (each partner
 * answers for what it wrote). A signal neither released stays out.
 */
export const SIGNALS_SQL = (scope: ContentScope) => `
  SELECT c.reference AS "caseReference", ra.name AS "reporterAgency",
         to_char(s.reported_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "reportedOn",
         CASE WHEN r.ok THEN s.what END AS what,
         CASE WHEN r.ok THEN to_char(s.occurred_at AT TIME ZONE 'Europe/Amsterdam',
                                     'YYYY-MM-DD HH24:MI') END AS "occurredAt",
         CASE WHEN r.ok THEN s.location END AS location,
         CASE WHEN r.ok THEN s.seen_by END AS "seenBy",
         s.status, sc.kind AS "conditionKind", pa.name AS "assessedBy",
         CASE WHEN p.ok THEN s.assessment END AS assessment,
         CASE WHEN p.ok THEN s.follow_up END AS "followUp",
         CASE WHEN p.ok THEN to_char(s.assessed_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')
         END AS "assessedOn"
    FROM violation_signal s
    JOIN case_file c ON c.id = s.case_id AND c.region_id = s.region_id
    JOIN agency ra ON ra.id = s.reporter_agency_id
    LEFT JOIN agency pa ON pa.id = s.assessed_by_agency_id
    LEFT JOIN supervision_condition sc ON sc.id = s.condition_id AND sc.region_id = s.region_id
    CROSS JOIN LATERAL (SELECT ${inScope(scope, 's.reporter_agency_id')} AS ok) r
    CROSS JOIN LATERAL (SELECT s.assessed_by_agency_id IS NOT NULL
                           AND ${inScope(scope, 's.assessed_by_agency_id')} AS ok) p
   WHERE s.region_id = $1 AND c.subject_person_id = $2 AND (r.ok OR p.ok)
   ORDER BY s.reported_at, s.id`;

/**
 * The person's own record. The address is shared by every partner of the person's cases, so it
 * is part of the answer only once every partner holding data has released its part.
 */
export const PERSON_SQL = `
  WITH gate AS (
    SELECT NOT EXISTS (SELECT 1 FROM data_subject_request_part rp
                        WHERE rp.request_id = $3 AND rp.region_id = $1
                          AND rp.review_status <> 'RELEASED') AS released)
  SELECT p.given_names AS "givenNames", p.family_name AS "familyName",
         person_birth_date(p.date_of_birth, p.date_of_birth_precision) AS "dateOfBirth", p.bsn, g.released,
         CASE WHEN g.released THEN p.street END AS street,
         CASE WHEN g.released THEN p.house_number END AS "houseNumber",
         CASE WHEN g.released THEN p.postcode END AS postcode,
         CASE WHEN g.released THEN p.city END AS city
    FROM person p, gate g WHERE p.region_id = $1 AND p.id = $2`;

/** Each partner's review of its part: what the contactpunt sees before any content. */
export const PARTNERS_SQL = `
  SELECT a.name AS agency, a.type AS "agencyType", pt.review_status AS status,
         to_char(pt.released_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "releasedOn",
         pt.release_note AS note
    FROM data_subject_request_part pt
    JOIN agency a ON a.id = pt.agency_id
   WHERE pt.region_id = $1 AND pt.request_id = $2
   ORDER BY a.name, a.id`;

/**
 * The access log in one statement (GIN index on person_ids). Employee names only when the
 * request says the law requires them.
 */
export const ACCESS_LOG_SQL = (withNames: boolean) => `
  SELECT to_char(e.occurred_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at, a.name AS agency,
         e.actor_agency_type AS "agencyType", e.actor_roles AS roles, e.action, e.result,
         e.access_basis AS "accessBasis", e.purpose, e.categories
         ${withNames ? ', u.display_name AS employee' : ''}
    FROM audit_event e
    LEFT JOIN agency a ON a.id = e.actor_agency_id
    ${withNames ? 'LEFT JOIN app_user u ON u.id = e.actor_user_id' : ''}
   WHERE e.region_id = $1 AND e.person_ids @> ARRAY[$2::uuid]
   ORDER BY e.seq`;

/** The facts of a request (with its region's name) that an access export starts from. */
export function exportRequestQuery(regionId: string, id: string): Statement {
  return {
    sql: `SELECT r.id, r.type, r.status, r.person_id AS "personId", r.given_names AS "givenNames",
              r.family_name AS "familyName", to_char(r.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
              r.bsn, to_char(r.received_on, 'YYYY-MM-DD') AS "receivedOn",
              to_char(COALESCE(r.extended_deadline, r.deadline), 'YYYY-MM-DD') AS deadline,
              r.include_employee_names AS "includeEmployeeNames", g.name AS region
         FROM data_subject_request r JOIN region g ON g.id = r.region_id
        WHERE r.region_id = $1 AND r.id = $2`,
    params: [regionId, id],
  };
}
