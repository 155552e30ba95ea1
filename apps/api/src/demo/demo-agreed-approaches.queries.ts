import type { Statement } from '../common/sql';

/*
 * The statements of demo-agreed-approaches.ts as pure builders. Seed data only: the values are the demo data's,
 * passed through as given, so the parameters are not typed beyond `unknown`.
 */

export function insertAgreedApproachQuery(
  regionId: unknown,
  reference: unknown,
  instructions: unknown,
  validForDays: unknown,
  updatedBy: unknown,
): Statement {
  return {
    sql: `INSERT INTO agreed_approach (region_id, case_id, instructions, valid_until, updated_at,
                                    updated_by_user_id, updated_by_agency_id)
       SELECT $1, c.id, $3, (now() AT TIME ZONE 'Europe/Amsterdam')::date + $4::int,
              now() - interval '20 days', u.id, u.agency_id
         FROM case_file c, app_user u
        WHERE c.region_id = $1 AND c.reference = $2 AND u.email = $5
       RETURNING id, case_id AS "caseId", to_char(valid_until, 'YYYY-MM-DD') AS "validUntil",
                 updated_by_user_id AS "userId", updated_by_agency_id AS "agencyId"`,
    params: [regionId, reference, instructions, validForDays, updatedBy],
  };
}

export function insertAgreedApproachContactQuery(
  regionId: unknown,
  id: unknown,
  contacts: unknown,
): Statement {
  return {
    sql: `INSERT INTO agreed_approach_contact
         (region_id, agreed_approach_id, position, agency_id, name, role, phone, available)
       SELECT $1, $2, x.position, a.id, x.name, x.role, x.phone, x.available
         FROM jsonb_to_recordset($3::jsonb)
           AS x(position int, agency text, name text, role text, phone text, available text)
         JOIN agency a ON a.region_id = $1 AND a.name = x.agency`,
    params: [regionId, id, contacts],
  };
}

export function insertAgreedApproachRevisionQuery(
  regionId: unknown,
  id: unknown,
  instructions: unknown,
  validUntil: unknown,
  contacts: unknown,
  userId: unknown,
  agencyId: unknown,
): Statement {
  return {
    sql: `INSERT INTO agreed_approach_revision (region_id, agreed_approach_id, revision, instructions,
         valid_until, contacts, saved_at, saved_by_user_id, saved_by_agency_id)
       VALUES ($1, $2, 1, $3, $4::date, $5::jsonb, now() - interval '20 days', $6, $7)`,
    params: [regionId, id, instructions, validUntil, contacts, userId, agencyId],
  };
}

export function insertApproachCaseEventQuery(
  regionId: unknown,
  caseId: unknown,
  userId: unknown,
  agencyId: unknown,
  payload: unknown,
): Statement {
  return {
    sql: `INSERT INTO case_event (region_id, case_id, kind, at, actor_user_id, actor_agency_id, data)
       VALUES ($1, $2, 'AGREED_APPROACH_UPDATED', now() - interval '20 days', $3, $4, $5::jsonb)`,
    params: [regionId, caseId, userId, agencyId, payload],
  };
}

export function insertAgreedApproachLookupQuery(
  regionId: unknown,
  caseId: unknown,
  purposeKind: unknown,
  purpose: unknown,
  daysAgo: unknown,
): Statement {
  return {
    sql: `INSERT INTO agreed_approach_lookup (lookup_id, region_id, case_id, user_id, agency_id,
           purpose_kind, purpose, search_kind, found, validity, at)
         SELECT gen_random_uuid(), $1, $2, u.id, u.agency_id, $3, $4, 'BSN', true, 'VALID',
                now() - make_interval(days => $5)
           FROM app_user u WHERE u.email = 'wijkagent@politie.demo.example'`,
    params: [regionId, caseId, purposeKind, purpose, daysAgo],
  };
}
