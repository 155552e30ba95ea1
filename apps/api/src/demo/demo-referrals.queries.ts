import type { Statement } from '../common/sql';

/*
 * The statements of demo-referrals.ts as pure builders. Seed data only: the values are the demo data's,
 * passed through as given, so the parameters are not typed beyond `unknown`.
 */

export function zvhAgencyQuery(regionId: unknown): Statement {
  return {
    sql: `SELECT id FROM agency WHERE region_id = $1 AND type = 'ZVH' ORDER BY created_at LIMIT 1`,
    params: [regionId],
  };
}

export function insertPersonQuery(
  regionId: unknown,
  givenNames: unknown,
  familyName: unknown,
  dateOfBirth: unknown,
  postcode: unknown,
): Statement {
  return {
    sql: `INSERT INTO person (region_id, given_names, family_name, date_of_birth, postcode)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    params: [regionId, givenNames, familyName, dateOfBirth, postcode],
  };
}

export function insertCaseFileQuery(
  regionId: unknown,
  reference: unknown,
  personId: unknown,
  theme: unknown,
  referringAgencyId: unknown,
  daysAgo: unknown,
): Statement {
  return {
    sql: `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                                referring_agency_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'REFERRED', $5, now() - make_interval(days => $6),
                 now() - make_interval(days => $6))
         RETURNING id`,
    params: [regionId, reference, personId, theme, referringAgencyId, daysAgo],
  };
}

export function insertCaseParticipantQuery(
  regionId: unknown,
  caseId: unknown,
  agencyId: unknown,
  reason: unknown,
  legalBasis: unknown,
  daysAgo: unknown,
): Statement {
  return {
    sql: `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                       started_at)
         VALUES ($1, $2, $3, 'REFERRER', $4, $5, now() - make_interval(days => $6))`,
    params: [regionId, caseId, agencyId, reason, legalBasis, daysAgo],
  };
}

export function personByNameQuery(
  regionId: unknown,
  familyName: unknown,
  dateOfBirth: unknown,
): Statement {
  return {
    sql: `SELECT id FROM person
              WHERE region_id = $1 AND family_name = $2 AND date_of_birth = $3`,
    params: [regionId, familyName, dateOfBirth],
  };
}

export function caseByReferenceQuery(regionId: unknown, reference: unknown): Statement {
  return {
    sql: `SELECT id FROM case_file WHERE region_id = $1 AND reference = $2`,
    params: [regionId, reference],
  };
}

export function insertProcesregieParticipantQuery(
  regionId: unknown,
  caseId: unknown,
  agencyId: unknown,
  reason: unknown,
  legalBasis: unknown,
  daysAgo: unknown,
): Statement {
  return {
    sql: `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                       started_at, reason_categories)
         SELECT $1, $2, $3, 'PROCESREGIE', $4, $5, now() - make_interval(days => $6),
                ARRAY['PLAN']::text[]
          WHERE NOT EXISTS (SELECT 1 FROM case_participant WHERE case_id = $2 AND agency_id = $3)`,
    params: [regionId, caseId, agencyId, reason, legalBasis, daysAgo],
  };
}

export function referringUserQuery(caseId: unknown): Statement {
  return {
    sql: `SELECT u.id FROM app_user u JOIN case_file c ON c.referring_agency_id = u.agency_id
        WHERE c.id = $1 ORDER BY u.email LIMIT 1`,
    params: [caseId],
  };
}

export function insertReferralQuery(
  caseId: unknown,
  regionId: unknown,
  reason: unknown,
  goal: unknown,
  subjectInformed: unknown,
  notInformedReason: unknown,
  personSource: unknown,
  possibleMatchPersonIds: unknown,
  referredByUserId: unknown,
  daysAgo: unknown,
): Statement {
  return {
    sql: `INSERT INTO referral (case_id, region_id, reason, goal, person_informed,
                             not_informed_reason, person_source, possible_match_person_ids,
                             referred_by_user_id, referred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9, now() - make_interval(days => $10))`,
    params: [
      caseId,
      regionId,
      reason,
      goal,
      subjectInformed,
      notInformedReason,
      personSource,
      possibleMatchPersonIds,
      referredByUserId,
      daysAgo,
    ],
  };
}

export function insertReferralProposedAgencyQuery(
  caseId: unknown,
  regionId: unknown,
  agencyIds: unknown,
): Statement {
  return {
    sql: `INSERT INTO referral_proposed_agency (case_id, region_id, agency_id)
       SELECT $1, $2, unnest($3::uuid[])`,
    params: [caseId, regionId, agencyIds],
  };
}
