import type { Statement } from '../common/sql';

/*
 * The statements of demo-history.ts as pure builders. Seed data only: the values are the demo
 * data's, passed through as given. Moments are local Dutch times as text ('YYYY-MM-DD HH:MI'),
 * turned into timestamps here, so a quarter in the data is a quarter of the Dutch calendar.
 */

const at = (n: number) => `($${n}::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

/** The first day of the current quarter and today, in the Dutch calendar. */
export function currentQuarterQuery(): Statement {
  return {
    sql: `SELECT to_char(date_trunc('quarter', now() AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM-DD')
                   AS quarter,
                 to_char(now() AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS today`,
    params: [],
  };
}

export function insertHistoryCaseQuery(
  regionId: unknown,
  reference: unknown,
  personId: unknown,
  theme: unknown,
  status: unknown,
  referringAgencyId: unknown,
  casusregisseurAgencyId: unknown,
  createdAt: unknown,
  updatedAt: unknown,
): Statement {
  return {
    sql: `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                                referring_agency_id, casusregisseur_agency_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, ${at(8)}, ${at(9)})
         RETURNING id`,
    params: [
      regionId,
      reference,
      personId,
      theme,
      status,
      referringAgencyId,
      casusregisseurAgencyId,
      createdAt,
      updatedAt,
    ],
  };
}

/** A referral accepted at triage on all criteria but the local-safety one. */
export function insertHistoryReferralQuery(
  caseId: unknown,
  regionId: unknown,
  reason: unknown,
  goal: unknown,
  referredAt: unknown,
  decidedAt: unknown,
  decidedByAgencyId: unknown,
): Statement {
  return {
    sql: `INSERT INTO referral (case_id, region_id, reason, goal, person_informed, person_source,
                             referred_at, criterion_multi_domain, criterion_chains_cooperate,
                             criterion_impact_surroundings, criterion_local_safety, decision,
                             decision_reason, decided_by_agency_id, decided_at)
       VALUES ($1, $2, $3, $4, true, 'NEW', ${at(5)}, true, true, true, false, 'ACCEPTED',
               'Voldoet aan de criteria: meerdere leefgebieden, drang en dwang werken samen.',
               $7, ${at(6)})`,
    params: [caseId, regionId, reason, goal, referredAt, decidedAt, decidedByAgencyId],
  };
}

export function insertHistoryParticipantQuery(
  regionId: unknown,
  caseId: unknown,
  agencyId: unknown,
  role: unknown,
  reason: unknown,
  legalBasis: unknown,
  startedAt: unknown,
  endedAt: unknown,
): Statement {
  return {
    sql: `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                         started_at, ended_at, end_reason, reason_categories)
           VALUES ($1, $2, $3, $4, $5, $6, ${at(7)},
                   CASE WHEN $8::text IS NULL THEN NULL ELSE ${at(8)} END,
                   CASE WHEN $8::text IS NULL THEN NULL ELSE 'Casus afgesloten na evaluatie' END,
                   CASE WHEN $4 = 'PROCESREGIE' THEN ARRAY['PLAN'] ELSE ARRAY['SOCIAL'] END::text[])`,
    params: [regionId, caseId, agencyId, role, reason, legalBasis, startedAt, endedAt],
  };
}

export function insertHistoryItemQuery(
  regionId: unknown,
  caseId: unknown,
  personId: unknown,
  category: unknown,
  sourceId: unknown,
  legalBasis: unknown,
  text: unknown,
  createdAt: unknown,
): Statement {
  return {
    sql: `INSERT INTO information_item (region_id, case_id, person_id, category, source_agency_id,
                                         legal_basis, text, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, ${at(8)}, ${at(8)})`,
    params: [regionId, caseId, personId, category, sourceId, legalBasis, text, createdAt],
  };
}

export function insertHistoryPlanVersionQuery(
  regionId: unknown,
  caseId: unknown,
  number: unknown,
  basedOn: unknown,
  createdAt: unknown,
): Statement {
  return {
    sql: `INSERT INTO plan_version (region_id, case_id, number, based_on_version_id, created_at,
                                 updated_at)
       VALUES ($1, $2, $3, $4, ${at(5)}, ${at(5)}) RETURNING id`,
    params: [regionId, caseId, number, basedOn, createdAt],
  };
}

export function insertHistoryPlanGoalQuery(
  regionId: unknown,
  versionId: unknown,
  lifeDomain: unknown,
  description: unknown,
  position: unknown,
): Statement {
  return {
    sql: `INSERT INTO plan_goal (region_id, version_id, life_domain, description, position)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    params: [regionId, versionId, lifeDomain, description, position],
  };
}

