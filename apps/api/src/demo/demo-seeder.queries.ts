import type { Statement } from '../common/sql';

/*
 * The statements of demo-seeder.ts as pure builders. Seed data only: the values are the demo data's,
 * passed through as given, so the parameters are not typed beyond `unknown`.
 */

export function lockRegionQuery(): Statement {
  return {
    sql: 'LOCK TABLE region IN EXCLUSIVE MODE',
    params: [],
  };
}

export function anyRegionQuery(): Statement {
  return {
    sql: 'SELECT 1 FROM region LIMIT 1',
    params: [],
  };
}

export function insertRegionQuery(code: unknown, name: unknown): Statement {
  return {
    sql: `INSERT INTO region (code, name) VALUES ($1, $2) RETURNING id`,
    params: [code, name],
  };
}

export function insertAgencyQuery(regionId: unknown, name: unknown, type: unknown): Statement {
  return {
    sql: `INSERT INTO agency (region_id, name, type) VALUES ($1, $2, $3) RETURNING id`,
    params: [regionId, name, type],
  };
}

/** Every demo agency signed the covenant version the region starts with (ADR 0019). */
export function signCovenantQuery(regionId: unknown, version: unknown): Statement {
  return {
    sql: `UPDATE agency SET covenant_signed_version = $2,
                 covenant_signed_on = (now() AT TIME ZONE 'Europe/Amsterdam')::date
           WHERE region_id = $1`,
    params: [regionId, version],
  };
}

export function insertAppUserQuery(
  agencyId: unknown,
  email: unknown,
  displayName: unknown,
  hash: unknown,
  roles: unknown,
): Statement {
  return {
    sql: `INSERT INTO app_user (agency_id, email, display_name, password_hash, roles)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    params: [agencyId, email, displayName, hash, roles],
  };
}

export function insertPersonQuery(
  regionId: unknown,
  givenNames: unknown,
  familyName: unknown,
  dateOfBirth: unknown,
  bsn: unknown,
  street: unknown,
  houseNumber: unknown,
  postcode: unknown,
  city: unknown,
  wijk: unknown,
): Statement {
  return {
    sql: `INSERT INTO person (region_id, given_names, family_name, date_of_birth, bsn, street,
                             house_number, postcode, city, wijk)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    params: [
      regionId,
      givenNames,
      familyName,
      dateOfBirth,
      bsn,
      street,
      houseNumber,
      postcode,
      city,
      wijk,
    ],
  };
}

export function insertCaseFileQuery(
  regionId: unknown,
  reference: unknown,
  personId: unknown,
  theme: unknown,
  status: unknown,
  referringAgencyId: unknown,
  casusregisseurAgencyId: unknown,
  casusregisseurUserId: unknown,
  createdDaysAgo: unknown,
  updatedMinsAgo: unknown,
): Statement {
  return {
    sql: `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                                referring_agency_id, casusregisseur_agency_id,
                                casusregisseur_user_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() - make_interval(days => $9),
                 now() - make_interval(mins => $10))
         RETURNING id`,
    params: [
      regionId,
      reference,
      personId,
      theme,
      status,
      referringAgencyId,
      casusregisseurAgencyId,
      casusregisseurUserId,
      createdDaysAgo,
      updatedMinsAgo,
    ],
  };
}

// Demo reasons get the migration
export function insertCaseParticipantQuery(
  regionId: unknown,
  caseId: unknown,
  agencyId: unknown,
  role: unknown,
  reason: unknown,
  legalBasis: unknown,
  endedDaysAgo: unknown,
): Statement {
  return {
    sql: `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                         started_at, ended_at, end_reason, reason_categories)
           VALUES ($1, $2, $3, $4, $5, $6, now() - interval '60 days',
                   CASE WHEN $7::int IS NULL THEN NULL ELSE now() - make_interval(days => $7::int) END,
                   CASE WHEN $7::int IS NULL THEN NULL ELSE 'Casus afgesloten na evaluatie' END,
                   CASE WHEN $4 = 'PROCESREGIE' THEN ARRAY['PLAN'] ELSE ARRAY['SOCIAL'] END::text[])`,
    params: [regionId, caseId, agencyId, role, reason, legalBasis, endedDaysAgo],
  };
}

