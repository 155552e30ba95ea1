import type { Statement } from '../common/sql';

/** SQL of the data-subject requests; every statement is pinned to the caller's region ($1). */

/** Agencies of the region holding data on a person: in a case of theirs, or source of an item. */
const HOLDING_AGENCIES_SQL = `
  SELECT cp.agency_id FROM case_participant cp
    JOIN case_file c ON c.id = cp.case_id
   WHERE c.region_id = $1 AND c.subject_person_id = $2
  UNION
  SELECT i.source_agency_id FROM information_item i
   WHERE i.region_id = $1 AND i.person_id = $2`;

const CANDIDATES_SQL = (match: string) => `
  SELECT p.id, p.given_names AS "givenNames", p.family_name AS "familyName",
         person_birth_date(p.date_of_birth, p.date_of_birth_precision) AS "dateOfBirth", p.bsn, p.city,
         (SELECT count(*)::int FROM (${HOLDING_AGENCIES_SQL.replace(/\$2/g, 'p.id')}) h)
           AS "agenciesHoldingData"
    FROM person p
   WHERE p.region_id = $1 AND ${match}
   ORDER BY p.family_name, p.given_names, p.id
   LIMIT 20`;

const REQUEST_COLUMNS = `
  r.id, r.type, r.status, r.person_id AS "personId", r.given_names AS "givenNames",
  r.family_name AS "familyName", to_char(r.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", r.bsn,
  to_char(r.received_on, 'YYYY-MM-DD') AS "receivedOn",
  r.identity_verification AS "identityVerification",
  to_char(r.deadline, 'YYYY-MM-DD') AS "originalDeadline",
  to_char(r.extended_deadline, 'YYYY-MM-DD') AS "extendedDeadline",
  r.extension_reason AS "extensionReason", r.include_employee_names AS "includeEmployeeNames",
  r.outcome, r.closed_at AS "closedAt", r.revision, r.created_at AS "createdAt",
  COALESCE((SELECT json_agg(json_build_object(
      'id', pt.id, 'agencyId', a.id, 'agencyName', a.name, 'agencyType', a.type,
      'status', pt.status, 'note', pt.note, 'revision', pt.revision, 'updatedAt', pt.updated_at,
      'updatedByName', u.display_name, 'reviewStatus', pt.review_status,
      'reviewStartedAt', pt.review_started_at, 'releasedAt', pt.released_at,
      'releasedByName', ru.display_name, 'releaseNote', pt.release_note) ORDER BY a.name, a.id)
    FROM data_subject_request_part pt
    JOIN agency a ON a.id = pt.agency_id
    LEFT JOIN app_user u ON u.id = pt.updated_by_user_id
    LEFT JOIN app_user ru ON ru.id = pt.released_by_user_id
   WHERE pt.request_id = r.id), '[]'::json) AS parts`;

/** The region's requests, open ones first, then by deadline. */
const LIST_SQL = (openOnly: boolean) => `
  SELECT ${REQUEST_COLUMNS}
    FROM data_subject_request r
   WHERE r.region_id = $1 ${openOnly ? `AND r.status NOT IN ('COMPLETED','REJECTED')` : ''}
   ORDER BY (r.status IN ('COMPLETED','REJECTED')), COALESCE(r.extended_deadline, r.deadline),
            r.received_on, r.id
   LIMIT 500`;

const BY_ID_SQL = `
  SELECT ${REQUEST_COLUMNS} FROM data_subject_request r WHERE r.region_id = $1 AND r.id = $2`;

/**
 * Persons of the region a request may concern: tolerant on the family name (spelling,
 * tussenvoegsels), exact on the date of birth; or by BSN.
 */
export function dsrCandidatesQuery(
  regionId: string,
  search: { by: 'bsn'; bsn: string } | { by: 'name'; familyName: string; dateOfBirth: string },
): Statement {
  return search.by === 'bsn'
    ? { sql: CANDIDATES_SQL('p.bsn = $2'), params: [regionId, search.bsn] }
    : {
        // A person recorded with a partly unknown date of birth still matches on what is known.
        sql: CANDIDATES_SQL(`person_name_key(p.family_name, false) = person_name_key($2, false)
             AND p.date_of_birth BETWEEN date_trunc('year', $3::date)::date AND $3::date
             AND starts_with($3::text,
                   person_birth_date(p.date_of_birth, p.date_of_birth_precision))`),
        params: [regionId, search.familyName, search.dateOfBirth],
      };
}