/** An action due on a day (YYYY-MM-DD). */
export function insertHistoryPlanActionQuery(
  regionId: unknown,
  caseId: unknown,
  versionId: unknown,
  goalId: unknown,
  description: unknown,
  ownerAgencyId: unknown,
  dueDate: unknown,
  position: unknown,
): Statement {
  return {
    sql: `INSERT INTO plan_action (region_id, case_id, version_id, goal_id, description,
                                  owner_agency_id, due_date, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8) RETURNING key`,
    params: [regionId, caseId, versionId, goalId, description, ownerAgencyId, dueDate, position],
  };
}

export function insertHistoryProgressQuery(
  key: unknown,
  regionId: unknown,
  caseId: unknown,
  status: unknown,
  changedAt: unknown,
): Statement {
  return {
    sql: `INSERT INTO plan_action_progress (action_key, region_id, case_id, status, status_changed_at)
         VALUES ($1, $2, $3, $4, ${at(5)})`,
    params: [key, regionId, caseId, status, changedAt],
  };
}

export function adoptHistoryPlanVersionQuery(
  versionId: unknown,
  adoptedAt: unknown,
  zvhId: unknown,
): Statement {
  return {
    sql: `UPDATE plan_version SET status = 'ADOPTED', adopted_on = $2::timestamp::date,
            adopted_at = ${at(2)}, adopted_by_agency_id = $3, updated_at = ${at(2)}
      WHERE id = $1`,
    params: [versionId, adoptedAt, zvhId],
  };
}

/** One scoring moment with its scores (ADR 0028); each score's category follows its domain. */
export function insertHistoryAssessmentQuery(
  regionId: unknown,
  caseId: unknown,
  moment: unknown,
  planVersionId: unknown,
  agencyId: unknown,
  recordedAt: unknown,
  domains: readonly string[],
  scores: readonly number[],
): Statement {
  return {
    sql: `WITH a AS (
            INSERT INTO life_domain_assessment (region_id, case_id, moment, plan_version_id,
                                                recorded_by_agency_id, recorded_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, ${at(6)}, ${at(6)})
            RETURNING id)
          INSERT INTO life_domain_score (region_id, assessment_id, domain, category, score)
          SELECT $1, a.id, d, CASE d WHEN 'HEALTH_AND_CARE' THEN 'CARE' WHEN 'ADDICTION' THEN 'CARE'
                   WHEN 'JUSTICE_AND_BEHAVIOUR' THEN 'JUSTICE' WHEN 'SAFETY' THEN 'SAFETY'
                   ELSE 'SOCIAL' END, s
            FROM a, unnest($7::text[], $8::int[]) AS x(d, s)`,
    params: [regionId, caseId, moment, planVersionId, agencyId, recordedAt, domains, scores],
  };
}

/** The closure, with the default 30 days of grace (long over for every history case). */
export function insertHistoryClosureQuery(
  caseId: unknown,
  regionId: unknown,
  outcome: unknown,
  reason: unknown,
  closedAt: unknown,
  zvhId: unknown,
): Statement {
  return {
    sql: `INSERT INTO case_closure (case_id, region_id, outcome, reason, closed_at,
                                    closed_by_agency_id, grace_days, access_ends_at)
          VALUES ($1, $2, $3, $4, ${at(5)}, $6, 30, ${at(5)} + interval '30 days')`,
    params: [caseId, regionId, outcome, reason, closedAt, zvhId],
  };
}

export function insertHistoryEventQuery(
  regionId: unknown,
  caseId: unknown,
  kind: unknown,
  when: unknown,
  agencyId: unknown,
  data: unknown,
): Statement {
  return {
    sql: `INSERT INTO case_event (region_id, case_id, kind, at, actor_agency_id, data)
          VALUES ($1, $2, $3, ${at(4)}, $5, $6::jsonb)`,
    params: [regionId, caseId, kind, when, agencyId, JSON.stringify(data)],
  };
}