export function insertInformationItemQuery(
  regionId: unknown,
  caseId: unknown,
  personId: unknown,
  category: unknown,
  sourceId: unknown,
  legalBasis: unknown,
  text: unknown,
  shareableSummary: unknown,
): Statement {
  return {
    sql: `INSERT INTO information_item (region_id, case_id, person_id, category, source_agency_id,
                                         legal_basis, text, shareable_summary)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    params: [regionId, caseId, personId, category, sourceId, legalBasis, text, shareableSummary],
  };
}

export function insertConsentQuery(
  regionId: unknown,
  personId: unknown,
  category: unknown,
  recipientId: unknown,
  caseId: unknown,
  recordedById: unknown,
  parts: unknown,
): Statement {
  return {
    sql: `INSERT INTO consent (region_id, person_id, category, recipient_agency_id, case_id,
                                recorded_in_case_id, recorded_by_agency_id, parts)
           VALUES ($1, $2, $3, $4, $5, $5, $6, $7)`,
    params: [regionId, personId, category, recipientId, caseId, recordedById, parts],
  };
}

export function insertConflictOfDutiesDecisionQuery(
  regionId: unknown,
  caseId: unknown,
  category: unknown,
  recipientId: unknown,
  reasoning: unknown,
  decidedById: unknown,
): Statement {
  return {
    sql: `INSERT INTO conflict_of_duties_decision (region_id, case_id, category,
             recipient_agency_id, reasoning, decided_by_agency_id)
           VALUES ($1, $2, $3, $4, $5, $6)`,
    params: [regionId, caseId, category, recipientId, reasoning, decidedById],
  };
}

/** A demo wijk with its PC4 ranges (one statement). */
export function insertDemoAreaQuery(
  regionId: string,
  name: string,
  ranges: readonly (readonly [number, number])[],
): Statement {
  return {
    sql: `WITH created AS (INSERT INTO area (region_id, name) VALUES ($1, $2) RETURNING id)
          INSERT INTO area_postcode_range (region_id, area_id, pc4_from, pc4_to)
          SELECT $1, created.id, f, t FROM created, unnest($3::int[], $4::int[]) AS r(f, t)`,
    params: [regionId, name, ranges.map(([from]) => from), ranges.map(([, to]) => to)],
  };
}

/** A demo area team (ADR 0036): its wijken by name, its members by e-mail. */
export function insertDemoAreaTeamQuery(
  regionId: string,
  agencyId: string,
  name: string,
  areaNames: readonly string[],
  memberEmails: readonly string[],
): Statement {
  return {
    sql: `WITH team AS (INSERT INTO area_team (region_id, agency_id, name) VALUES ($1, $2, $3)
                        RETURNING id),
               areas AS (INSERT INTO area_team_area (region_id, team_id, area_id)
                         SELECT $1, team.id, a.id FROM team, area a
                          WHERE a.region_id = $1 AND a.name = ANY($4::text[]))
          INSERT INTO area_team_member (region_id, team_id, user_id)
          SELECT $1, team.id, u.id FROM team, app_user u
           WHERE u.region_id = $1 AND u.agency_id = $2 AND u.email = ANY($5::text[])`,
    params: [regionId, agencyId, name, areaNames, memberEmails],
  };
}

/**
 * One demo scoring moment with its scores (ADR 0028), dated at the case's creation or closure;
 * each score's category follows its domain as the table's CHECK demands.
 */
export function insertDemoAssessmentQuery(
  regionId: string,
  reference: string,
  moment: string,
  agencyId: string,
  at: 'created' | 'closed',
  domains: readonly string[],
  scores: readonly number[],
): Statement {
  const when =
    at === 'created'
      ? `c.created_at + interval '3 days'`
      : `(SELECT cc.closed_at FROM case_closure cc WHERE cc.case_id = c.id)`;
  return {
    sql: `WITH a AS (
            INSERT INTO life_domain_assessment (region_id, case_id, moment, recorded_by_agency_id,
                                                recorded_at, updated_at)
            SELECT c.region_id, c.id, $3, $4, ${when}, ${when}
              FROM case_file c WHERE c.region_id = $1 AND c.reference = $2
            RETURNING id)
          INSERT INTO life_domain_score (region_id, assessment_id, domain, category, score)
          SELECT $1, a.id, d, CASE d WHEN 'HEALTH_AND_CARE' THEN 'CARE' WHEN 'ADDICTION' THEN 'CARE'
                   WHEN 'JUSTICE_AND_BEHAVIOUR' THEN 'JUSTICE' WHEN 'SAFETY' THEN 'SAFETY'
                   ELSE 'SOCIAL' END, s
            FROM a, unnest($5::text[], $6::int[]) AS x(d, s)`,
    params: [regionId, reference, moment, agencyId, domains, scores],
  };
}