/** The region's requests, open ones first, then by deadline. */
export function dsrListQuery(regionId: string, openOnly: boolean): Statement {
  return { sql: LIST_SQL(openOnly), params: [regionId] };
}

export function dsrByIdQuery(regionId: string, id: string): Statement {
  return { sql: BY_ID_SQL, params: [regionId, id] };
}

/** The identity of a known person of the region, as a request records it. */
export function dsrPersonIdentityQuery(personId: string, regionId: string): Statement {
  return {
    sql: `SELECT given_names AS "givenNames", family_name AS "familyName",
                  to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", bsn
             FROM person WHERE id = $1 AND region_id = $2`,
    params: [personId, regionId],
  };
}

export function insertDsrQuery(r: {
  regionId: string;
  personId: string | null;
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  bsn: string | null;
  type: string;
  receivedOn: string;
  identityVerification: string;
  deadline: string;
  includeEmployeeNames: boolean;
  userId: string;
}): Statement {
  return {
    sql: `INSERT INTO data_subject_request (region_id, person_id, given_names, family_name,
           date_of_birth, bsn, type, received_on, identity_verification, deadline,
           include_employee_names, registered_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    params: [
      r.regionId,
      r.personId,
      r.givenNames,
      r.familyName,
      r.dateOfBirth,
      r.bsn,
      r.type,
      r.receivedOn,
      r.identityVerification,
      r.deadline,
      r.includeEmployeeNames,
      r.userId,
    ],
  };
}

/** One part per agency of the region holding data on the person. */
export function insertDsrPartsQuery(
  regionId: string,
  personId: string,
  requestId: string,
): Statement {
  return {
    sql: `INSERT INTO data_subject_request_part (region_id, request_id, agency_id)
           SELECT $1, $3, h.agency_id FROM (${HOLDING_AGENCIES_SQL}) h(agency_id)`,
    params: [regionId, personId, requestId],
  };
}

export function openDsrPartsCountQuery(requestId: string): Statement {
  return {
    sql: `SELECT count(*)::int AS n FROM data_subject_request_part
            WHERE request_id = $1 AND status = 'OPEN'`,
    params: [requestId],
  };
}

export function changeDsrStatusQuery(r: {
  id: string;
  regionId: string;
  status: string;
  outcome: string | null;
  final: boolean;
}): Statement {
  return {
    sql: `UPDATE data_subject_request
            SET status = $3, outcome = COALESCE($4, outcome),
                closed_at = CASE WHEN $5 THEN now() ELSE NULL END,
                revision = revision + 1, updated_at = now()
          WHERE id = $1 AND region_id = $2`,
    params: [r.id, r.regionId, r.status, r.outcome, r.final],
  };
}

export function extendDsrQuery(
  id: string,
  regionId: string,
  extendedDeadline: string,
  reason: string,
): Statement {
  return {
    sql: `UPDATE data_subject_request
            SET extended_deadline = $3, extension_reason = $4, extended_at = now(),
                revision = revision + 1, updated_at = now()
          WHERE id = $1 AND region_id = $2`,
    params: [id, regionId, extendedDeadline, reason],
  };
}

/** A part's request, locked first, so completing it and reopening a part serialise. */
export function dsrPartRequestForUpdateQuery(partId: string, regionId: string): Statement {
  return {
    sql: `SELECT r.id, r.status, pt.revision
           FROM data_subject_request_part pt
           JOIN data_subject_request r ON r.id = pt.request_id
          WHERE pt.id = $1 AND pt.region_id = $2
          FOR UPDATE OF r`,
    params: [partId, regionId],
  };
}

/** The contactpunt's tracking of a part, at the revision the caller saw. */
export function updateDsrPartQuery(r: {
  partId: string;
  regionId: string;
  status: string;
  note: string | null;
  userId: string;
  revision: number;
}): Statement {
  return {
    sql: `UPDATE data_subject_request_part
            SET status = $3, note = $4, revision = revision + 1, updated_at = now(),
                updated_by_user_id = $5
          WHERE id = $1 AND region_id = $2 AND revision = $6`,
    params: [r.partId, r.regionId, r.status, r.note, r.userId, r.revision],
  };
}

/** Locks the request for a change. */
export function dsrForChangeQuery(id: string, regionId: string): Statement {
  return {
    sql: `SELECT status, revision, to_char(received_on, 'YYYY-MM-DD') AS "receivedOn",
              extended_deadline IS NOT NULL AS extended
         FROM data_subject_request WHERE id = $1 AND region_id = $2 FOR UPDATE`,
    params: [id, regionId],
  };
}
