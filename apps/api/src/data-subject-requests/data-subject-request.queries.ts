/** SQL of the data-subject requests; every statement is pinned to the caller's region ($1). */

/** Agencies of the region holding data on a person: in a case of theirs, or source of an item. */
export const HOLDING_AGENCIES_SQL = `
  SELECT cp.agency_id FROM case_participant cp
    JOIN case_file c ON c.id = cp.case_id
   WHERE c.region_id = $1 AND c.subject_person_id = $2
  UNION
  SELECT i.source_agency_id FROM information_item i
   WHERE i.region_id = $1 AND i.person_id = $2`;

export const CANDIDATES_SQL = (match: string) => `
  SELECT p.id, p.given_names AS "givenNames", p.family_name AS "familyName",
         to_char(p.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", p.bsn, p.city,
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
export const LIST_SQL = (openOnly: boolean) => `
  SELECT ${REQUEST_COLUMNS}
    FROM data_subject_request r
   WHERE r.region_id = $1 ${openOnly ? `AND r.status NOT IN ('COMPLETED','REJECTED')` : ''}
   ORDER BY (r.status IN ('COMPLETED','REJECTED')), COALESCE(r.extended_deadline, r.deadline),
            r.received_on, r.id
   LIMIT 500`;

export const BY_ID_SQL = `
  SELECT ${REQUEST_COLUMNS} FROM data_subject_request r WHERE r.region_id = $1 AND r.id = $2`;
