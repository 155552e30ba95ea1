import type { Statement } from '../common/sql';

/*
 * The statements of demo-data-subject-requests.ts as pure builders. Seed data only: the values are the demo data's,
 * passed through as given, so the parameters are not typed beyond `unknown`.
 */

export function insertDataSubjectRequestQuery(regionId: unknown): Statement {
  return {
    sql: `INSERT INTO data_subject_request (region_id, person_id, given_names, family_name,
       date_of_birth, bsn, type, received_on, identity_verification, deadline,
       registered_by_user_id)
     SELECT $1, p.id, p.given_names, p.family_name, p.date_of_birth, p.bsn, 'ACCESS',
            d.received, 'Paspoort getoond aan de balie; kopie niet bewaard.',
            (d.received + interval '1 month')::date,
            (SELECT u.id FROM app_user u WHERE u.email = 'privacy@zvh.demo.example')
       FROM person p,
            LATERAL (SELECT (now() AT TIME ZONE 'Europe/Amsterdam')::date - 10 AS received) d
      WHERE p.region_id = $1 AND p.bsn = '900001008'
     RETURNING id, person_id`,
    params: [regionId],
  };
}

export function insertDataSubjectRequestPartQuery(
  regionId: unknown,
  id: unknown,
  person_id: unknown,
): Statement {
  return {
    sql: `INSERT INTO data_subject_request_part (region_id, request_id, agency_id, status, note,
                                            updated_at, review_status, review_started_at,
                                            review_started_by_user_id, released_at,
                                            released_by_user_id, release_note)
     SELECT $1, $2, h.agency_id,
            CASE WHEN a.type = 'POLICE' THEN 'DELIVERED' ELSE 'OPEN' END,
            CASE WHEN a.type = 'POLICE' THEN 'Overzicht politiegegevens aangeleverd.' END,
            CASE WHEN a.type = 'POLICE' THEN now() - interval '2 days' END,
            CASE WHEN a.type = 'POLICE' THEN 'RELEASED' ELSE 'OPEN' END,
            CASE WHEN a.type = 'POLICE' THEN now() - interval '3 days' END,
            CASE WHEN a.type = 'POLICE' THEN c.id END,
            CASE WHEN a.type = 'POLICE' THEN now() - interval '2 days' END,
            CASE WHEN a.type = 'POLICE' THEN c.id END,
            CASE WHEN a.type = 'POLICE' THEN 'Volledig vrijgegeven; niets weggelaten.' END
       FROM (SELECT cp.agency_id FROM case_participant cp JOIN case_file c ON c.id = cp.case_id
              WHERE c.region_id = $1 AND c.subject_person_id = $3
             UNION
             SELECT i.source_agency_id FROM information_item i
              WHERE i.region_id = $1 AND i.person_id = $3) h(agency_id)
       JOIN agency a ON a.id = h.agency_id
       LEFT JOIN app_user c ON c.agency_id = a.id AND 'PRIVACY_CONTACT' = ANY(c.roles)`,
    params: [regionId, id, person_id],
  };
}
