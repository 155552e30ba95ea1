import { LIFE_DOMAIN_CATEGORY, LIFE_DOMAINS, type LifeDomain } from '@schakel/domain';
import type { AppAbility } from '@schakel/sharing-policy';
import type { Statement } from '../common/sql';
import { policyFilter, SqlParams } from '../sharing/policy-sql';
import type { ScoreMoment } from './life-domain-scores.enums';

/* The statements of the life-domain scores as pure functions; the service holds the decisions. */

/** Every domain with its category and position, as SQL rows (from libs/domain, the one source). */
const DOMAIN_ROWS = LIFE_DOMAINS.map(
  (domain, i) => `('${domain}', '${LIFE_DOMAIN_CATEGORY[domain]}', ${i})`,
).join(', ');
const DOMAIN_CATEGORIES = [...new Set(Object.values(LIFE_DOMAIN_CATEGORY))];

/**
 * The scoring moments of one case of the caller's region — intake, each adopted plan version,
 * closing — each with its assessment once recorded. The case must be readable with its PLAN
 * records (the moments and who recorded them are process records); every domain of a recorded
 * moment is listed, its score only where the caller may read the domain's category, otherwise
 * null and `readable` false (fails closed: an unknown category reads as FALSE).
 */
export function scoreMomentsQuery(
  ability: AppAbility,
  caseId: string,
  regionId: string,
): Statement {
  const params = new SqlParams([caseId, regionId]);
  const plan = policyFilter(
    ability,
    'read',
    { subject: 'CaseCategory', caseAlias: 'c', category: 'PLAN' },
    params,
  );
  const readable = DOMAIN_CATEGORIES.map((category) => {
    const filter = policyFilter(
      ability,
      'read',
      { subject: 'CaseCategory', caseAlias: 'c', category },
      params,
    );
    return `WHEN '${category}' THEN (${filter})`;
  }).join(' ');
  return {
    sql: `SELECT slot.moment, slot.plan_version_id AS "planVersionId",
       slot.number AS "planVersionNumber", to_char(slot.adopted_on, 'YYYY-MM-DD') AS "planAdoptedOn",
       CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object(
         'id', a.id, 'revision', a.revision, 'recordedAt', a.recorded_at, 'updatedAt', a.updated_at,
         'recordedByAgency', json_build_object('id', ag.id, 'name', ag.name, 'type', ag.type),
         'scores', (
           SELECT json_agg(json_build_object(
                    'domain', d.domain, 'category', d.category,
                    'access', CASE WHEN r.readable THEN 'FULL' ELSE 'WITHHELD' END,
                    'score', CASE WHEN r.readable THEN s.score END) ORDER BY d.pos)
             FROM (VALUES ${DOMAIN_ROWS}) d(domain, category, pos)
             CROSS JOIN LATERAL (SELECT CASE d.category ${readable} ELSE FALSE END AS readable) r
             LEFT JOIN life_domain_score s ON s.assessment_id = a.id AND s.domain = d.domain))
       END AS assessment
  FROM case_file c
  CROSS JOIN LATERAL (
    SELECT 'INTAKE' AS moment, NULL::uuid AS plan_version_id, NULL::int AS number,
           NULL::date AS adopted_on, 0 AS ord
    UNION ALL
    SELECT 'PLAN', pv.id, pv.number, pv.adopted_on, pv.number
      FROM plan_version pv WHERE pv.case_id = c.id AND pv.status = 'ADOPTED'
    UNION ALL
    SELECT 'CLOSING', NULL, NULL, NULL, 2147483647) slot
  LEFT JOIN life_domain_assessment a
         ON a.case_id = c.id AND a.moment = slot.moment
        AND a.plan_version_id IS NOT DISTINCT FROM slot.plan_version_id
  LEFT JOIN agency ag ON ag.id = a.recorded_by_agency_id
 WHERE c.id = $1 AND c.region_id = $2 AND (${plan})
 ORDER BY slot.ord`,
    params: params.values,
  };
}

/** An adopted plan version of the case, in the caller's region; no row when there is none. */
export function adoptedVersionQuery(
  versionId: string,
  caseId: string,
  regionId: string,
): Statement {
  return {
    sql: `SELECT id FROM plan_version
           WHERE id = $1 AND case_id = $2 AND region_id = $3 AND status = 'ADOPTED'`,
    params: [versionId, caseId, regionId],
  };
}

export interface AssessmentKey {
  caseId: string;
  regionId: string;
  moment: ScoreMoment;
  planVersionId: string | null;
}

/** A first scoring of the moment; no row when it was scored meanwhile (the unique key). */
export function insertAssessmentQuery(
  key: AssessmentKey,
  userId: string,
  agencyId: string,
): Statement {
  return {
    sql: `INSERT INTO life_domain_assessment (region_id, case_id, moment, plan_version_id,
                                              recorded_by_user_id, recorded_by_agency_id)
          VALUES ($1, $2, $3, $4, $5, $6)
          ON CONFLICT DO NOTHING
          RETURNING id`,
    params: [key.regionId, key.caseId, key.moment, key.planVersionId, userId, agencyId],
  };
}

/** A correction: moves the revision on only if it is still the one the caller read. */
export function bumpAssessmentQuery(
  key: AssessmentKey,
  expectedRevision: number,
  userId: string,
  agencyId: string,
): Statement {
  return {
    sql: `UPDATE life_domain_assessment
             SET revision = revision + 1, updated_at = now(),
                 recorded_by_user_id = $6, recorded_by_agency_id = $7
           WHERE region_id = $1 AND case_id = $2 AND moment = $3
             AND plan_version_id IS NOT DISTINCT FROM $4::uuid AND revision = $5
       RETURNING id`,
    params: [
      key.regionId,
      key.caseId,
      key.moment,
      key.planVersionId,
      expectedRevision,
      userId,
      agencyId,
    ],
  };
}

/** Sets the given domains' scores; domains not given keep theirs (the writer may not see them). */
export function upsertScoresQuery(
  assessmentId: string,
  regionId: string,
  scores: readonly { domain: LifeDomain; score: number }[],
): Statement {
  return {
    sql: `INSERT INTO life_domain_score (region_id, assessment_id, domain, category, score)
          SELECT $1, $2, s.domain, s.category, s.score
            FROM unnest($3::text[], $4::text[], $5::smallint[]) s(domain, category, score)
          ON CONFLICT (assessment_id, domain) DO UPDATE SET score = EXCLUDED.score`,
    params: [
      regionId,
      assessmentId,
      scores.map((s) => s.domain),
      scores.map((s) => LIFE_DOMAIN_CATEGORY[s.domain]),
      scores.map((s) => s.score),
    ],
  };
}
