import type { Statement } from '../common/sql';

/*
 * The statements of demo-privacy-office.ts as pure builders. Seed data only: the values are the demo data's,
 * passed through as given, so the parameters are not typed beyond `unknown`.
 */

export function insertAuditEventQuery(
  regionId: unknown,
  actorUserId: unknown,
  agencyId: unknown,
  agencyType: unknown,
  roles: unknown,
  action: unknown,
  operation: unknown,
  personIds: unknown,
  caseId: unknown,
  categories: unknown,
  accessBasis: unknown,
  purpose: unknown,
  recordType: unknown,
  recordId: unknown,
): Statement {
  return {
    sql: `INSERT INTO audit_event (region_id, actor_user_id, actor_agency_id, actor_agency_type,
       actor_roles, action, result, operation, person_ids, case_id, categories, access_basis,
       purpose, record_type, record_id)
     VALUES ($1, $2, $3, $4, $5, $6, 'ALLOWED', $7, $8, $9, $10, $11, $12, $13, $14)
     RETURNING id::text AS id`,
    params: [
      regionId,
      actorUserId,
      agencyId,
      agencyType,
      roles,
      action,
      operation,
      personIds,
      caseId,
      categories,
      accessBasis,
      purpose,
      recordType,
      recordId,
    ],
  };
}

export function userByEmailQuery(email: unknown): Statement {
  return {
    sql: `SELECT u.id, u.agency_id AS "agencyId", a.type AS "agencyType", u.roles
       FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE u.email = $1`,
    params: [email],
  };
}

export function demoCasesForBreakGlassQuery(regionId: unknown): Statement {
  return {
    sql: `SELECT reference, id, subject_person_id AS "personId" FROM case_file
      WHERE region_id = $1 AND reference IN ('ZVH-2026-002', 'ZVH-2026-003')`,
    params: [regionId],
  };
}

export function insertBreakGlassQuery(
  regionId: unknown,
  id: unknown,
  id2: unknown,
  agencyId: unknown,
  reason: unknown,
  daysAgo: unknown,
): Statement {
  return {
    sql: `INSERT INTO break_glass (region_id, case_id, user_id, agency_id, reason, created_at,
                                expires_at)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6),
               now() - make_interval(days => $6) + interval '4 hours')
       RETURNING id`,
    params: [regionId, id, id2, agencyId, reason, daysAgo],
  };
}

export function insertBreakGlassReviewQuery(
  regionId: unknown,
  eventId: unknown,
  verdict: unknown,
  note: unknown,
  id: unknown,
): Statement {
  return {
    sql: `INSERT INTO break_glass_review (region_id, audit_event_id, verdict, note,
                                         reviewed_by_user_id)
         VALUES ($1, $2::bigint, $3, $4, $5)`,
    params: [regionId, eventId, verdict, note, id],
  };
}
